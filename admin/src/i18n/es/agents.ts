import type { Translation } from '../catalogue.js';
import type { agents as english } from '../en/agents.js';

export const agents: Translation<typeof english> = {};
