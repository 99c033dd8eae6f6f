export const tax = {} as const;
