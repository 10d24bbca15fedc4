import { daysFromCivil, mondayOf, toIso } from "../engine/days.ts";
import type { Finding } from "../model/report.ts";
import { sharePercent } from "./percent.ts";
import { worstSeverity } from "./severity.ts";

/** How an offering is drawn and labelled: the worst severity among its findings, or none. */
export type Risk = "error" | "warning" | "none";

export function riskOf(findings: readonly Finding[]): Risk {
	return worstSeverity(findings) ?? "none";
}

export const riskNames: Readonly<Record<Risk, string>> = {
	error: "Error",
	warning: "Warning",
	none: "No findings",
};

/**
 * `0.0913` → `9.1%`, `1` → `100%`: one decimal at most (`sharePercent`: never up to a whole percent), without
 * locale-dependent output.
 */
export function percent(share: number): string {
	return `${sharePercent(share, 1)}%`;
}

/** `9.6` → `9.6`, `60` → `60`, `7.25` → `7.3`. */
export function hours(value: number): string {
	return String(Math.round(value * 10) / 10);
}

/** `1, "day"` → `1 day`; `4, "error"` → `4 errors`. */
export function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** `2027-W10` → `2027-03-08`, the Monday that starts the ISO week. */
export function mondayOfIsoWeek(week: string): string {
	const year = Number(week.slice(0, 4));
	const number = Number(week.slice(6));
	// Week 1 is the week that holds 4 January.
	return toIso(mondayOf(daysFromCivil(year, 1, 4)) + (number - 1) * 7);
}

/** The anchor of an offering's section, shared by the timing map and the sections. */
export function sectionId(offeringId: string): string {
	return `offering-${offeringId}`;
}
