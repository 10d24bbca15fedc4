import { z } from "zod";
import { anchor, offset } from "./anchors.ts";
import { localizedName } from "./localized-text.ts";
import { listOf, maxItems, nameText, role, slug } from "./primitives.ts";

export const milestoneKinds = ["task", "event"] as const;

/** One step of a marketing plan, dated relative to an anchor. */
export const templateMilestone = z.strictObject({
	key: slug,
	label: localizedName.optional(),
	role,
	anchor,
	offset,
	effortHours: z.number().min(0).optional(),
	kind: z.enum(milestoneKinds).optional(),
	/** The earliest date: the milestone never falls before this anchor. */
	notBefore: anchor.optional(),
});
export type TemplateMilestone = z.infer<typeof templateMilestone>;

export const template = z.strictObject({
	id: slug,
	label: nameText.optional(),
	milestones: listOf(templateMilestone, maxItems.milestones).min(1, {
		error: "a template needs at least one milestone",
	}),
});
export type Template = z.infer<typeof template>;
