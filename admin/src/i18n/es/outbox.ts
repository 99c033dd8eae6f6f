import type { Translation } from '../catalogue.js';
import type { outbox as english } from '../en/outbox.js';

export const outbox: Translation<typeof english> = {};
