import { z } from "zod";
import { showValue } from "./primitives.ts";

/** The dates a milestone can be scheduled from. */
export const anchors = [
	"start",
	"end",
	"publication",
	"decisionWindow.from",
	"decisionWindow.to",
	"intake.admissionOpens",
	"intake.admissionCloses",
	"intake.studiesStart",
] as const;
export const anchor = z.enum(anchors, {
	error: (issue) => `${showValue(issue.input)} is not an anchor (${anchors.join(", ")})`,
});
export type Anchor = z.infer<typeof anchor>;

/** Anchors that can hold back publication; `publication` itself cannot. */
export const blockerAnchors = [
	"intake.fullTimeGroupsConfirmed",
	"intake.admissionOpens",
	"intake.admissionCloses",
	"intake.studiesStart",
	"decisionWindow.from",
	"decisionWindow.to",
] as const;
export type BlockerAnchor = (typeof blockerAnchors)[number];

/** `-10wd` working days, `-3w` weeks, `+5d` calendar days; the sign may be left out for 0. */
export const offsetPattern = /^([+-]?)(\d{1,4})(wd|w|d)$/;
export const offset = z.string().regex(offsetPattern, {
	error: (issue) =>
		`${showValue(issue.input)} is not an offset such as "-10wd", "+2wd", "-3w" or "+0d"`,
});
