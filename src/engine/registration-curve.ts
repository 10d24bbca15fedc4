import type { PastOffering } from "../model/offering.ts";
import { type Day, toDay } from "./days.ts";

/**
 * A past offering's registrations over time, from its cumulative counts: 0 on its publication
 * day, its counts between publication and start, its final count on its start day.
 */
export interface PastCurve {
	id: string;
	publication: Day;
	start: Day;
	participants: { min: number; max: number };
	/** The final registrations, above 0. */
	final: number;
	/** The days of the curve's points, ascending: publication, the counted days, start. */
	days: readonly Day[];
	/** The cumulative count on each of `days`. */
	counts: readonly number[];
}

/**
 * The past offerings a curve can be learned from: those that ran (a cancelled one stopped
 * counting at its go/no-go, so its count at start is not known), with a final count above 0, a
 * start after their publication and at least one count dated between the two (counts on other
 * days are left out, as the curve is 0 at publication and the final count at start by definition).
 */
export function pastCurves(history: readonly PastOffering[]): PastCurve[] {
	const curves: PastCurve[] = [];
	for (const past of history) {
		const publication = toDay(past.publication);
		const start = toDay(past.start);
		if (past.outcome === "cancelled" || past.finalRegistrations === 0 || start <= publication)
			continue;
		const between = (past.registrations ?? [])
			.map((entry) => ({ day: toDay(entry.date), count: entry.count }))
			.filter((entry) => entry.day > publication && entry.day < start)
			.sort((a, b) => a.day - b.day);
		if (between.length === 0) continue;
		curves.push({
			id: past.id,
			publication,
			start,
			participants: past.participants,
			final: past.finalRegistrations,
			days: [publication, ...between.map((entry) => entry.day), start],
			counts: [0, ...between.map((entry) => entry.count), past.finalRegistrations],
		});
	}
	return curves;
}

/** The curve's cumulative count on `day`, linear between its points: 0 before publication, final after start. */
export function countOn(curve: PastCurve, day: Day): number {
	const { days, counts } = curve;
	if (day <= curve.publication) return 0;
	if (day >= curve.start) return curve.final;
	let low = 0;
	let high = days.length - 1;
	// Binary search for the last point on or before `day`; days[0] < day < days[last].
	while (high - low > 1) {
		const middle = (low + high) >> 1;
		if ((days[middle] ?? 0) <= day) low = middle;
		else high = middle;
	}
	const fromDay = days[low] ?? 0;
	const toDayOfSegment = days[high] ?? 0;
	const fromCount = counts[low] ?? 0;
	const toCount = counts[high] ?? 0;
	return fromCount + ((toCount - fromCount) * (day - fromDay)) / (toDayOfSegment - fromDay);
}

/** The share of its final count the past offering had `daysBeforeStart` days before its start, in [0, 1]. */
export function shareAt(curve: PastCurve, daysBeforeStart: number): number {
	return Math.min(1, countOn(curve, curve.start - daysBeforeStart) / curve.final);
}

/** At least this many comparable past offerings, or the forecast uses the default curve. */
export const minPastOfferings = 3;

/** σ of ln(final ÷ count) when the history cannot tell it: a factor of about 1.5 either way. */
export const defaultSpread = 0.4;

/**
 * A past offering is like the one asking when it was announced between 1 ÷ this and this many
 * times as long before its start: a course announced a month ahead fills on another curve than
 * one announced half a year ahead.
 */
export const campaignLengthFactor = 2;

/** The default spread counts as this many past offerings beside the learned one. */
const spreadPriorWeight = 2;

/** A past share below this counts as this: a count of nothing yet says "much more to come", not "infinitely more". */
const minShare = 0.01;

/**
 * The default curve (docs/forecast.md): the share of the final count reached this many days
 * before the start, linear between the points, and 0.05 more than a year before.
 */
export const defaultCurve: readonly (readonly [days: number, share: number])[] = [
	[0, 1],
	[14, 0.9],
	[28, 0.8],
	[56, 0.65],
	[84, 0.5],
	[112, 0.4],
	[168, 0.25],
	[252, 0.12],
	[364, 0.05],
];

