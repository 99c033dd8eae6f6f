export const budgets = {} as const;
