import type { OfferingAtRisk } from "../../model/analysis.ts";
import type { OfferingReport, PlanReport } from "../../model/report.ts";
import type { Fit } from "./fits.ts";
import { lineAt, predictionAt } from "./least-squares.ts";

/** The decisions after which an offering no longer runs as planned. */
const notRunning: ReadonlySet<string> = new Set(["no-go", "postpone", "merge"]);

/** Whether the report's offering still runs as planned: not cancelled, postponed or merged. */
export function stillRunning(offering: OfferingReport): boolean {
	return !(offering.decision && notRunning.has(offering.decision.outcome));
}

const share = (value: number) => Math.min(1, Math.max(0, value));

/**
 * The offerings planned now (not decided, since a decision, go included, was taken on the
 * offering's own registrations; not started by the report's today) whose lead time or coverage
 * lies where the past filled below their own minimum: for each conclusive fit whose x range holds
 * the offering's value (a line is never extrapolated), the expected fill is the line there, with
 * its band and the prediction interval of one offering, taken as shares in [0, 1]; the offering
 * is at risk when expected fill × places is below its minimum group, that is when an offering
 * timed so fell short more often than not (the prediction is symmetric about the line). Of two
 * such fits the worse is kept. Sorted by expected fill, the lowest first.
 */
export function offeringsAtRisk(
	report: PlanReport,
	fits: { leadTime: Fit | null; coverage: Fit | null },
): OfferingAtRisk[] {
	const atRisk: OfferingAtRisk[] = [];
	for (const offering of report.offerings) {
		const started = report.today !== undefined && offering.start <= report.today;
		if (offering.decision || started) continue;
		const { min, max } = offering.participants;
		let worst: OfferingAtRisk | undefined;
		for (const by of ["leadTime", "coverage"] as const) {
			const fit = fits[by];
			const x = by === "leadTime" ? offering.leadTimeDays : offering.decisionWindowCoverage;
			if (!fit?.linear.conclusive || x < fit.line.xMin || x > fit.line.xMax) continue;
			const expected = lineAt(fit.line, x);
			const one = predictionAt(fit.line, x);
			if (expected.estimate * max >= min) continue;
			if (worst && worst.expectedFill.fit <= share(expected.estimate)) continue;
			worst = {
				id: offering.id,
				title: offering.title,
				...(offering.intake !== null && { intake: offering.intake }),
				leadTimeDays: offering.leadTimeDays,
				coverage: offering.decisionWindowCoverage,
				minimum: min,
				places: max,
				expectedFill: {
					fit: share(expected.estimate),
					low: share(expected.low),
					high: share(expected.high),
					prediction: { low: share(one.low), high: share(one.high) },
				},
				by,
			};
		}
		if (worst) atRisk.push(worst);
	}
	return atRisk.sort((a, b) => a.expectedFill.fit - b.expectedFill.fit || a.id.localeCompare(b.id));
}
