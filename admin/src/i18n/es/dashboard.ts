import type { Translation } from '../catalogue.js';
import type { dashboard as english } from '../en/dashboard.js';

export const dashboard: Translation<typeof english> = {};
