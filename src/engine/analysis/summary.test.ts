import { describe, expect, it } from "vitest";
import { fitOf, meanOf, samplePastOfferings } from "../../../test/fixtures/analysis.ts";
import type { Analysis, LinearFit } from "../../model/analysis.ts";
import { summaryOf } from "./summary.ts";

/** The sample's five past offerings with the timing lines and group difference given. */
function figures(
	leadTime: LinearFit | null,
	coverage: LinearFit | null,
	difference: { estimate: number; conclusive: boolean } | null,
) {
	const coverageGroups: Analysis["coverageGroups"] = {
		comparison: {
			a: meanOf(3, 0.8, 0.6, 1),
			b: meanOf(3, 0.4, 0.2, 0.6),
			difference: difference && {
				estimate: difference.estimate,
				low: difference.estimate - 0.1,
				high: difference.estimate + 0.1,
			},
			conclusive: difference?.conclusive ?? false,
		},
		partial: meanOf(0, null),
	};
	return {
		pastOfferings: samplePastOfferings,
		fill: meanOf(5, 0.55, 0.3, 0.8),
		coverageGroups,
		leadTime,
		coverage,
		spend: null,
		registrationsBySpend: null,
		costPerEnrolment: { offerings: 0, spend: 0, enrolments: 0, perEnrolment: null },
	};
}

const line = (slope: number, conclusive: boolean) =>
	fitOf({ slope, intercept: 0.3, xMin: 0, xMax: 1, n: 5 }, { conclusive });

const evidence = (input: ReturnType<typeof figures>) =>
	summaryOf(input).filter((statement) => statement.kind === "timingEvidence");

describe("the timing comparisons read together", () => {
	it("count one link among three as one, so the texts can call it a hint", () => {
		expect(
			evidence(figures(line(0.4, true), line(0.2, false), { estimate: 0.1, conclusive: false })),
		).toEqual([{ kind: "timingEvidence", tests: 3, conclusive: 1, agree: true }]);
	});

	it("do not agree when the links found point different ways", () => {
		expect(evidence(figures(line(0.4, true), line(-0.2, true), null))).toEqual([
			{ kind: "timingEvidence", tests: 2, conclusive: 2, agree: false },
		]);
	});

	it("say nothing when no comparison found a link", () => {
		expect(
			evidence(figures(line(0.4, false), line(0.2, false), { estimate: 0.3, conclusive: false })),
		).toEqual([]);
	});
});
