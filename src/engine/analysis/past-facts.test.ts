import { describe, expect, it } from "vitest";
import { pastOffering } from "../../../test/fixtures/history.ts";
import { healthyPlan } from "../../../test/fixtures/plans.ts";
import { pastFacts as pastFactsSchema } from "../../model/analysis.ts";
import { defaultRules } from "../rules.ts";
import { pastFactsOf } from "./past-facts.ts";

const intakes = healthyPlan().intakes;

describe("pastFactsOf", () => {
	it("gives lead time, coverage, fill and cost per enrolment", () => {
		// Published 2026-05-01 for a start on 2026-09-14: 136 days. The window 2026-03-15 …
		// 06-15 has 93 days, of which 46 from 05-01: coverage 46/93 = 0.4946.
		const facts = pastFactsOf(
			pastOffering({
				publication: "2026-05-01",
				finalRegistrations: 8,
				communicationSpend: 360,
				channels: { web: 5 },
				field: "engineering",
			}),
			intakes,
			defaultRules,
		);
		expect(pastFactsSchema.safeParse(facts).success).toBe(true);
		expect(facts).toEqual({
			id: "cnc-2026",
			title: "CNC basics",
			field: "engineering",
			intake: { id: "autumn-2026", group: "autumn", studiesStart: "2026-09-01" },
			year: 2026,
			outcome: "ran",
			publication: "2026-05-01",
			start: "2026-09-14",
			leadTimeDays: 136,
			decisionWindow: { from: "2026-03-15", to: "2026-06-15" },
			coverage: 0.4946,
			minimum: 6,
			places: 10,
			finalRegistrations: 8,
			fill: 0.8,
			reachedMinimum: true,
			communicationSpend: 360,
			costPerEnrolment: 45,
			channels: { web: 5 },
		});
	});

	it("has no cost per enrolment without spend or registrations", () => {
		const facts = (spend: number, final: number) =>
			pastFactsOf(
				pastOffering({
					communicationSpend: spend,
					finalRegistrations: final,
					outcome: "cancelled",
				}),
				intakes,
				defaultRules,
			);
		expect(facts(0, 4).costPerEnrolment).toBeUndefined();
		expect(facts(200, 0).costPerEnrolment).toBeUndefined();
		expect(facts(200, 0)).toMatchObject({ outcome: "cancelled", fill: 0, reachedMinimum: false });
	});

	it("takes coverage 1 for publication before the window and 0 after it", () => {
		const coverage = (publication: string) =>
			pastFactsOf(pastOffering({ publication }), intakes, defaultRules).coverage;
		expect(coverage("2026-01-10")).toBe(1);
		expect(coverage("2026-06-16")).toBe(0);
	});
});
