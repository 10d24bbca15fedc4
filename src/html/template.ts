/** HTML that is already safe: produced by `html`, `join` or `raw`. */
export class SafeHtml {
	constructor(readonly value: string) {}
	toString(): string {
		return this.value;
	}
}

/** What a template may interpolate: safe markup as it is, anything else as escaped text. */
type Interpolation =
	| SafeHtml
	| string
	| number
	| boolean
	| null
	| undefined
	| readonly Interpolation[];

const entities: Readonly<Record<string, string>> = {
	"&": "&amp;",
	"<": "&lt;",
	">": "&gt;",
	'"': "&quot;",
	"'": "&#39;",
};

// The five characters cover element content and quoted attribute values alike, in HTML and in
// inline SVG, so one escaping serves every place a value can appear.
function escapeText(text: string): string {
	return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

function render(value: Interpolation): string {
	if (value === null || value === undefined || value === false) return "";
	if (value instanceof SafeHtml) return value.value;
	if (Array.isArray(value)) return value.map(render).join("");
	return escapeText(String(value));
}

/**
 * The one way markup is written: every interpolated value is escaped unless it is already
 * `SafeHtml`; arrays are joined; null, undefined and false render nothing.
 */
export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): SafeHtml {
	let out = strings[0] ?? "";
	values.forEach((value, index) => {
		out += render(value) + (strings[index + 1] ?? "");
	});
	return new SafeHtml(out);
}

/** The parts rendered as in `html`, with the separator (escaped like a part) between them. */
export function join(parts: readonly Interpolation[], separator: Interpolation): SafeHtml {
	const between = render(separator);
	return new SafeHtml(parts.map(render).join(between));
}

/** Marks trusted constant markup (never text from a plan, a learner or staff) as HTML. */
export function raw(markup: string): SafeHtml {
	return new SafeHtml(markup);
}
