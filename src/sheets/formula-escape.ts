/**
 * A CSV cell that starts with one of these is a formula to Excel and LibreOffice (OWASP's
 * "CSV injection" list): `=`, `+`, `-`, `@`, a tab or a carriage return.
 */
const formulaStart = /^'*[=+\-@\t\r]/;

/**
 * Text for a CSV cell that a spreadsheet shows as text, never runs as a formula: such text gets
 * a leading `'`, as OWASP recommends. Text that already starts with `'`s before one of those
 * characters gets one more, so `unescapeFormula` gives back exactly what was written.
 */
export function escapeFormula(text: string): string {
	return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * A CSV cell's text without the one `'` that `escapeFormula` (or a person, as Excel's own
 * text prefix) put before a formula character.
 */
export function unescapeFormula(text: string): string {
	return text.startsWith("'") && formulaStart.test(text) ? text.slice(1) : text;
}