/** The default curve's share `daysBeforeStart` days before the start. */
export function defaultShare(daysBeforeStart: number): number {
	let previous: readonly [number, number] = [0, 1];
	for (const point of defaultCurve) {
		const [days, share] = point;
		if (daysBeforeStart <= days) {
			const [fromDays, fromShare] = previous;
			if (days === fromDays) return share;
			return fromShare + ((share - fromShare) * (daysBeforeStart - fromDays)) / (days - fromDays);
		}
		previous = point;
	}
	return previous[1];
}

/** What the registration curve says at one point of a campaign. */
export interface CurvePoint {
	/**
	 * The share of the final count reached by then, in (0, 1]: the geometric mean of the
	 * comparable past offerings' shares, or the default curve's share.
	 */
	share: number;
	/** σ of ln(final ÷ count) among offerings at that point, above 0. */
	spread: number;
	/** How many past offerings it was learned from; 0 when it is the default curve. */
	pastOfferings: number;
}

/** The registration curve of a history, asked at a point of a campaign. */
export interface RegistrationCurve {
	/**
	 * The curve `daysBeforeStart` days (≥ 1) before the start, for an offering published
	 * `leadTimeDays` days before its start. Past offerings are comparable when they were published
	 * between half and twice as long before their start (`campaignLengthFactor`) and were already
	 * public `daysBeforeStart` days before it; with fewer than `minPastOfferings` of them, the
	 * default curve answers.
	 */
	at(daysBeforeStart: number, leadTimeDays: number): CurvePoint;
}

/** The curve learned from `curves`; answers are cached, as many offerings ask at the same point. */
export function registrationCurve(curves: readonly PastCurve[]): RegistrationCurve {
	const answers = new Map<string, CurvePoint>();
	return {
		at(daysBeforeStart, leadTimeDays) {
			const lead = Math.max(1, leadTimeDays);
			const key = `${daysBeforeStart}:${lead}`;
			let point = answers.get(key);
			if (!point) {
				point = learnedPoint(curves, daysBeforeStart, lead);
				answers.set(key, point);
			}
			return point;
		},
	};
}

function learnedPoint(
	curves: readonly PastCurve[],
	daysBeforeStart: number,
	leadTimeDays: number,
): CurvePoint {
	const logRatios: number[] = [];
	for (const curve of curves) {
		const campaign = curve.start - curve.publication;
		if (campaign <= daysBeforeStart) continue;
		if (campaign * campaignLengthFactor < leadTimeDays) continue;
		if (campaign > leadTimeDays * campaignLengthFactor) continue;
		logRatios.push(-Math.log(Math.max(minShare, shareAt(curve, daysBeforeStart))));
	}
	const n = logRatios.length;
	if (n < minPastOfferings)
		return { share: defaultShare(daysBeforeStart), spread: defaultSpread, pastOfferings: 0 };
	const mean = logRatios.reduce((sum, value) => sum + value, 0) / n;
	const squares = logRatios.reduce((sum, value) => sum + (value - mean) ** 2, 0);
	// The sample variance, pooled with the default's as if it were a few more offerings, so
	// that three offerings that happen to agree do not make a forecast certain.
	const variance = (spreadPriorWeight * defaultSpread ** 2 + squares) / (spreadPriorWeight + n - 1);
	return { share: Math.exp(-mean), spread: Math.sqrt(variance), pastOfferings: n };
}

const curvesOfHistories = new WeakMap<readonly PastOffering[], RegistrationCurve>();
const noHistory: readonly PastOffering[] = [];

/**
 * The registration curve of a plan's history, made once per history: a plan edited in the
 * browser keeps its `history` array from one keystroke to the next, and the curve depends on
 * nothing else.
 */
export function curveOfHistory(history: readonly PastOffering[] = noHistory): RegistrationCurve {
	let curve = curvesOfHistories.get(history);
	if (!curve) {
		curve = registrationCurve(pastCurves(history));
		curvesOfHistories.set(history, curve);
	}
	return curve;
}
