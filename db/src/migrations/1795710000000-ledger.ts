import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The double-entry ledger the finance, reporting and tax agents share, and the finance desk's
 * bank feed, payables and receivable reminders.
 *
 * The database itself keeps the books honest, whatever code writes to them:
 * - a journal entry's lines balance (debits = credits, at least two lines, one date): checked by
 *   deferred constraint triggers at commit, so an entry and its lines are written in any order
 *   within one transaction, and an unbalanced one is refused with nothing written;
 * - posted entries and lines are immutable (a correction is a reversing entry);
 * - a line is a debit or a credit of a positive number of cents, never both;
 * - a receivable reminder stage is sent at most once per invoice (unique index).
 * Money is integer cents in `bigint` columns. The bank feed replaces the old `expense` table
 * (a flat list with a free-text category and no ledger behind it), which is dropped.
 */
export class Ledger1795710000000 implements MigrationInterface {
  name = 'Ledger1795710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE expense;

      CREATE TABLE ledger_account (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        code text NOT NULL,
        name text NOT NULL,
        type text NOT NULL,
        normal_balance text NOT NULL,
        parent_id uuid,
        postable boolean NOT NULL DEFAULT true,
        schedule_c_line text,
        description text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_ledger_account PRIMARY KEY (id),
        CONSTRAINT fk_ledger_account_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_ledger_account_parent FOREIGN KEY (parent_id) REFERENCES ledger_account (id),
        CONSTRAINT uq_ledger_account_workspace_code UNIQUE (workspace_id, code),
        CONSTRAINT ck_ledger_account_type CHECK (type IN ('ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'COGS', 'EXPENSE')),
        CONSTRAINT ck_ledger_account_normal_balance CHECK (normal_balance IN ('DEBIT', 'CREDIT')),
        CONSTRAINT ck_ledger_account_code CHECK (code ~ '^[0-9]{4}$'),
        CONSTRAINT ck_ledger_account_name CHECK (length(name) BETWEEN 1 AND 120)
      );

      CREATE TABLE journal_entry (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        workspace_id uuid NOT NULL,
        occurred_on date NOT NULL,
        memo text NOT NULL,
        source_type text NOT NULL,
        source_id text,
        posted_by_type text NOT NULL,
        posted_by text NOT NULL,
        reverses_entry_id uuid,
        posted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_journal_entry PRIMARY KEY (id),
        CONSTRAINT uq_journal_entry_seq UNIQUE (seq),
        CONSTRAINT fk_journal_entry_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_journal_entry_reverses FOREIGN KEY (reverses_entry_id) REFERENCES journal_entry (id),
        CONSTRAINT uq_journal_entry_reverses UNIQUE (reverses_entry_id),
        CONSTRAINT ck_journal_entry_source_type CHECK (source_type IN ('BANK_TRANSACTION', 'INVOICE', 'PAYMENT', 'BILL', 'PAYROLL', 'ADJUSTMENT', 'OPENING_BALANCE', 'REVERSAL')),
        CONSTRAINT ck_journal_entry_posted_by_type CHECK (posted_by_type IN ('USER', 'API_KEY', 'AGENT', 'SYSTEM')),
        CONSTRAINT ck_journal_entry_memo CHECK (length(memo) BETWEEN 1 AND 500),
        CONSTRAINT ck_journal_entry_reversal CHECK ((source_type = 'REVERSAL') = (reverses_entry_id IS NOT NULL))
      );
      -- One entry per source document: posting the same bank transaction or invoice twice is refused.
      CREATE UNIQUE INDEX uq_journal_entry_source ON journal_entry (workspace_id, source_type, source_id)
        WHERE source_id IS NOT NULL AND source_type <> 'REVERSAL';
      CREATE INDEX ix_journal_entry_workspace_date ON journal_entry (workspace_id, occurred_on, seq);

      CREATE TABLE journal_line (
        id bigint GENERATED ALWAYS AS IDENTITY,
        entry_id uuid NOT NULL,
        workspace_id uuid NOT NULL,
        account_id uuid NOT NULL,
        occurred_on date NOT NULL,
        debit_cents bigint NOT NULL DEFAULT 0,
        credit_cents bigint NOT NULL DEFAULT 0,
        memo text,
        CONSTRAINT pk_journal_line PRIMARY KEY (id),
        CONSTRAINT fk_journal_line_entry FOREIGN KEY (entry_id) REFERENCES journal_entry (id),
        CONSTRAINT fk_journal_line_account FOREIGN KEY (account_id) REFERENCES ledger_account (id),
        CONSTRAINT ck_journal_line_one_side CHECK (
          debit_cents >= 0 AND credit_cents >= 0 AND (debit_cents = 0) <> (credit_cents = 0)
        )
      );
      CREATE INDEX ix_journal_line_entry ON journal_line (entry_id);
      -- Balances as of a date read this index alone (the amounts are included).
      CREATE INDEX ix_journal_line_balance ON journal_line (workspace_id, account_id, occurred_on)
        INCLUDE (debit_cents, credit_cents);

      CREATE FUNCTION journal_entry_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        target uuid;
        entry_date date;
        entry_workspace uuid;
        line_count bigint;
        debits numeric;
        credits numeric;
        misfits bigint;
      BEGIN
        IF TG_TABLE_NAME = 'journal_entry' THEN
          target := NEW.id;
        ELSIF TG_OP = 'DELETE' THEN
          target := OLD.entry_id;
        ELSE
          target := NEW.entry_id;
        END IF;
        SELECT occurred_on, workspace_id INTO entry_date, entry_workspace FROM journal_entry WHERE id = target;
        IF NOT FOUND THEN
          RETURN NULL;
        END IF;
        SELECT count(*), coalesce(sum(debit_cents), 0), coalesce(sum(credit_cents), 0),
               count(*) FILTER (WHERE occurred_on <> entry_date OR workspace_id <> entry_workspace)
          INTO line_count, debits, credits, misfits
          FROM journal_line WHERE entry_id = target;
        IF line_count < 2 OR debits <> credits OR misfits > 0 THEN
          RAISE EXCEPTION 'journal entry % does not balance: % line(s), debits % cents, credits % cents, % line(s) off the entry''s date or workspace',
            target, line_count, debits, credits, misfits
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_journal_entry_balanced';
        END IF;
        RETURN NULL;
      END
      $$;

      CREATE CONSTRAINT TRIGGER tr_journal_entry_balanced
        AFTER INSERT ON journal_entry DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION journal_entry_check_balanced();
      CREATE CONSTRAINT TRIGGER tr_journal_line_balanced
        AFTER INSERT OR UPDATE OR DELETE ON journal_line DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION journal_entry_check_balanced();

      CREATE FUNCTION journal_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'posted journal entries are immutable: post a reversing entry instead'
          USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'ck_journal_immutable';
      END
      $$;
      CREATE TRIGGER tr_journal_entry_immutable BEFORE UPDATE OR DELETE ON journal_entry
        FOR EACH ROW EXECUTE FUNCTION journal_refuse_change();
      CREATE TRIGGER tr_journal_line_immutable BEFORE UPDATE OR DELETE ON journal_line
        FOR EACH ROW EXECUTE FUNCTION journal_refuse_change();

      CREATE TABLE bank_account (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        name text NOT NULL,
        institution text NOT NULL,
        last4 text NOT NULL,
        ledger_account_id uuid NOT NULL,
        sync_cursor text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_bank_account PRIMARY KEY (id),
        CONSTRAINT fk_bank_account_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_bank_account_ledger_account FOREIGN KEY (ledger_account_id) REFERENCES ledger_account (id),
        CONSTRAINT uq_bank_account_workspace_name UNIQUE (workspace_id, name),
        CONSTRAINT ck_bank_account_last4 CHECK (last4 ~ '^[0-9]{4}$')
      );

      CREATE TABLE bank_import (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        bank_account_id uuid NOT NULL,
        file_name text NOT NULL,
        format text NOT NULL,
        layout text NOT NULL,
        file_sha256 text NOT NULL,
        row_count integer NOT NULL,
        imported_count integer NOT NULL,
        duplicate_count integer NOT NULL,
        imported_by text NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_bank_import PRIMARY KEY (id),
        CONSTRAINT fk_bank_import_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_bank_import_bank_account FOREIGN KEY (bank_account_id) REFERENCES bank_account (id) ON DELETE CASCADE,
        CONSTRAINT ck_bank_import_format CHECK (format IN ('CSV', 'OFX', 'SEED', 'SYNC'))
      );
      CREATE INDEX ix_bank_import_account ON bank_import (bank_account_id, imported_at DESC);

      CREATE TABLE bank_transaction (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        bank_account_id uuid NOT NULL,
        import_id uuid,
        posted_on date NOT NULL,
        amount_cents bigint NOT NULL,
        description text NOT NULL,
        merchant text NOT NULL,
        reference text,
        fingerprint text NOT NULL,
        status text NOT NULL DEFAULT 'UNCATEGORIZED',
        account_id uuid,
        confidence real,
        categorized_by text,
        journal_entry_id uuid,
        matched_type text,
        matched_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_bank_transaction PRIMARY KEY (id),
        CONSTRAINT fk_bank_transaction_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_bank_transaction_bank_account FOREIGN KEY (bank_account_id) REFERENCES bank_account (id) ON DELETE CASCADE,
        CONSTRAINT fk_bank_transaction_import FOREIGN KEY (import_id) REFERENCES bank_import (id),
        CONSTRAINT fk_bank_transaction_account FOREIGN KEY (account_id) REFERENCES ledger_account (id),
        CONSTRAINT fk_bank_transaction_journal_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id),
        -- A transaction seen in two overlapping exports is one transaction.
        CONSTRAINT uq_bank_transaction_fingerprint UNIQUE (bank_account_id, fingerprint),
        CONSTRAINT ck_bank_transaction_amount CHECK (amount_cents <> 0),
        CONSTRAINT ck_bank_transaction_status CHECK (status IN ('UNCATEGORIZED', 'NEEDS_REVIEW', 'CATEGORIZED')),
        CONSTRAINT ck_bank_transaction_categorized_by CHECK (categorized_by IN ('MODEL', 'RULE', 'PERSON', 'MATCH', 'SEED')),
        CONSTRAINT ck_bank_transaction_categorized CHECK ((status = 'CATEGORIZED') = (account_id IS NOT NULL AND journal_entry_id IS NOT NULL)),
        CONSTRAINT ck_bank_transaction_confidence CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 1),
        CONSTRAINT ck_bank_transaction_matched_type CHECK (matched_type IN ('INVOICE', 'BILL'))
      );
      CREATE INDEX ix_bank_transaction_status ON bank_transaction (workspace_id, status, posted_on DESC);
      CREATE INDEX ix_bank_transaction_posted ON bank_transaction (workspace_id, posted_on DESC, id);
      CREATE INDEX ix_bank_transaction_merchant ON bank_transaction (workspace_id, merchant);

