import type { Translation } from '../catalogue.js';
import type { budgets as english } from '../en/budgets.js';

export const budgets: Translation<typeof english> = {};
