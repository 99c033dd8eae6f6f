import { DomainError } from '../errors.js';

/** The most items one page of any list returns. */
export const MAX_PAGE_SIZE = 100;

/** Refuses a page outside 0..MAX_PAGE_SIZE items or before the first item. */
export function assertPage(page: { first: number; offset: number }): void {
  if (page.first < 0 || page.first > MAX_PAGE_SIZE || page.offset < 0) {
    throw new DomainError(
      'INVALID_INPUT',
      `first must be 0-${MAX_PAGE_SIZE} and offset at least 0.`,
    );
  }
}
