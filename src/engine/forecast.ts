import { decisionOf, latestRegistrationCount, type Offering } from "../model/offering.ts";
import { type Day, toDay, toIso } from "./days.ts";
import type { CurvePoint, RegistrationCurve } from "./registration-curve.ts";

/** The fill forecast of one offering, as the report gives it (docs/forecast.md). */
export interface FillForecast {
	/** The latest cumulative registration count. */
	current: number;
	/** The median final count, whole participants, between `current` and the maximum group. */
	expectedFinal: number;
	/** The 10th percentile of the final count. */
	low: number;
	/** The 90th percentile of the final count. */
	high: number;
	/**
	 * The chance that the final count reaches the minimum group, in [0, 1] at 2 decimals: 1 once
	 * the minimum has registered, 0 with nobody registered, else in [0.01, 0.99].
	 */
	probabilityMinReached: number;
}

/** A forecast with what it was made from, for the finding that explains it. */
export interface OfferingForecast {
	figures: FillForecast;
	curve: CurvePoint;
	daysBeforeStart: number;
}

/** Below this share of the final count by now, it is too early to forecast anything. */
export const minForecastShare = 0.1;

/** The standard normal's 90th percentile: low and high are the 10th and 90th percentiles. */
const z90 = 1.2815515655446004;

/**
 * The forecast from `current` registrations at a point of the curve: the final count is
 * log-normal, ln(final ÷ current) ~ N(−ln share, spread²), limited to [current, max(current,
 * maximum group)] as registrations past the maximum wait for a place. Monotone in `current`;
 * low ≤ expectedFinal ≤ high.
 */
export function forecastFill(
	current: number,
	participants: { min: number; max: number },
	curve: CurvePoint,
): FillForecast {
	const growth = -Math.log(curve.share);
	const ceiling = Math.max(current, participants.max);
	const final = (logGrowth: number) =>
		Math.round(Math.min(ceiling, Math.max(current, current * Math.exp(logGrowth))));
	return {
		current,
		expectedFinal: final(growth),
		low: final(growth - z90 * curve.spread),
		high: final(growth + z90 * curve.spread),
		probabilityMinReached: minReached(current, participants.min, growth, curve.spread),
	};
}

/** At 2 decimals, and 1 or 0 only when it is certain: the minimum has registered, or nobody has. */
function minReached(current: number, min: number, growth: number, spread: number): number {
	if (current >= min) return 1;
	if (current === 0) return 0;
	const chance = Math.round(normalCdf((growth - Math.log(min / current)) / spread) * 100) / 100;
	return Math.min(0.99, Math.max(0.01, chance));
}

/** Φ(x), the standard normal distribution function (Abramowitz and Stegun 7.1.26, error < 1.5e-7). */
export function normalCdf(x: number): number {
	const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2));
	const polynomial =
		t *
		(0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
	const tail = 0.5 * polynomial * Math.exp(-(x * x) / 2);
	return x >= 0 ? 1 - tail : tail;
}

/**
 * The offering's fill forecast on `today` (without one, as of its latest count), or undefined:
 * without a count on or before that day, once it has started, when it will not run (a no-go,
 * postponed or merged), and while the curve says less than `minForecastShare` of the final
 * count has usually come.
 * `publication` is the day it became or becomes public.
 */
export function offeringForecast(
	offering: Offering,
	publication: Day,
	today: Day | undefined,
	curve: RegistrationCurve,
): OfferingForecast | undefined {
	const outcome = decisionOf(offering)?.outcome;
	if (outcome !== undefined && outcome !== "go") return undefined;
	const latest = latestRegistrationCount(offering, today === undefined ? undefined : toIso(today));
	if (!latest) return undefined;
	const asOf = today ?? toDay(latest.date);
	const start = toDay(offering.start);
	const daysBeforeStart = start - asOf;
	if (daysBeforeStart <= 0) return undefined;
	return forecastAt(latest.count, offering.participants, {
		daysBeforeStart,
		leadTimeDays: start - publication,
		curve,
	});
}

/**
 * The forecast from `current` registrations `daysBeforeStart` (≥ 1) days before the start of an
 * offering published `leadTimeDays` before it, or undefined while it is too early to tell.
 */
export function forecastAt(
	current: number,
	participants: { min: number; max: number },
	when: { daysBeforeStart: number; leadTimeDays: number; curve: RegistrationCurve },
): OfferingForecast | undefined {
	const point = when.curve.at(when.daysBeforeStart, when.leadTimeDays);
	if (point.share < minForecastShare) return undefined;
	return {
		figures: forecastFill(current, participants, point),
		curve: point,
		daysBeforeStart: when.daysBeforeStart,
	};
}
