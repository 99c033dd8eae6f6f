import { readFileSync } from 'node:fs';

/**
 * A workspace export is JSON lines (docs/BACKUPS.md):
 *   line 1         the header (ExportHeader)
 *   lines 2..n-1   one row each: {"table":"<table>","row":{<column>: <value>, ...}}
 *   line n         the trailer (ExportTrailer): rows per table and the SHA-256 of lines 1..n-1
 * Values are PostgreSQL's own JSON for each column (to_jsonb): timestamps with microseconds in
 * UTC, numerics and bigints as exact JSON numbers, bytea as "\\x<hex>", arrays as arrays.
 */
export const EXPORT_FORMAT = 'zactonics-workspace-export';

/**
 * Raised when the meaning of lines changes. An import refuses a file with a higher version (made
 * by a newer hub); it reads every version up to its own.
 */
export const EXPORT_FORMAT_VERSION = 1;

export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: number;
  /** The exporting hub's version (server/package.json). */
  hub: string;
  /** The last migration applied to the exported database: the schema its rows follow. */
  migration: string;
  workspace: { id: string; slug: string };
  exportedAt: string;
}

export interface ExportTrailer {
  end: true;
  rows: number;
  tables: Record<string, number>;
  /** SHA-256 (hex) of every line before this one, each with its newline. */
  sha256: string;
}

export interface RowLine {
  table: string;
  row: Record<string, unknown>;
}

let hubVersion: string | undefined;

/** The server package's version, read once (src/ and dist/ sit at the same depth). */
export function currentHubVersion(): string {
  if (hubVersion === undefined) {
    try {
      const url = new URL('../../../package.json', import.meta.url);
      hubVersion = (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
    } catch {
      hubVersion = 'unknown'; // a bundle without the package file: the migration still says it
    }
  }
  return hubVersion;
}
