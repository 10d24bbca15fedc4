import type { ChannelRegistrations, GroupFill, PastFacts } from "../../model/analysis.ts";
import type { Field } from "../../model/institution.ts";
import type { Intake } from "../../model/intake.ts";
import type { TextPicker } from "../../model/localized-text.ts";
import { intakeGroup } from "./past-intakes.ts";
import { meanEstimateOf } from "./statistics.ts";

/** The most groups (fields, intakes) a fill-by-group table names; the rest are summed in one entry. */
export const maxGroups = 20;

/**
 * The mean fill of each group of past offerings by `keyOf`; those without a key are left out.
 * The `maxGroups` groups with the most offerings (then by key) are named, sorted by key; past
 * them, the rest are one entry after them, with `otherGroups` (how many it sums) and an empty
 * key and label, its mean over all their offerings: a history may name any number of fields.
 */
function fillBy(
	facts: readonly PastFacts[],
	keyOf: (fact: PastFacts) => string | undefined,
	labelOf: (key: string) => string,
): GroupFill[] {
	const fills = new Map<string, number[]>();
	for (const fact of facts) {
		const key = keyOf(fact);
		if (key === undefined) continue;
		const group = fills.get(key) ?? [];
		group.push(fact.fill);
		fills.set(key, group);
	}
	const ranked = [...fills.entries()].sort(
		([a, valuesA], [b, valuesB]) => valuesB.length - valuesA.length || a.localeCompare(b),
	);
	const named = ranked
		.slice(0, maxGroups)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([key, values]) => ({ key, label: labelOf(key), ...meanEstimateOf(values) }));
	const rest = ranked.slice(maxGroups);
	if (rest.length === 0) return named;
	const values = rest.flatMap(([, groupValues]) => groupValues);
	return [...named, { key: "", label: "", ...meanEstimateOf(values), otherGroups: rest.length }];
}

/** Mean fill per field; a field that is one of the institution's fields is labelled with its name. */
export function fillByField(
	facts: readonly PastFacts[],
	fields: readonly Field[],
	text: TextPicker,
): GroupFill[] {
	const names = new Map(fields.map((field) => [field.id, field.name]));
	return fillBy(
		facts,
		(fact) => fact.field,
		(key) => {
			const name = names.get(key);
			return name === undefined ? key : text(name);
		},
	);
}

/**
 * What an intake group is called: the label of the first plan intake of the group (by studies
 * start) without its year, "Spring 2027" → "Spring"; else the group key itself.
 */
export function intakeGroupLabel(
	group: string,
	intakes: readonly Intake[],
	text: TextPicker,
): string {
	const intake = [...intakes]
		.sort((a, b) => a.studiesStart.localeCompare(b.studiesStart))
		.find((candidate) => intakeGroup(candidate.id) === group);
	if (intake?.label === undefined) return group;
	return (
		text(intake.label)
			.replace(/\s*\b\d{4}\b/g, "")
			.trim() || group
	);
}

/** Mean fill per intake group (`spring`, `autumn`), across the years. */
export function fillByIntake(
	facts: readonly PastFacts[],
	intakes: readonly Intake[],
	text: TextPicker,
): GroupFill[] {
	return fillBy(
		facts,
		(fact) => fact.intake.group,
		(key) => intakeGroupLabel(key, intakes, text),
	);
}

/** The most channels `byChannel` names; the rest are summed in one entry. */
export const maxChannels = 20;

/**
 * Registrations per channel over all past offerings, with each one's share of them all, the
 * largest first (then by name). Past the first `maxChannels`, the rest are summed in one entry
 * with `otherChannels` and an empty `channel`: a history may name any number of channels, and
 * no reader compares the hundredth with the thousandth.
 */
export function registrationsByChannel(facts: readonly PastFacts[]): ChannelRegistrations[] {
	const counts = new Map<string, number>();
	for (const fact of facts) {
		for (const [channel, count] of Object.entries(fact.channels ?? {})) {
			counts.set(channel, (counts.get(channel) ?? 0) + count);
		}
	}
	const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
	const shareOf = (registrations: number) => (total > 0 ? registrations / total : 0);
	const ranked = [...counts.entries()].sort(
		([a, countA], [b, countB]) => countB - countA || a.localeCompare(b),
	);
	const named = ranked.slice(0, maxChannels).map(([channel, registrations]) => ({
		channel,
		registrations,
		share: shareOf(registrations),
	}));
	const rest = ranked.slice(maxChannels);
	if (rest.length === 0) return named;
	const registrations = rest.reduce((sum, [, count]) => sum + count, 0);
	return [
		...named,
		{ channel: "", registrations, share: shareOf(registrations), otherChannels: rest.length },
	];
}
