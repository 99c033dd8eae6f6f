import { containsKeyword } from './keyword.js';

export const IMAGE_PLACEHOLDER_SRC = 'image-placeholder';

export interface ImagePlaceholder {
  /** The H2 section it illustrates. */
  section: string;
  alt: string;
  markdown: string;
}

/**
 * A suggested image for an H2 section: `![alt](image-placeholder)`, its alt text describing the
 * section and carrying the focus keyword once (alt text is what a screen reader says and what
 * image search reads; the keyword more than once is stuffing). The section's own words when they
 * already hold the keyword, else "<keyword>: <section>".
 */
export function imagePlaceholder(section: string, focusKeyword: string): ImagePlaceholder {
  const alt = containsKeyword(section, focusKeyword) ? section : `${focusKeyword}: ${section}`;
  const safeAlt = alt.replace(/[[\]]/g, '');
  return { section, alt: safeAlt, markdown: `![${safeAlt}](${IMAGE_PLACEHOLDER_SRC})` };
}
