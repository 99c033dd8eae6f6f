import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import {
  clientAddressKey,
  consumeOrRefuse,
  type LimiterStore,
  type RememberedKeys,
} from '../../rate-limits/index.js';

/** How many failed sign-ins each limit allows per window. */
export interface SignInLimits {
  /**
   * From one client address (an IPv6 /64), whatever the emails: password spraying. Emails that
   * signed in from that address before are exempt, so people sharing an address (an office, a
   * proxy) with an attacker are not all locked out with it.
   */
  failuresPerAddress: number;
  /** For one email from one address: guessing one person's password from one place. */
  failuresPerEmailAndAddress: number;
  /**
   * For one email from all addresses together (a botnet guessing one person's password). When it
   * is used up, addresses this email signed in from before still may try: the owner at their
   * usual desk is not locked out by strangers' failures.
   */
  failuresPerEmail: number;
  /** The window the counts above run over, in seconds. */
  windowSeconds: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  failuresPerAddress: 30,
  failuresPerEmailAndAddress: 10,
  failuresPerEmail: 100,
  windowSeconds: 15 * 60,
};

/** Addresses a sign-in succeeded from are remembered this long (and this many in memory). */
const TRUSTED_FOR_MS = 30 * 24 * 3_600_000;
const MAX_TRUSTED = 10_000;

/**
 * Who may try a console password now. Every attempt takes a point from each limit *before* the
 * password is checked, so parallel guesses cannot slip past a limit while the hash is computed;
 * a successful sign-in gives its points back, so only failures count. The limits key on the
 * email as typed (normalized) and never on whether it exists, so being limited tells nothing
 * about which emails have accounts.
 *
 * The counts and the trusted addresses live in the hub's LimiterStore: in memory per process
 * (a restart forgets them), or in Redis when REDIS_URL is set, so failures on one process count
 * on every other and an address trusted on one is trusted on all.
 */
export class SignInThrottle {
  private readonly perAddress: RateLimiterAbstract;
  private readonly perEmailAndAddress: RateLimiterAbstract;
  private readonly perEmail: RateLimiterAbstract;
  /** `email\0address` pairs a sign-in succeeded from. */
  private readonly trusted: RememberedKeys;

  constructor(store: LimiterStore, limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS) {
    const limit = (scope: string, points: number) =>
      store.limiter({
        name: `sign-in-failures-${scope}`,
        points,
        windowSeconds: limits.windowSeconds,
        // A success gives points back; a local block would not see that on other processes.
        refuseLocallyWhenSpent: false,
      });
    this.perAddress = limit('address', limits.failuresPerAddress);
    this.perEmailAndAddress = limit('email-address', limits.failuresPerEmailAndAddress);
    this.perEmail = limit('email', limits.failuresPerEmail);
    this.trusted = store.rememberedKeys('sign-in-trusted', {
      ttlMs: TRUSTED_FOR_MS,
      maxInMemory: MAX_TRUSTED,
    });
  }

  /**
   * Counts an attempt against every limit, or throws RATE_LIMITED (with retryAfterSeconds) when
   * one is used up. Call `succeeded` when the password was right.
   */
  async attempt(email: string, clientAddress: string): Promise<void> {
    const address = clientAddressKey(clientAddress);
    const trusted = await this.trusted.has(`${email}\0${address}`);
    // One limit at a time: attempts refused by the address limits never reach the email's
    // shared count, so a blocked attacker cannot keep draining it. The email+address limit
    // holds for everyone: it is what bounds guesses at one password from one place.
    await take(this.perAddress, address).catch(unless(trusted));
    await take(this.perEmailAndAddress, `${email}\0${address}`);
    await take(this.perEmail, email).catch(unless(trusted));
  }

  /** The password was right: the attempt does not count, and this address is trusted for it. */
  async succeeded(email: string, clientAddress: string): Promise<void> {
    const address = clientAddressKey(clientAddress);
    await this.perAddress.reward(address, 1);
    await this.perEmailAndAddress.delete(`${email}\0${address}`);
    await this.perEmail.reward(email, 1);
    await this.trusted.remember(`${email}\0${address}`);
  }
}

/** Swallows a refusal when `exempt`; rethrows it otherwise. */
function unless(exempt: boolean): (error: unknown) => void {
  return (error) => {
    if (!exempt) throw error;
  };
}

function take(limiter: RateLimiterAbstract, key: string): Promise<void> {
  return consumeOrRefuse(limiter, key, 'failed sign-ins');
}
