/** The shape of a catalog with every leaf widened to string: nb and en must have exactly sv's keys. */
export type DeepStrings<T> = { readonly [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
