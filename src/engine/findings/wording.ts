import type { Intake } from "../../model/intake.ts";
import { type Day, toIso } from "../days.ts";

const numbers = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** `2400` → `2,400 EUR`. */
export function money(amount: number, currency: string): string {
	return `${numbers.format(amount)} ${currency}`;
}

/** `0.4567` → `46%`. */
export function percent(share: number): string {
	return `${Math.round(share * 100)}%`;
}

export function hours(value: number): string {
	return `${numbers.format(Math.round(value * 10) / 10)} h`;
}

export const date = toIso;

export function intakeName(intake: Intake): string {
	return intake.label ?? intake.id;
}

/** `1` → `1 day`, `12` → `12 days`. */
export function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** Human names for the blockers a plan can name. */
export function blockerName(name: string, day: Day): string {
	switch (name) {
		case "intake.fullTimeGroupsConfirmed":
			return `full-time groups are confirmed on ${toIso(day)}`;
		case "intake.admissionOpens":
			return `admission opens on ${toIso(day)}`;
		case "intake.admissionCloses":
			return `admission closes on ${toIso(day)}`;
		case "intake.studiesStart":
			return `studies start on ${toIso(day)}`;
		case "decisionWindow.from":
			return `the decision window opens on ${toIso(day)}`;
		case "decisionWindow.to":
			return `the decision window closes on ${toIso(day)}`;
		default:
			return toIso(day);
	}
}

/** `["a", "b", "c"]` → `a, b and c`. */
export function list(items: readonly string[]): string {
	if (items.length <= 1) return items.join("");
	return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
