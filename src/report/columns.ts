/**
 * Plain text columns: a header in capitals, then one line per row, each column as wide as its
 * widest cell, two spaces apart, without trailing spaces. The lines have no line breaks, so a
 * caller can put a mark before each.
 */
export function alignColumns(
	header: readonly string[],
	rows: readonly (readonly string[])[],
): { header: string; rows: string[] } {
	const widths = header.map((title, column) =>
		Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
	);
	const line = (cells: readonly string[]) =>
		cells
			.map((cell, column) => cell.padEnd(widths[column] ?? 0))
			.join("  ")
			.trimEnd();
	return { header: line(header.map((title) => title.toUpperCase())), rows: rows.map(line) };
}

/** `alignColumns` as text for the terminal: each line ends in a line break. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const aligned = alignColumns(header, rows);
	return [aligned.header, ...aligned.rows].map((text) => `${text}\n`).join("");
}
