import { visit, type DocumentNode } from 'graphql';

/** A UTF-16 surrogate without its other half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Why PostgreSQL could not store `text`, or undefined when it can. A NUL character is refused by
 * text and jsonb columns alike ("invalid byte sequence for encoding UTF8: 0x00"); a lone surrogate
 * is refused by jsonb (an audit event's data, a run's input) and silently turned into U+FFFD in a
 * text column. No real client sends either, so the request is refused up front, as INVALID_INPUT,
 * instead of failing as INTERNAL halfway through a resolver.
 */
export function unstorableText(text: string): string | undefined {
  if (text.includes('\u0000')) return 'Text may not contain the NUL character (U+0000).';
  if (LONE_SURROGATE.test(text)) {
    return 'Text must be valid Unicode: it holds half of a UTF-16 surrogate pair.';
  }
  return undefined;
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
