import type { Translation } from '../catalogue.js';
import type { content as english } from '../en/content.js';

export const content: Translation<typeof english> = {};
