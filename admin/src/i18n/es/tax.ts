import type { Translation } from '../catalogue.js';
import type { tax as english } from '../en/tax.js';

export const tax: Translation<typeof english> = {};
