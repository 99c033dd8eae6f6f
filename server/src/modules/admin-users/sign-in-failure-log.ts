import type { AuditService } from '../audit/audit.service.js';

interface PendingFailure {
  workspaceId: string;
  userId: string;
  clientAddress: string;
  attempts: number;
}

export interface SignInFailureLogOptions {
  /** A batch is written this long after its first failure, give or take the jitter. */
  delayMs?: number;
  /** Random extra delay, up to this much, so a write's moment does not mark one sign-in. */
  jitterMs?: number;
  /** Most (user, address) pairs held between writes; beyond it failures are counted, not kept. */
  maxPending?: number;
}

/**
 * Failed sign-ins of existing users, written to the audit log in the background, one row per user
 * and address per batch with the number of attempts. Writing inside the sign-in made a wrong
 * password for a known email a database write slower than one for an unknown email, which told
 * an attacker which emails have accounts; written later, at a jittered moment, both answers cost
 * one hash verification. Under attack, a batch also keeps one row per address instead of one per
 * guess.
 */
export class SignInFailureLog {
  private readonly pending = new Map<string, PendingFailure>();
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private readonly delayMs: number;
  private readonly jitterMs: number;
  private readonly maxPending: number;

  constructor(
    private readonly audit: AuditService,
    options: SignInFailureLogOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 1_000;
    this.jitterMs = options.jitterMs ?? 2_000;
    this.maxPending = options.maxPending ?? 10_000;
  }

  note(workspaceId: string, userId: string, clientAddress: string): void {
    const key = `${userId}\0${clientAddress}`;
    const existing = this.pending.get(key);
    if (existing) existing.attempts += 1;
    else if (this.pending.size < this.maxPending) {
      this.pending.set(key, { workspaceId, userId, clientAddress, attempts: 1 });
    }
    this.timer ??= setTimeout(
      () => void this.flush(),
      this.delayMs + Math.random() * this.jitterMs,
    ).unref();
  }

  /** Writes what is pending now; resolves once it and every earlier batch are written. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = [...this.pending.values()];
    this.pending.clear();
    this.writing = this.writing.then(async () => {
      for (const failure of batch) {
        await this.audit
          .record(failure.workspaceId, {
            actor: 'anonymous',
            action: 'admin_user.sign_in_failed',
            targetType: 'admin_user',
            targetId: failure.userId,
            data: { clientAddress: failure.clientAddress, attempts: failure.attempts },
          })
          // The database is failing (or closed at shutdown): the sign-ins were answered anyway,
          // and there is nobody to report to but the next failure.
          .catch(() => undefined);
      }
    });
    return this.writing;
  }
}
