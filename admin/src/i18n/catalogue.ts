/** A value of a catalogue: a string, or the plural forms of one. */
export type Message = string | { readonly one: string; readonly other: string };

/** Another language's version of an English catalogue: the same keys, each value of the same form. */
export type Translation<English> = {
  readonly [K in keyof English]: English[K] extends string
    ? string
    : { readonly one: string; readonly other: string };
};
