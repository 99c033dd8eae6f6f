import type { Translation } from '../catalogue.js';
import type { review as english } from '../en/review.js';

export const review: Translation<typeof english> = {};
