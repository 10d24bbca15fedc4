import { z } from "zod";
import { dateRange, isoDate, nameText, slug } from "./primitives.ts";

/** One admission cycle of the formal education year. */
export const intake = z
	.strictObject({
		id: slug,
		label: nameText.optional(),
		admissionOpens: isoDate,
		admissionCloses: isoDate,
		studiesStart: isoDate,
		fullTimeGroupsConfirmed: isoDate.optional(),
		/** When adult learners decide; the default is derived from `studiesStart`. */
		decisionWindow: dateRange.optional(),
	})
	.refine((intake) => intake.admissionOpens <= intake.admissionCloses, {
		path: ["admissionCloses"],
		error: (issue) => {
			const intake = issue.input as { admissionOpens: string; admissionCloses: string };
			return `"${intake.admissionCloses}" is before admission opens on ${intake.admissionOpens}`;
		},
	});
export type Intake = z.infer<typeof intake>;
