const count = new Intl.NumberFormat("en-US");

/**
 * A one-line progress bar for a terminal, such as `[#####-----] 50% 5,000/10,000 rows`.
 * `width` is the number of cells between the brackets. The percentage is rounded down, so
 * 100% means done; an empty total counts as done.
 */
export function progressBar(done: number, total: number, width = 30): string {
	const share = total <= 0 ? 1 : Math.min(1, Math.max(0, done / total));
	const cells = Math.max(0, Math.floor(width));
	const filled = Math.floor(share * cells);
	const percent = Math.floor(share * 100);
	const shown = Math.min(Math.max(0, done), Math.max(0, total));
	return `[${"#".repeat(filled)}${"-".repeat(cells - filled)}] ${percent}% ${count.format(shown)}/${count.format(total)} rows`;
}
