import type { Translation } from '../catalogue.js';
import type { leads as english } from '../en/leads.js';

export const leads: Translation<typeof english> = {};
