/** BM25 similarity between a query and a set of documents (content gaps, internal links). */
export * from './similarity.js';
