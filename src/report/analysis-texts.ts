import type {
	Analysis,
	Comparison,
	LinearFit,
	MeanEstimate,
	PooledCost,
	Statement,
} from "../model/analysis.ts";
import { type AnalysisWords, analysisWords } from "./analysis-format.ts";

/**
 * The plain-language summary: one text per statement of the analysis, in `language` (English
 * when Kairos has no texts in it), with its numbers and their 95% intervals. A difference or a
 * link is called one only when the analysis found it conclusive; otherwise the text says there
 * is none clear, or that there is too little data (a group below `minGroup`, a line below
 * `minFitPoints`), and gives the interval, so it never claims more than the data supports.
 */
export function summaryTexts(analysis: Analysis, language: string): string[] {
	const words = analysisWords(language);
	return analysis.summary.map((statement) => statementText(statement, analysis, words));
}

function statementText(
	statement: Statement,
	{ minGroup, minFitPoints }: Pick<Analysis, "minGroup" | "minFitPoints">,
	words: AnalysisWords,
): string {
	const t = (key: string, values: Record<string, unknown> = {}) =>
		words.t(`analysis.statement.${key}`, values);
	switch (statement.kind) {
		case "tooLittleData":
			return t("tooLittleData", { n: statement.n, needed: statement.needed });
		case "overallFill":
			return overallFill(statement.fill, statement.reachedMinimum, words);
		case "coverageGroups":
			return coverageGroups(statement.comparison, statement.partial, minGroup, words);
		case "leadTime": {
			const unit = perDaysUnit(statement.perDays, words);
			return slopeText(statement.fit, words, {
				key: "leadTime",
				unit,
				// Percentage points of fill per `perDays` of lead time.
				per: statement.perDays * 100,
				range: (days) => words.weeks(days),
			});
		}
		case "coverage":
			return slopeText(statement.fit, words, {
				key: "coverage",
				// Percentage points of fill per 10 percentage points of coverage.
				per: 0.1 * 100,
				range: words.share,
			});
		case "noSpread":
			return t(`noSpread.${statement.about}`, {
				n: statement.n,
				value:
					statement.about === "leadTime"
						? words.weeks(statement.value)
						: words.share(statement.value),
			});
		case "timingEvidence":
			return t(
				!statement.agree
					? "timingDisagree"
					: statement.conclusive === 1
						? "timingHint"
						: "timingAgree",
				{ conclusive: statement.conclusive, tests: statement.tests },
			);
		case "spend": {
			const { registrations, recorded } = statement;
			if (registrations === null || registrations.n < minFitPoints) {
				// With enough offerings, a line is missing only when they all spent the same.
				return recorded >= minFitPoints
					? t("spendNoSpread", { n: recorded }) + pooledCostText(statement.costPerEnrolment, words)
					: t("spendTooFew", { count: recorded, needed: minFitPoints });
			}
			return (
				slopeText(registrations, words, {
					key: "spend",
					// Registrations per 100 of spend.
					per: 100,
					range: words.amount,
					directions: ["more", "fewer"],
				}) + pooledCostText(statement.costPerEnrolment, words)
			);
		}
	}
}

/** " The 7 courses that ran … spent 4,200 and enrolled 72: 58 per enrolment.", or nothing without enrolments. */
function pooledCostText(cost: PooledCost, words: AnalysisWords): string {
	if (cost.perEnrolment === null) return "";
	return words.t("analysis.statement.pooledCost", {
		count: cost.offerings,
		spend: words.amount(cost.spend),
		enrolments: cost.enrolments,
		perEnrolment: words.amount(cost.perEnrolment),
	});
}

function overallFill(fill: MeanEstimate, reachedMinimum: number, words: AnalysisWords): string {
	if (fill.mean === null) return words.t("analysis.statement.noPastOfferings");
	return words.t("analysis.statement.overallFill", {
		fill: words.share(fill.mean),
		n: fill.n,
		interval: intervalPart(fill, words),
		reached: reachedMinimum,
	});
}

function intervalPart(estimate: MeanEstimate, words: AnalysisWords): string {
	if (estimate.low === null || estimate.high === null) return "";
	return words.t("analysis.statement.intervalPart", {
		low: words.fillBound(estimate.low),
		high: words.fillBound(estimate.high),
	});
}

/** Whole window (a) against after it (b), then the difference as far as its interval allows. */
function coverageGroups(
	comparison: Comparison,
	partial: MeanEstimate,
	minGroup: number,
	words: AnalysisWords,
) {
	const t = (key: string, values: Record<string, unknown> = {}) =>
		words.t(`analysis.statement.${key}`, values);
	const { a, b, difference } = comparison;
	const partialText =
		partial.mean === null ? "" : t("partial", { fill: words.share(partial.mean), n: partial.n });
	if (a.mean === null || b.mean === null) {
		const alone =
			a.mean !== null
				? t("onlyWhole", { a: words.share(a.mean), na: a.n })
				: b.mean !== null
					? t("onlyAfter", { b: words.share(b.mean), nb: b.n })
					: t("noGroups");
		return alone + partialText;
	}
	const groups = t("bothGroups", {
		a: words.share(a.mean),
		na: a.n,
		b: words.share(b.mean),
		nb: b.n,
	});
	if (difference === null) return t("tooFewToCompare", { groups }) + partialText;
	const points = (share: number) => words.points(share * 100);
	const tooFew = Math.min(a.n, b.n) < minGroup;
	return (
		t(comparison.conclusive ? "difference" : tooFew ? "tooFewToConclude" : "noClearDifference", {
			groups,
			count: words.pointsShown(difference.estimate * 100),
			needed: minGroup,
			difference: points(difference.estimate),
			low: points(difference.low),
			high: points(difference.high),
		}) + partialText
	);
}

/**
 * A fitted line's slope as a change per `per` of x: a conclusive one as higher or lower (or
 * the `directions` given), with
 * its interval turned the same way; any other as no clear link, with the interval as it is.
 * The range of x is named too, since the line says nothing beyond it.
 */
function slopeText(
	fit: LinearFit,
	words: AnalysisWords,
	wording: {
		key: "leadTime" | "coverage" | "spend";
		unit?: string;
		per: number;
		range: (x: number) => string;
		directions?: [up: string, down: string];
	},
): string {
	const [change, low, high] = [fit.slope, fit.slopeLow, fit.slopeHigh].map(
		(slope) => slope * wording.per,
	) as [number, number, number];
	const common = {
		n: fit.n,
		unit: wording.unit,
		from: wording.range(fit.xMin),
		to: wording.range(fit.xMax),
	};
	if (!fit.conclusive)
		return words.t(`analysis.statement.${wording.key}Unclear`, {
			...common,
			count: words.pointsShown(change),
			change: words.points(change),
			low: words.points(low),
			high: words.points(high),
		});
	const up = change >= 0;
	const [upward, downward] = wording.directions ?? ["higher", "lower"];
	return words.t(`analysis.statement.${wording.key}`, {
		...common,
		count: words.pointsShown(Math.abs(change)),
		change: words.points(Math.abs(change)),
		direction: words.t(`analysis.statement.${up ? upward : downward}`),
		low: words.points(up ? low : -high),
		high: words.points(up ? high : -low),
	});
}

/** `7` → "week", `14` → "2 weeks", `10` → "10 days" (in the language's own form). */
function perDaysUnit(perDays: number, words: AnalysisWords): string {
	return perDays % 7 === 0
		? words.t("analysis.unitWeeks", { count: perDays / 7 })
		: words.t("analysis.unitDays", { count: perDays });
}
