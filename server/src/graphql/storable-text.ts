import { visit, type DocumentNode } from 'graphql';
import { unstorableTextProblem } from '../runtime/guardrails/input-limits.js';

/**
 * Text PostgreSQL cannot store (a NUL character, half of a surrogate pair) is refused in every
 * argument of every operation, as INVALID_INPUT naming where it was, instead of failing as
 * INTERNAL halfway through a resolver. The rule itself is `unstorableTextProblem`, shared with
 * the runtime's input guard (a child run's input is written by a model, not by GraphQL).
 */
export function unstorableText(text: string): string | undefined {
  return unstorableTextProblem(text) ?? undefined;
}

/** The first string literal of the document (an inline argument) PostgreSQL could not store. */
export function unstorableLiteral(document: DocumentNode): string | undefined {
  let problem: string | undefined;
  visit(document, {
    StringValue(node) {
      problem ??= unstorableText(node.value);
    },
  });
  return problem;
}
