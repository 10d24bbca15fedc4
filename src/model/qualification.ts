import { z } from "zod";
import { localizedName } from "./localized-text.ts";
import { credits, level, listOf, maxItems, nameText, slug } from "./primitives.ts";

export const qualificationModule = z.strictObject({
	id: slug,
	title: localizedName,
	credits: credits.optional(),
});

/** A formal programme that micro-credentials stack towards. */
export const qualification = z.strictObject({
	id: slug,
	title: localizedName,
	level,
	credits,
	/** The field of study, as offerings name theirs: NO_PATHWAY suggests qualifications of the offering's field. */
	field: nameText.optional(),
	modules: listOf(qualificationModule, maxItems.modules).optional(),
});
export type Qualification = z.infer<typeof qualification>;
