/** Terminal styles; `plain` leaves text as it is, for NO_COLOR and pipes. */
export interface Paint {
	error(text: string): string;
	warning(text: string): string;
	ok(text: string): string;
	bold(text: string): string;
	dim(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) =>
	`\u001b[${open}m${text}\u001b[${close}m`;

export const ansi: Paint = {
	error: wrap(31, 39),
	warning: wrap(33, 39),
	ok: wrap(32, 39),
	bold: wrap(1, 22),
	dim: wrap(2, 22),
};

const same = (text: string) => text;
export const plain: Paint = { error: same, warning: same, ok: same, bold: same, dim: same };
