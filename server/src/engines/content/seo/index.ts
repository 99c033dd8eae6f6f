/** The SEO pass: keyword checks, density, meta description, slug, internal links, images, headings, length. */
export * from './keyword.js';
export * from './slug.js';
export * from './images.js';
export * from './internal-links.js';
export * from './seo-pass.js';
