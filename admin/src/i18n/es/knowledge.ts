import type { Translation } from '../catalogue.js';
import type { knowledge as english } from '../en/knowledge.js';

export const knowledge: Translation<typeof english> = {};
