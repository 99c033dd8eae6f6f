import type { Translation } from '../catalogue.js';
import type { audit as english } from '../en/audit.js';

export const audit: Translation<typeof english> = {};
