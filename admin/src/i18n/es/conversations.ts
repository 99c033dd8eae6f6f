import type { Translation } from '../catalogue.js';
import type { conversations as english } from '../en/conversations.js';

export const conversations: Translation<typeof english> = {};
