import type { Translation } from '../catalogue.js';
import type { automation as english } from '../en/automation.js';

export const automation: Translation<typeof english> = {};
