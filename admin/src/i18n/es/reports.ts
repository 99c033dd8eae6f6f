import type { Translation } from '../catalogue.js';
import type { reports as english } from '../en/reports.js';

export const reports: Translation<typeof english> = {};
