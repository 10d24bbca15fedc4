import { pickText } from "../../../model/localized-text.ts";
import type { PlanFile } from "../../../model/plan-file.ts";
import type { Credits } from "../../../model/primitives.ts";
import type { Briefing } from "./briefing.ts";

/** A qualification and the briefing's courses that count towards it. */
export interface QualificationLink {
	id: string;
	title: string;
	eqf: number;
	credits: Credits;
	courses: { id: string; title: string; module: string | undefined }[];
}

/**
 * The school's qualifications, in the plan's order, each with this year's courses that lead to
 * it (through a pathway) and the module each counts as; qualifications no course leads to are
 * left out.
 */
export function qualificationLinks(
	plan: PlanFile,
	briefing: Briefing,
	language: string | undefined,
): QualificationLink[] {
	const offerings = [
		...briefing.intakes.flatMap((intake) => intake.offerings),
		...briefing.withoutIntake,
	];
	return (plan.qualifications ?? []).flatMap((qualification): QualificationLink[] => {
		const courses = offerings.flatMap((offering) =>
			offering.countsTowards
				.filter((link) => link.id === qualification.id)
				.map((link) => ({ id: offering.id, title: offering.title, module: link.module })),
		);
		if (courses.length === 0) return [];
		return [
			{
				id: qualification.id,
				title: pickText(qualification.title, language, plan.institution.languages ?? []).text,
				eqf: qualification.level.eqf,
				credits: qualification.credits,
				courses,
			},
		];
	});
}
