import type { ValueTransformer } from 'typeorm';

/** `bigint` cents come back from pg as strings; amounts stay far below 2^53, so a number is exact. */
export const centsTransformer: ValueTransformer = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
