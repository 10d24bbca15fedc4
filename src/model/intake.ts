import { z } from "zod";
import { localizedName } from "./localized-text.ts";
import { dateRange, isoDate, slug } from "./primitives.ts";

/** One admission cycle of the formal education year. */
export const intake = z
	.strictObject({
		id: slug,
		label: localizedName.optional(),
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
