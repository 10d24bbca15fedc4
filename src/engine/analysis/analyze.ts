import type { Analysis, PastFacts } from "../../model/analysis.ts";
import { textIn } from "../../model/localized-text.ts";
import type { PlanFile } from "../../model/plan-file.ts";
import type { PlanReport } from "../../model/report.ts";
import { resolveRules } from "../rules.ts";
import { offeringsAtRisk } from "./at-risk.ts";
import { coverageGroupsOf } from "./coverage-groups.ts";
import { type Fit, fitOf, minConclusivePoints } from "./fits.ts";
import { fillByField, fillByIntake, registrationsByChannel } from "./groups.ts";
import { pastFactsOf } from "./past-facts.ts";
import { movedIntakes } from "./past-intakes.ts";
import { spendFigures } from "./spend.ts";
import { meanEstimateOf } from "./statistics.ts";
import { summaryOf } from "./summary.ts";

/** The fewest offerings a group needs before the summary compares it. */
export const minGroup = 3;

function fillAgainst(facts: readonly PastFacts[], x: (fact: PastFacts) => number): Fit | null {
	return fitOf(facts.map((fact) => ({ x: x(fact), y: fact.fill })));
}

/**
 * What timing did to fill, from the plan's history (docs/analysis.md): each past offering's
 * facts, the mean fill, fill against lead time and against coverage, the whole window against
 * published after it, fill by field, intake and channel, registrations against spend, the
 * summary as statements, and the offerings of `report` (the engine's `plan()` of the same plan)
 * whose timing lies where the past filled below their minimum. Pure; labels in `language`
 * (the institution's first by default). Cancelled past offerings count: their registrations are
 * the demand their timing found.
 */
export function analyzePlan(
	plan: PlanFile,
	report: PlanReport,
	options: { language?: string } = {},
): Analysis {
	const { institution } = plan;
	const text = textIn(options.language, institution.languages ?? []);
	const rules = resolveRules(institution.rules);
	const moved = movedIntakes(plan.intakes, rules);
	const facts = (plan.history ?? []).map((past) => pastFactsOf(past, plan.intakes, rules, moved));
	const leadTime = fillAgainst(facts, (fact) => fact.leadTimeDays);
	const coverage = fillAgainst(facts, (fact) => fact.coverage);
	const figures = {
		pastOfferings: facts,
		fill: meanEstimateOf(facts.map((fact) => fact.fill)),
		leadTime: leadTime?.linear ?? null,
		coverage: coverage?.linear ?? null,
		coverageGroups: coverageGroupsOf(facts, minGroup),
		...spendFigures(facts),
	};
	return {
		institution: { id: institution.id, name: institution.name },
		today: report.today ?? "",
		minGroup,
		minFitPoints: minConclusivePoints,
		...figures,
		byField: fillByField(facts, institution.fields ?? [], text),
		byIntake: fillByIntake(facts, plan.intakes, text),
		byChannel: registrationsByChannel(facts),
		summary: summaryOf(figures),
		atRisk: offeringsAtRisk(report, { leadTime, coverage }),
	};
}
