import { numberFormat } from "../i18n/format.ts";
import { isCatalogueLanguage, translator } from "../i18n/index.ts";
import type { OfferingAtRisk } from "../model/analysis.ts";

/**
 * How the analysis and the yearly report write their numbers and find their texts, in one
 * language: percentages, percentage points and amounts through Intl, so "78%" and "−12,5"
 * follow the locale.
 */
export interface AnalysisWords {
	language: string;
	/** The text of `key` with `values`, looked up in i18next once per key and values (`textsOf`). */
	t(key: string, values?: Record<string, unknown>): string;
	/** A share in [0, 1] as a whole percentage: `0.78` → "78%". */
	share(share: number): string;
	/** Percentage points, to one decimal below 10: `37.2` → "37", `-1.25` → "−1.3". */
	points(points: number): string;
	/** The number `points` shows, for the plural of the word after it: `0.96` → 1, `-1.25` → -1.3. */
	pointsShown(points: number): number;
	/** An amount in whole units: `1234.5` → "1,235". */
	amount(amount: number): string;
	/** A lead time in days, as whole weeks: `84` → "12 weeks". */
	weeks(days: number): string;
	/** The share when there is one, else a dash. */
	optionalShare(share: number | null | undefined): string;
	/**
	 * A bound of a fill's interval as a percentage, held to 0%–100%: a mean's interval can reach
	 * past them, a fill cannot.
	 */
	fillBound(share: number): string;
	/** A fill's interval, "58% – 70%" (its bounds as `fillBound`), else a dash. */
	interval(low: number | null, high: number | null): string;
	/** An offering's expected fill with the 95% range of one offering timed so: "31% (2% – 60%)". */
	expectedFill(expected: OfferingAtRisk["expectedFill"]): string;
}

/**
 * The words of `language`, or English when Kairos has no texts in it. Make them once per
 * render: they keep every text they looked up, so a page of thousands of rows asks i18next
 * once per distinct text, not once per cell.
 */
export function analysisWords(language: string): AnalysisWords {
	const known = isCatalogueLanguage(language) ? language : "en";
	const t = textsOf(translator(known));
	const percent = numberFormat(known, { style: "percent", maximumFractionDigits: 0 });
	const oneDecimal = numberFormat(known, { maximumFractionDigits: 1 });
	const whole = numberFormat(known, { maximumFractionDigits: 0 });
	const share = (value: number) => percent.format(value);
	const none = t("analysis.none");
	const fillBound = (value: number) => share(Math.min(1, Math.max(0, value)));
	const interval = (low: number | null, high: number | null) =>
		low === null || high === null ? none : `${fillBound(low)} – ${fillBound(high)}`;
	const rounding = (value: number) =>
		Math.abs(value) < 10 ? { maximumFractionDigits: 1 } : { maximumFractionDigits: 0 };
	return {
		language: known,
		t,
		share,
		points: (value) => (Math.abs(value) < 10 ? oneDecimal : whole).format(value),
		// Intl rounds alike in every locale; its plain English form reads back as a number.
		pointsShown: (value) =>
			Number(numberFormat("en", { ...rounding(value), useGrouping: false }).format(value)),
		amount: (value) => whole.format(value),
		weeks: (days) => t("analysis.weeks", { count: Math.round(days / 7) }),
		optionalShare: (value) => (value === null || value === undefined ? none : share(value)),
		fillBound,
		interval,
		expectedFill: ({ fit, prediction }) =>
			`${share(fit)} (${interval(prediction.low, prediction.high)})`,
	};
}

/**
 * `translate` remembering each text it gave, by key and values: i18next resolves a key, its
 * plural and its interpolation on every call, which is most of the time of a long page.
 */
export function textsOf(
	translate: ReturnType<typeof translator>,
): (key: string, values?: Record<string, unknown>) => string {
	const texts = new Map<string, string>();
	return (key, values) => {
		const id = values === undefined ? key : `${key}\u0000${JSON.stringify(values)}`;
		let text = texts.get(id);
		if (text === undefined) {
			text = translate(key, values ?? {});
			texts.set(id, text);
		}
		return text;
	};
}
