/**
 * A share (decision-window coverage, communication share) as the report shows it and the rules
 * judge it: rounded to 4 decimals, so a figure in the report and the finding about it never
 * disagree (docs/rules.md). Rounding keeps 0 and 1, and never reverses the order of two shares.
 */
export function roundShare(value: number): number {
	return Math.round(value * 10_000) / 10_000;
}
