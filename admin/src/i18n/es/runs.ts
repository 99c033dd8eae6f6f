import type { Translation } from '../catalogue.js';
import type { runs as english } from '../en/runs.js';

export const runs: Translation<typeof english> = {};
