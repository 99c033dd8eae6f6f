import { randomBytes } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';

/**
 * argon2id at OWASP's first recommended setting (19 MiB, 2 passes, 1 lane): tens of
 * milliseconds a hash on a server, and memory-hard against GPU guessing. The parameters travel in
 * each PHC string, so raising them later still verifies the hashes stored before.
 */
const PARAMETERS = {
  algorithm: 2 as Algorithm, // Argon2id (a const enum, which isolatedModules cannot import)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const MIN_PASSWORD_LENGTH = 12;
/** Longer inputs are refused (never hashed) so a huge password cannot be used to tie up CPU. */
export const MAX_PASSWORD_LENGTH = 1_024;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMETERS);
}

/**
 * True when `password` matches `passwordHash`. The comparison inside argon2 is constant-time; a
 * malformed hash or an over-long password is simply a mismatch.
 */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Makes the throwaway hash `spendVerificationTime` verifies against, with the same parameters as
 * real ones (once per process; later calls reuse it). Call it at start so that the first unknown
 * email does not also pay for a hash.
 */
export function prepareVerificationDummy(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

/**
 * Spends the time of one verification against a throwaway hash: a sign-in for an unknown email
 * takes as long as one with a wrong password, so timing does not tell which emails exist.
 */
export async function spendVerificationTime(password: string): Promise<void> {
  await verifyPassword(await prepareVerificationDummy(), password);
}

/** 24 URL-safe characters, 144 random bits: for the first owner when none is configured. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
