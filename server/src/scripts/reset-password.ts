import { parseArgs } from 'node:util';
import { DomainError } from '../errors.js';
import { AccountService } from '../modules/admin-users/account.service.js';
import { AuditService } from '../modules/audit/audit.service.js';
import { systemClock } from '../runtime/clock.js';
import {
  explain,
  fail,
  openScriptDatabase,
  requireExistingDataDir,
  scriptConfig,
} from './script-database.js';

/**
 * node server/dist/scripts/reset-password.js --email <address> [--workspace <id|slug>]
 *   [--password-stdin] [--url <hub URL>]
 *
 * The way back in for the owner of a self-hosted hub who lost their password (docs/SECURITY.md).
 * It works on the hub's own configuration (DATABASE_URL, else the PGlite folder in HUB_DATA_DIR,
 * which needs the hub stopped: the folder is locked while it runs). Two ways:
 * - by default it prints a one-time link (1 h) to choose a new password in the console;
 * - with --password-stdin it reads the new password from standard input (never from an argument,
 *   which other users of the machine can see) and sets it at once.
 * Either way every session of the user ends, and the audit log records it (actor `cli`). The
 * password is never printed.
 */
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    workspace: { type: 'string' },
    'password-stdin': { type: 'boolean', default: false },
    url: { type: 'string' },
  },
});
if (!values.email) {
  fail(
    'usage: reset-password --email <address> [--workspace <id or slug>] [--password-stdin] [--url <hub URL>]',
  );
}
const email = values.email;
const config = scriptConfig();
requireExistingDataDir(config);

const password = values['password-stdin'] ? await readPassword() : undefined;

try {
  const db = await openScriptDatabase(config);
  try {
    // No mailer and no live sockets here: a running hub (PostgreSQL) refuses the ended sessions
    // on their next request.
    const accounts = new AccountService(
      db.dataSource,
      systemClock,
      new AuditService(db.dataSource),
      null,
      null,
      { mailer: null, mailFrom: '' },
    );
    if (password !== undefined) {
      const { user, sessionsEnded } = await accounts.setPasswordFor(
        email,
        values.workspace,
        password,
      );
      process.stdout.write(
        `The password of ${user.email} is set; ${sessionsEnded} session(s) ended. Sign in at ${baseUrl()}/admin/\n`,
      );
    } else {
      const { user, link, expiresAt } = await accounts.issueResetLinkFor(
        email,
        values.workspace,
        baseUrl(),
      );
      process.stdout.write(
        `One-time link for ${user.email} (works once, until ${expiresAt.toISOString()}):\n${link}\n`,
      );
    }
  } finally {
    await db.close();
  }
} catch (error) {
  explain(error, [DomainError]);
}

/** Where the console is reached: --url, HUB_PUBLIC_URL, else this machine's port. */
function baseUrl(): string {
  const url = values.url ?? config.publicUrl ?? `http://localhost:${config.port || 4000}`;
  return url.replace(/\/+$/, '');
}

/** The whole of standard input, less one trailing line break. A terminal is refused: it echoes. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    fail(
      '--password-stdin reads a pipe, not a terminal (it would echo the password): read -rs P; printf %s "$P" | ...',
    );
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
