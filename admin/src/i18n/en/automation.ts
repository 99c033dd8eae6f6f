export const automation = {} as const;
