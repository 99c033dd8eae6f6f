import { z } from 'zod';
import {
  FACT_KEY_PATTERN,
  FACT_VALUE_MAX_LENGTH,
  type CustomerFactService,
} from '../../../modules/memory/customer-fact.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';

const input = z.object({
  key: z
    .string()
    .regex(FACT_KEY_PATTERN, 'use snake_case starting with a letter, e.g. preferred_name'),
  value: z.string().trim().min(1).max(FACT_VALUE_MAX_LENGTH),
});

export interface RememberedFactOutput {
  customerEmail: string;
  key: string;
  value: string;
}

/**
 * Lets an agent keep something the customer told it for later conversations (a preferred name, a
 * standing gift-wrap wish). The customer is the run's, never one the model names: a model cannot
 * write facts about somebody else.
 */
export function rememberCustomerFactTool(
  facts: CustomerFactService,
): Tool<z.infer<typeof input>, RememberedFactOutput> {
  return {
    name: 'remember_customer_fact',
    description:
      'Remembers a durable fact about the customer of this conversation for future conversations, ' +
      'e.g. key "preferred_name", value "Maya". A newer value replaces the old one of the same key. ' +
      'Only store what the customer told you and would expect to be remembered.',
    input,
    async execute(ctx, { key, value }) {
      const customerEmail = await facts.customerOfRun(ctx, ctx.runId);
      if (!customerEmail) {
        throw new Error(
          'this run has no known customer: start it in a conversation with a customer email, ' +
            'or give customerEmail in its input.',
        );
      }
      const fact = await facts.remember(ctx, { customerEmail, key, value, sourceRunId: ctx.runId });
      return { customerEmail, key: fact.key, value: fact.value };
    },
    summarize: ({ key, customerEmail }) => `Remembered ${key} for ${customerEmail}`,
  };
}
