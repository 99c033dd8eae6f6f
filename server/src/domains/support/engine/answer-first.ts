/**
 * A help-centre excerpt as the start of a reply: FAQ-style articles often open a paragraph with
 * the question they answer ("How long do you have to return an item? You can return..."), and a
 * reply that starts by asking the visitor's question back reads robotic. Each paragraph loses a
 * leading question sentence when an answer follows it in the same paragraph; a paragraph that is
 * only a question, and any question further in, are kept (they may be the point).
 */
export function answerFirst(excerpt: string): string {
  return excerpt
    .split(/(\n\s*\n)/)
    .map((part) => (/^\n\s*\n$/.test(part) ? part : withoutLeadingQuestion(part)))
    .join('');
}

/** A first sentence ending in "?" (no other sentence end inside it), then the answer. */
const LEADING_QUESTION = /^\s*[^.!?\n]{1,300}\?\s+(?=\S)/;

function withoutLeadingQuestion(paragraph: string): string {
  const match = LEADING_QUESTION.exec(paragraph);
  if (!match) return paragraph;
  const rest = paragraph.slice(match[0].length);
  // Markdown headings, lists and bold lead-ins are structure, not a question asked of the reader.
  if (/^\s*(#|\*\*|[-*] |\d+\.)/.test(paragraph)) return paragraph;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
