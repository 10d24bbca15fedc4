let generation = 0;

/**
 * Marks that a plan changed in this process; call it after the writing transaction commits.
 * Readers that keep plan versions for a moment (the public catalogue) check it to see the
 * change at once; other processes see it when their short memory expires.
 */
export function planChanged(): void {
	generation += 1;
}

/** How many plan changes this process has made: a cheap "has anything changed here?". */
export function planGeneration(): number {
	return generation;
}
