import type { JournalSourceType } from '@zactonics/db';
import { QueryFailedError } from 'typeorm';
import type { EntryViolation } from '../../engines/accounting/index.js';
import { DomainError } from '../../errors.js';

/**
 * The database's own refusals of a journal write as typed errors: the balance trigger or a line's
 * check (INVALID_JOURNAL_ENTRY), the one-entry-per-document index (DUPLICATE_JOURNAL_SOURCE), a
 * second reversal (JOURNAL_ENTRY_ALREADY_REVERSED). Undefined for anything else. Exported for
 * callers that write journal rows in their own transaction and want the same mapping at commit.
 */
export function ledgerDatabaseError(
  error: unknown,
  draft?: { sourceType: JournalSourceType; sourceId: string | null },
): DomainError | undefined {
  if (error instanceof DomainError) return undefined;
  const driver = error instanceof QueryFailedError ? error.driverError : error;
  const { code, constraint, message } = (driver ?? {}) as {
    code?: string;
    constraint?: string;
    message?: string;
  };
  const names = (name: string) => constraint === name || (message ?? '').includes(name);
  if (code === '23514' && names('ck_journal_entry_balanced')) {
    const why = message ?? 'the entry does not balance';
    return new DomainError('INVALID_JOURNAL_ENTRY', `The database refused the entry: ${why}.`, {
      constraint: 'ck_journal_entry_balanced',
      violations: [{ code: 'UNBALANCED', message: why }],
    });
  }
  if (code === '23514' && names('ck_journal_line_one_side')) {
    const why = message ?? 'a line must be a debit or a credit of a positive amount';
    return new DomainError('INVALID_JOURNAL_ENTRY', `The database refused the entry: ${why}.`, {
      constraint: 'ck_journal_line_one_side',
      violations: [{ code: 'LINE_NOT_ONE_SIDED', message: why }],
    });
  }
  if (code === '23505' && names('uq_journal_entry_source')) {
    return new DomainError(
      'DUPLICATE_JOURNAL_SOURCE',
      draft
        ? `${draft.sourceType} ${draft.sourceId} is already posted.`
        : 'That document is already posted.',
      draft ? { sourceType: draft.sourceType, sourceId: draft.sourceId } : {},
    );
  }
  if (code === '23505' && names('uq_journal_entry_reverses')) {
    return new DomainError('JOURNAL_ENTRY_ALREADY_REVERSED', 'That entry is already reversed.', {
      entryId: draft?.sourceId ?? null,
    });
  }
  return undefined;
}

/* The ledger's refusals, each with the details a client can act on. */

export function invalidEntry(violations: EntryViolation[]): DomainError {
  return new DomainError(
    'INVALID_JOURNAL_ENTRY',
    `The journal entry was not posted: ${violations.map((v) => v.message).join('; ')}.`,
    { violations },
  );
}

export function duplicateSource(
  sourceType: string,
  sourceId: string,
  entryId: string,
): DomainError {
  return new DomainError(
    'DUPLICATE_JOURNAL_SOURCE',
    `${sourceType} ${sourceId} is already posted (journal entry ${entryId}).`,
    { sourceType, sourceId, entryId },
  );
}

export function entryNotFound(): DomainError {
  return new DomainError('NOT_FOUND', 'There is no such journal entry in this workspace.');
}

export function alreadyReversed(id: string, reversalId: string): DomainError {
  return new DomainError(
    'JOURNAL_ENTRY_ALREADY_REVERSED',
    `Journal entry ${id} is already reversed (by ${reversalId}).`,
    { id, reversalId },
  );
}

export function invalidDate(field: string, value: string): DomainError {
  return new DomainError('INVALID_INPUT', `"${field}" must be a calendar date (YYYY-MM-DD).`, {
    field,
    value,
  });
}
