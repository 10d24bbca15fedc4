/**
 * Plain text columns for the terminal: a header in capitals, then one line per row, each column
 * as wide as its widest cell, two spaces apart, without trailing spaces.
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const widths = header.map((title, column) =>
		Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
	);
	const line = (cells: readonly string[]) =>
		cells
			.map((cell, column) => cell.padEnd(widths[column] ?? 0))
			.join("  ")
			.trimEnd();
	return [line(header.map((title) => title.toUpperCase())), ...rows.map(line)]
		.map((text) => `${text}\n`)
		.join("");
}
