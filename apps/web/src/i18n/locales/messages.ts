/** A translation mirrors the English texts' shape: the same keys, every leaf a string. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
