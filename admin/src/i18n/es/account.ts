import type { Translation } from '../catalogue.js';
import type { account as english } from '../en/account.js';

export const account: Translation<typeof english> = {};
