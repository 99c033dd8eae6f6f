import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { ConsoleRole } from '../../context.js';
import { operationRefusal } from './operation-access.js';

function check(role: ConsoleRole, query: string) {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  const refusal = operationRefusal(role, operation, document);
  return refusal ? { errorCode: refusal.errorCode, message: refusal.message } : 'allowed';
}

const ARTICLE = `mutation { deleteKnowledgeArticle(id: "x") }`;
const KEY = `mutation { createApiKey(name: "ci") { plainKey } }`;

describe('operationRefusal', () => {
  it('lets every role read and subscribe', () => {
    for (const role of ['OWNER', 'ADMIN', 'VIEWER'] as const) {
      expect(check(role, '{ agents { key } }')).toBe('allowed');
      expect(check(role, 'subscription { runSteps(runId: "x") { seq } }')).toBe('allowed');
    }
  });

  it('refuses any mutation to a viewer', () => {
    expect(check('VIEWER', ARTICLE)).toEqual({
      errorCode: 'FORBIDDEN',
      message: 'Your role (viewer) cannot change anything.',
    });
  });

  it('lets a viewer change their own password, and nothing alongside it', () => {
    const change = `mutation { changeMyPassword(input: { currentPassword: "a", newPassword: "b" }) { id } }`;
    expect(check('VIEWER', change)).toBe('allowed');
    expect(
      check(
        'VIEWER',
        `mutation { changeMyPassword(input: { currentPassword: "a", newPassword: "b" }) { id } deleteKnowledgeArticle(id: "x") }`,
      ),
    ).toMatchObject({ errorCode: 'FORBIDDEN' });
  });

  it('keeps invitations and password resets to owners', () => {
    expect(check('ADMIN', `mutation { issuePasswordReset(userId: "x") { link } }`)).toMatchObject({
      errorCode: 'FORBIDDEN',
    });
    expect(
      check(
        'ADMIN',
        `mutation { inviteAdminUser(input: { email: "a@b.c", name: "A", role: VIEWER }) { link } }`,
      ),
    ).toMatchObject({ errorCode: 'FORBIDDEN' });
  });

  it('lets an admin change things, except the owner-only mutations', () => {
    expect(check('ADMIN', ARTICLE)).toBe('allowed');
    expect(check('ADMIN', KEY)).toEqual({
      errorCode: 'FORBIDDEN',
      message: 'Your role (admin) cannot run createApiKey: owners only.',
    });
  });

  it('finds owner-only fields behind aliases, inline fragments and fragment spreads', () => {
    expect(
      check('ADMIN', `mutation { harmless: revokePublishableKey(id: "x") { id } }`),
    ).toMatchObject({ errorCode: 'FORBIDDEN' });
    expect(
      check('ADMIN', `mutation { ... on Mutation { removeAdminUser(id: "x") } }`),
    ).toMatchObject({ errorCode: 'FORBIDDEN' });
    expect(
      check(
        'ADMIN',
        `mutation { ...M } fragment M on Mutation { setAdminUserRole(id: "x", role: OWNER) { id } }`,
      ),
    ).toMatchObject({ errorCode: 'FORBIDDEN' });
  });

  it('lets an owner run everything', () => {
    expect(check('OWNER', KEY)).toBe('allowed');
    expect(check('OWNER', ARTICLE)).toBe('allowed');
  });

  it('refuses an unknown role, even for a query (deny by default)', () => {
    expect(check('ROOT' as ConsoleRole, '{ agents { key } }')).toMatchObject({
      errorCode: 'FORBIDDEN',
    });
    expect(check('ROOT' as ConsoleRole, ARTICLE)).toMatchObject({ errorCode: 'FORBIDDEN' });
  });
});
