import type { Intake } from "../../model/intake.ts";
import type { TextPicker } from "../../model/localized-text.ts";
import { toIso } from "../days.ts";

const numbers = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** `2400` → `2,400 EUR`. */
export function money(amount: number, currency: string): string {
	return `${numbers.format(amount)} ${currency}`;
}

const percentNumbers = new Intl.NumberFormat("en-US", {
	maximumFractionDigits: 6,
	useGrouping: false,
});
const maxPercentDigits = 6;

/** 100 × share without binary noise: 0.07 → 7, not 7.000000000000001. */
const hundredths = (share: number) => Math.round(share * 1e10) / 1e8;

/**
 * The share a percentage shows, rounded for reading but never contradicting the figures it is
 * compared with: whole percent, with decimals added until the shown figure is below, equal to
 * or above each reference exactly as the share is. `0.4567` → 0.46; beside 0.8, `0.7999` →
 * 0.7999, where 0.8 would read as the minimum itself.
 */
export function shownShare(share: number, ...references: readonly number[]): number {
	const value = hundredths(share);
	for (let digits = 0; digits < maxPercentDigits; digits++) {
		const factor = 10 ** digits;
		const shown = Math.round(value * factor) / factor;
		const agrees = references.every(
			(reference) => Math.sign(shown - hundredths(reference)) === Math.sign(share - reference),
		);
		if (agrees) return shown / 100;
	}
	return value / 100;
}

/** A share with all its decimals (up to 6 of a percent): a rule's threshold, `0.825` → `82.5%`. */
export function exactPercent(share: number): string {
	return `${percentNumbers.format(hundredths(share))}%`;
}

export function hours(value: number): string {
	return `${numbers.format(Math.round(value * 10) / 10)} h`;
}

export const date = toIso;

/** The intake's label in the report's language, else its id. */
export function intakeName(intake: Intake, text: TextPicker): string {
	return intake.label === undefined ? intake.id : text(intake.label);
}

/** `1` → `1 day`, `12` → `12 days`. */
export function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

const blockerPhrases: Record<string, string> = {
	"intake.fullTimeGroupsConfirmed": "full-time groups are confirmed on",
	"intake.admissionOpens": "admission opens on",
	"intake.admissionCloses": "admission closes on",
	"intake.studiesStart": "studies start on",
	"decisionWindow.from": "the decision window opens on",
	"decisionWindow.to": "the decision window closes on",
};

/** A blocker as a finding's params name it: an anchor of blockerPhrases, else "date". */
export function blockerKind(name: string): string {
	return Object.hasOwn(blockerPhrases, name) ? name : "date";
}

/** Human names for the blockers a plan can name: `admission opens on 2027-04-01`. */
export function blockerName(name: string, day: string): string {
	const phrase = blockerPhrases[name];
	return phrase === undefined ? day : `${phrase} ${day}`;
}

/** `["a", "b", "c"]` → `a, b and c`. */
export function list(items: readonly string[]): string {
	if (items.length <= 1) return items.join("");
	return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
