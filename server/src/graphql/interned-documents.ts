import type { DocumentNode } from 'graphql';

/**
 * One parsed document per operation text, for every subscription that sent that text. A
 * subscription keeps its document (graphql-ws holds its execution arguments) for as long as it
 * lives, and a parsed document with its locations and tokens is ~25 KB: 10,000 widget visitors
 * sending the same `visitorEvents` text held 10,000 copies, most of an idle socket's memory.
 * Documents are immutable to graphql-js, so sharing one is safe; the text is the key because the
 * document is a function of it. The least recently used text is forgotten past `capacity`.
 */
export class InternedDocuments {
  private readonly byText = new Map<string, DocumentNode>();

  constructor(private readonly capacity = 256) {}

  /** The document already held for `text`, else `parsed` (now held). */
  intern(text: string, parsed: DocumentNode): DocumentNode {
    const known = this.byText.get(text);
    this.byText.delete(text);
    this.byText.set(text, known ?? parsed);
    if (this.byText.size > this.capacity) {
      const oldest = this.byText.keys().next();
      if (!oldest.done) this.byText.delete(oldest.value);
    }
    return known ?? parsed;
  }
}
