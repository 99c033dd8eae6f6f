import type { Translation } from '../catalogue.js';
import type { scenarios as english } from '../en/scenarios.js';

export const scenarios: Translation<typeof english> = {};
