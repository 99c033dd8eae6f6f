import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored report documents (the quarterly filing package, the annual report) and their download
 * links.
 * - `report_file`: one rendered file (PDF, XLSX or CSV) with its bytes, size and SHA-256; the files
 *   prepared together share a `package_id`. Preparing again makes a new package; files are never
 *   rewritten, so a sha256 handed out once stays true.
 * - `report_file_link`: a download link's token, stored only as its SHA-256, with its expiry. A
 *   file can have several live links (each listing hands out fresh ones) so issuing a link never
 *   breaks one already given to someone else; an expired link simply stops working.
 */
export class ReportFiles1795720100000 implements MigrationInterface {
  name = 'ReportFiles1795720100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_file (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        package_id uuid NOT NULL,
        kind text NOT NULL,
        period_key text NOT NULL,
        title text NOT NULL,
        format text NOT NULL,
        filename text NOT NULL,
        content_type text NOT NULL,
        content bytea NOT NULL,
        byte_size integer NOT NULL,
        sha256 text NOT NULL,
        prepared_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_report_file PRIMARY KEY (id),
        CONSTRAINT fk_report_file_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT uq_report_file_package_format UNIQUE (package_id, format),
        CONSTRAINT ck_report_file_kind CHECK (kind IN ('FILING_PACKAGE', 'ANNUAL_REPORT')),
        CONSTRAINT ck_report_file_format CHECK (format IN ('PDF', 'XLSX', 'CSV')),
        CONSTRAINT ck_report_file_size CHECK (byte_size = octet_length(content)),
        CONSTRAINT ck_report_file_sha256 CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        CONSTRAINT ck_report_file_filename CHECK (filename ~ '^[A-Za-z0-9._-]{1,120}$')
      );
      CREATE INDEX ix_report_file_workspace_created ON report_file (workspace_id, created_at DESC);

      CREATE TABLE report_file_link (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL,
        report_file_id uuid NOT NULL,
        token_sha256 text NOT NULL,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_report_file_link PRIMARY KEY (id),
        CONSTRAINT fk_report_file_link_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id) ON DELETE CASCADE,
        CONSTRAINT fk_report_file_link_file FOREIGN KEY (report_file_id) REFERENCES report_file (id) ON DELETE CASCADE,
        CONSTRAINT ck_report_file_link_token CHECK (token_sha256 ~ '^[0-9a-f]{64}$')
      );
      CREATE INDEX ix_report_file_link_file ON report_file_link (report_file_id, expires_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE report_file_link;
      DROP TABLE report_file;
    `);
  }
}