      CREATE TABLE merchant_rule (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        merchant text NOT NULL,
        account_id uuid NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_merchant_rule PRIMARY KEY (id),
        CONSTRAINT fk_merchant_rule_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_merchant_rule_account FOREIGN KEY (account_id) REFERENCES ledger_account (id),
        CONSTRAINT uq_merchant_rule_workspace_merchant UNIQUE (workspace_id, merchant)
      );

      CREATE TABLE bill (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        vendor text NOT NULL,
        number text NOT NULL,
        issued_on date NOT NULL,
        due_on date NOT NULL,
        amount_cents bigint NOT NULL,
        paid_cents bigint NOT NULL DEFAULT 0,
        expense_account_id uuid NOT NULL,
        status text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_bill PRIMARY KEY (id),
        CONSTRAINT fk_bill_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_bill_expense_account FOREIGN KEY (expense_account_id) REFERENCES ledger_account (id),
        CONSTRAINT uq_bill_workspace_vendor_number UNIQUE (workspace_id, vendor, number),
        CONSTRAINT ck_bill_amounts CHECK (amount_cents > 0 AND paid_cents BETWEEN 0 AND amount_cents),
        CONSTRAINT ck_bill_dates CHECK (due_on >= issued_on)
      );

      ALTER TABLE invoice ADD COLUMN terms_days integer NOT NULL DEFAULT 30;
      ALTER TABLE invoice ADD CONSTRAINT ck_invoice_terms_days CHECK (terms_days BETWEEN 0 AND 365);

