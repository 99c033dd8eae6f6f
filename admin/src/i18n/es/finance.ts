import type { Translation } from '../catalogue.js';
import type { finance as english } from '../en/finance.js';

export const finance: Translation<typeof english> = {};
