/**
 * The shape of a language's texts, from the English reference: every key, each a text. A
 * translation declared `satisfies Messages<typeof reference>` misses no key and adds none.
 */
export type Messages<T> = {
	readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]>;
};
