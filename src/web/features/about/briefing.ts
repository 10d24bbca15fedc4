import { toDay, toIso } from "../../../engine/days.ts";
import { pickText } from "../../../model/localized-text.ts";
import { type DecisionOutcome, decisionOf, type Offering } from "../../../model/offering.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import { roles } from "../../../model/primitives.ts";
import type { PlanReport } from "../../../model/report.ts";

type Role = (typeof roles)[number];

/** One offering as the staff briefing shows it: what it is, its key dates and its people. */
export interface BriefingOffering {
	id: string;
	title: string;
	credits: Offering["credits"];
	eqf: number | undefined;
	mode: Offering["mode"];
	/** The qualifications (and their modules) the course counts towards, by their titles. */
	countsTowards: { id: string; qualification: string; module: string | undefined }[];
	publication: string;
	/** The due date of the `registration-closes` milestone, when the course's template has one. */
	registrationCloses: string | undefined;
	/** The due date of the `go-no-go` milestone, when the course's template has one. */
	goNoGo: string | undefined;
	/** The go/no-go decision's outcome, once decided. */
	decision: DecisionOutcome | undefined;
	start: string;
	end: string;
	/** Each role's owner by name, in the order of the roles; a role without an owner is left out. */
	owners: { role: Role; name: string }[];
	contact: Offering["contact"];
}

/** An intake with its dates and the offerings in it, by start. */
export interface BriefingIntake {
	id: string;
	label: string;
	admissionOpens: string;
	admissionCloses: string;
	decisionWindow: { from: string; to: string };
	studiesStart: string;
	fullTimeGroupsConfirmed: string | undefined;
	offerings: BriefingOffering[];
}

export interface Briefing {
	intakes: BriefingIntake[];
	/** Coming offerings that name no intake. */
	withoutIntake: BriefingOffering[];
}

/** How far ahead the briefing looks: the intakes whose studies start within a year. */
const yearAhead = 365;

/**
 * This year's offerings for the staff briefing, grouped by intake: the intakes that are still
 * to come (admission open or ahead, or a course still to start) and whose studies start within
 * a year of `today`, in the order of their studies start. Titles and labels are the report's,
 * already in the reader's language.
 */
export function briefing(
	plan: PlanFile,
	report: PlanReport,
	today: string,
	language: string | undefined,
): Briefing {
	const languages = plan.institution.languages ?? [];
	const text = (value: Parameters<typeof pickText>[0]) => pickText(value, language, languages).text;
	const people = new Map((plan.institution.people ?? []).map((person) => [person.id, person.name]));
	const qualifications = new Map((plan.qualifications ?? []).map((entry) => [entry.id, entry]));
	const reported = new Map(report.offerings.map((entry) => [entry.id, entry]));
	const horizon = toIso(toDay(today) + yearAhead);

	const offeringsOf = (intake: string | undefined) =>
		plan.offerings
			.filter((offering) => offering.intake === intake)
			.flatMap((offering): BriefingOffering[] => {
				const entry = reported.get(offering.id);
				if (!entry) return [];
				const due = (key: string) => entry.milestones.find((step) => step.key === key)?.due;
				return [
					{
						id: offering.id,
						title: entry.title,
						credits: offering.credits,
						eqf: offering.level?.eqf,
						mode: offering.mode,
						countsTowards: (offering.pathways ?? []).flatMap((pathway) => {
							const qualification = qualifications.get(pathway.qualification);
							if (!qualification) return [];
							const module = qualification.modules?.find((entry) => entry.id === pathway.module);
							return [
								{
									id: qualification.id,
									qualification: text(qualification.title),
									module: module && text(module.title),
								},
							];
						}),
						publication: entry.publication,
						registrationCloses: due("registration-closes"),
						goNoGo: due("go-no-go"),
						decision: decisionOf(offering)?.outcome,
						start: offering.start,
						end: offering.end,
						owners: roles.flatMap((role) => {
							const id = offering.owners?.[role];
							return id === undefined ? [] : [{ role, name: people.get(id) ?? id }];
						}),
						contact: offering.contact,
					},
				];
			})
			.sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));

	const intakes = report.intakes.flatMap((reportedIntake): BriefingIntake[] => {
		const intake = plan.intakes.find((entry) => entry.id === reportedIntake.id);
		if (!intake || intake.studiesStart > horizon) return [];
		const offerings = offeringsOf(intake.id);
		const coming =
			intake.admissionCloses >= today || offerings.some((offering) => offering.start >= today);
		if (!coming) return [];
		return [
			{
				id: intake.id,
				label: reportedIntake.label,
				admissionOpens: intake.admissionOpens,
				admissionCloses: intake.admissionCloses,
				decisionWindow: reportedIntake.decisionWindow,
				studiesStart: intake.studiesStart,
				fullTimeGroupsConfirmed: intake.fullTimeGroupsConfirmed,
				offerings,
			},
		];
	});
	return {
		intakes,
		withoutIntake: offeringsOf(undefined).filter((offering) => offering.start >= today),
	};
}

/** Days from the end of the decision window to the confirmation of full-time groups. */
export function daysAfterWindow(intake: BriefingIntake): number | undefined {
	if (intake.fullTimeGroupsConfirmed === undefined) return undefined;
	return toDay(intake.fullTimeGroupsConfirmed) - toDay(intake.decisionWindow.to);
}