      CREATE TABLE invoice_reminder (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        invoice_id uuid NOT NULL,
        stage integer NOT NULL,
        days_overdue integer NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'DRAFTED',
        run_id uuid,
        approval_id uuid,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_invoice_reminder PRIMARY KEY (id),
        CONSTRAINT fk_invoice_reminder_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_invoice_reminder_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id) ON DELETE CASCADE,
        -- The same reminder stage never goes to a customer twice.
        CONSTRAINT uq_invoice_reminder_stage UNIQUE (invoice_id, stage),
        CONSTRAINT ck_invoice_reminder_stage CHECK (stage BETWEEN 1 AND 4),
        CONSTRAINT ck_invoice_reminder_status CHECK (status IN ('DRAFTED', 'SENT', 'FAILED', 'DISCARDED'))
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE invoice_reminder;
      ALTER TABLE invoice DROP CONSTRAINT ck_invoice_terms_days;
      ALTER TABLE invoice DROP COLUMN terms_days;
      DROP TABLE bill;
      DROP TABLE merchant_rule;
      DROP TABLE bank_transaction;
      DROP TABLE bank_import;
      DROP TABLE bank_account;
      DROP TABLE journal_line;
      DROP TABLE journal_entry;
      DROP FUNCTION journal_refuse_change();
      DROP FUNCTION journal_entry_check_balanced();
      DROP TABLE ledger_account;

      CREATE TABLE expense (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        occurred_on date NOT NULL,
        vendor text NOT NULL,
        description text NOT NULL,
        amount_cents bigint NOT NULL,
        category text,
        CONSTRAINT pk_expense PRIMARY KEY (id),
        CONSTRAINT fk_expense_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE
      );
      CREATE INDEX ix_expense_workspace_date ON expense (workspace_id, occurred_on);
    `);
  }
}
