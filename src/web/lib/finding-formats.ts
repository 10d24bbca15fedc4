import type { i18n } from "i18next";
import { formatDate, formatList, formatMoney, formatNumber, locale } from "./format.ts";

/** How the findings' texts write their values (locales/en/findings.ts lists the formats). */
export interface FindingFormats {
	date(day: string, language: string): string;
	number(value: number, language: string): string;
	money(amount: number, currency: string, language: string): string;
	/** A share in [0, 1], with the decimals it has. */
	percent(share: number, language: string): string;
	hours(value: number, language: string): string;
	/** `comma`: "a, b, c"; else "a, b and c" in the language's words. */
	join(items: readonly string[], language: string, comma: boolean): string;
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** The values in the reader's language, through lib/format.ts. */
export const localeFindingFormats: FindingFormats = {
	date: formatDate,
	number: (value, language) => formatNumber(value, language, 2),
	money: formatMoney,
	percent(share, language) {
		let format = percentFormats.get(language);
		if (!format) {
			format = new Intl.NumberFormat(locale(language), {
				style: "percent",
				maximumFractionDigits: 6,
			});
			percentFormats.set(language, format);
		}
		return format.format(share);
	},
	hours: (value, language) => `${formatNumber(value, language, 1)} h`,
	join: (items, language, comma) => (comma ? items.join(", ") : formatList(items, language)),
};

type Options = Record<string, unknown>;

/**
 * The instance's `t` for keys made at run time (a finding's code, a param's value), which the
 * typed `t` of the app's resources cannot name.
 */
export function textOf(instance: i18n): (key: string, options: Options) => string {
	return instance.t.bind(instance) as unknown as (key: string, options: Options) => string;
}

const notParams = new Set(["context", "interpolationkey", "formatParams", "of", "rest", "join"]);

/**
 * The options a text chosen inside a finding's text gets: the finding's params, without its
 * case or the options of the format that chose it.
 */
function inner(options: Options, language: string): Options {
	const params = Object.entries(options).filter(([key]) => !notParams.has(key));
	return { ...Object.fromEntries(params), lng: language };
}

/**
 * Adds the findings' formats to an i18next instance: `date`, `number`, `money` (in the params'
 * `currency`), `percent`, `hours`, `count(of: unit)`, `term(of: group)` and
 * `list(of: group; rest: param; join: comma)`, the texts of `findings:<group>` for chosen words.
 */
export function addFindingFormats(instance: i18n, formats: FindingFormats): void {
	const formatter = instance.services.formatter;
	if (!formatter) throw new Error("i18next has no formatter");
	const t = textOf(instance);
	formatter.add("date", (value, language) => formats.date(String(value), language ?? "en"));
	formatter.add("number", (value, language) => formats.number(Number(value), language ?? "en"));
	formatter.add("money", (value, language, options) =>
		formats.money(Number(value), String(options.currency), language ?? "en"),
	);
	formatter.add("percent", (value, language) => formats.percent(Number(value), language ?? "en"));
	formatter.add("hours", (value, language) => formats.hours(Number(value), language ?? "en"));
	formatter.add("count", (value, language, options) =>
		t(`findings:unit.${options.of}`, { count: Number(value), lng: language }),
	);
	formatter.add("term", (value, language, options) =>
		t(`findings:${options.of}.${value}`, inner(options, language ?? "en")),
	);
	formatter.add("list", (value, language, options) => {
		const lng = language ?? "en";
		const { of, rest } = options;
		const items = (value as readonly (string | Options)[]).map((item) => {
			if (of === undefined) return String(item);
			return typeof item === "string"
				? t(`findings:${of}.${item}`, { lng })
				: t(`findings:${of}`, { ...item, lng });
		});
		const more = rest === undefined ? 0 : Number(options[String(rest)]);
		if (more > 0) items.push(t(`findings:${of}More`, { count: more, lng }));
		return formats.join(items, lng, options.join === "comma");
	});
}
