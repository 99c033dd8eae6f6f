import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ConsoleRole, RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';

/**
 * The console schema's mutations only an OWNER may run: who may sign in, and which keys reach
 * the workspace. Everything else that changes data is open to ADMIN; VIEWER changes nothing.
 */
export const OWNER_ONLY_MUTATIONS: ReadonlySet<string> = new Set([
  'createAdminUser',
  'setAdminUserRole',
  'removeAdminUser',
  'createApiKey',
  'revokeApiKey',
  'createPublishableKey',
  'setPublishableKeyOrigins',
  'revokePublishableKey',
  'rotateWidgetIdentitySecret',
  'inviteAdminUser',
  'issuePasswordReset',
  'updateWorkspaceSettings',
]);

/**
 * Mutations that change only the caller's own account: every role may run them, viewers too
 * (a viewer must be able to change their own password).
 */
export const SELF_SERVICE_MUTATIONS: ReadonlySet<string> = new Set(['changeMyPassword']);

/**
 * Whether `role` may run `operation`: undefined when it may, else the FORBIDDEN error to answer
 * with. Checked for every operation before it executes, over HTTP (consoleAccessPlugin) and over
 * WebSocket (onSubscribe), so no resolver can forget it. Unknown roles and operation kinds are
 * refused.
 */
export function operationRefusal(
  role: ConsoleRole,
  operation: OperationDefinitionNode,
  document: DocumentNode,
): DomainError | undefined {
  switch (operation.operation) {
    case 'query':
    case 'subscription':
      return isConsoleRole(role) ? undefined : forbidden('You cannot use the console.');
    case 'mutation':
      break;
    default:
      return forbidden('This operation is not allowed.');
  }
  switch (role) {
    case 'OWNER':
      return undefined;
    case 'ADMIN': {
      const ownerOnly = rootFieldNames(operation.selectionSet, document).filter((name) =>
        OWNER_ONLY_MUTATIONS.has(name),
      );
      return ownerOnly.length
        ? forbidden(`Your role (admin) cannot run ${ownerOnly.join(', ')}: owners only.`)
        : undefined;
    }
    case 'VIEWER': {
      const names = rootFieldNames(operation.selectionSet, document);
      const selfService =
        names.length > 0 &&
        names.every((name) => SELF_SERVICE_MUTATIONS.has(name) || name === '__typename');
      return selfService ? undefined : forbidden('Your role (viewer) cannot change anything.');
    }
    default:
      return exhaustive(role);
  }
}

/** Refuses owner-only work inside a service too (defence in depth behind operationRefusal). */
export function requireOwner(ctx: Pick<RequestContext, 'role'>): void {
  if (ctx.role !== 'OWNER') {
    throw forbidden(`Your role (${String(ctx.role).toLowerCase()}) cannot do this: owners only.`);
  }
}

export function forbidden(message: string): DomainError {
  return new DomainError('FORBIDDEN', message, { http: { status: 403 } });
}

/** Apollo side of the check: runs once the operation is parsed and validated, before execution. */
export function consoleAccessPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ contextValue, operation, document }) => {
        const refusal = operation
          ? operationRefusal(contextValue.role, operation, document)
          : forbidden('This operation is not allowed.');
        if (refusal) throw refusal;
      },
    }),
  };
}

function isConsoleRole(role: unknown): role is ConsoleRole {
  return role === 'OWNER' || role === 'ADMIN' || role === 'VIEWER';
}

/** The root fields an operation selects, through inline fragments and fragment spreads. */
function rootFieldNames(selectionSet: SelectionSetNode, document: DocumentNode): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const names: string[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        names.push(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name)) {
          seen.add(name);
          walk(fragment.selectionSet);
        }
      }
    }
  };
  walk(selectionSet);
  return names;
}

function exhaustive(role: never): DomainError {
  return forbidden(`Unknown role ${String(role)}.`);
}
