/**
 * The known name nearest to an unknown one, if it is fewer than `tolerance` edits away
 * (Levenshtein distance, ignoring case): a typo's likely meaning, for "did you mean …?".
 */
export function closestName(
	unknown: string,
	known: Iterable<string>,
	tolerance = 3,
): string | undefined {
	const typed = unknown.toLowerCase();
	let best: string | undefined;
	let bestDistance = tolerance;
	for (const name of known) {
		const distance = editDistance(typed, name.toLowerCase());
		if (distance < bestDistance) {
			best = name;
			bestDistance = distance;
		}
	}
	return best;
}

/** ` (did you mean "autumn-2027"?)` when a known name is close to the unknown one, else "". */
export function didYouMean(unknown: string, known: Iterable<string>): string {
	const guess = closestName(unknown, known);
	return guess === undefined ? "" : ` (did you mean "${guess}"?)`;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
			current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}
