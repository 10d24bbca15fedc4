import { escapeHtml } from "../../report/html-escape.ts";

/** HTML that is already safe: produced by `html` or `raw`. */
export class SafeHtml {
	constructor(readonly value: string) {}
	toString(): string {
		return this.value;
	}
}

type Interpolation =
	| SafeHtml
	| string
	| number
	| boolean
	| null
	| undefined
	| readonly Interpolation[];

function render(value: Interpolation): string {
	if (value === null || value === undefined || value === false) return "";
	if (value instanceof SafeHtml) return value.value;
	if (Array.isArray(value)) return value.map(render).join("");
	return escapeHtml(String(value));
}

/**
 * The one way pages are written: every interpolated value is escaped unless it is already
 * `SafeHtml`; arrays are joined; null, undefined and false render nothing.
 */
export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): SafeHtml {
	let out = strings[0] ?? "";
	values.forEach((value, index) => {
		out += render(value) + (strings[index + 1] ?? "");
	});
	return new SafeHtml(out);
}

/** Marks trusted markup (never learner or staff input) as HTML. */
export function raw(markup: string): SafeHtml {
	return new SafeHtml(markup);
}
