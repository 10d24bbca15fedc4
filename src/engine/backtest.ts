import type { PastOffering } from "../model/offering.ts";
import { forecastAt } from "./forecast.ts";
import {
	countOn,
	type PastCurve,
	pastCurves,
	type RegistrationCurve,
	registrationCurve,
} from "./registration-curve.ts";

/** The weeks before the start at which the backtest replays the forecast. */
export const backtestWeeks = [8, 4, 2] as const;

/** How the forecast did at one lead. */
export interface BacktestLead {
	weeksBeforeStart: number;
	/** The past offerings forecast at this lead: those public by then, once it was not too early. */
	forecasts: number;
	/** The mean of |expected final − final registrations|, in participants at 2 decimals; null without forecasts. */
	meanAbsoluteError: number | null;
	/** The share of finals within the forecast's low–high range, at 2 decimals; null without forecasts. */
	withinRange: number | null;
}

/** The forecast replayed on a history (docs/forecast.md). */
export interface Backtest {
	/** The past offerings with registration counts the curve learns from. */
	pastOfferings: number;
	leads: BacktestLead[];
}

/**
 * Replays the fill forecast on the history, leaving one out: each past offering with
 * registration counts is forecast from the others' curve as of 8, 4 and 2 weeks before its
 * start, from the count its own curve gives on that day (whole registrations), and compared
 * with its final count. Pure and deterministic.
 */
export function backtest(history: readonly PastOffering[]): Backtest {
	const curves = pastCurves(history);
	const others = new Map(
		curves.map((curve) => [curve, registrationCurve(curves.filter((other) => other !== curve))]),
	);
	return {
		pastOfferings: curves.length,
		leads: backtestWeeks.map((weeks) => {
			const outcomes = curves.flatMap((curve) => {
				const replayed = replay(curve, weeks * 7, others.get(curve));
				return replayed ? [replayed] : [];
			});
			return {
				weeksBeforeStart: weeks,
				forecasts: outcomes.length,
				meanAbsoluteError: meanOf(outcomes.map((outcome) => outcome.error)),
				withinRange: meanOf(outcomes.map((outcome) => (outcome.within ? 1 : 0))),
			};
		}),
	};
}

function replay(
	curve: PastCurve,
	daysBeforeStart: number,
	learned: RegistrationCurve | undefined,
): { error: number; within: boolean } | undefined {
	const asOf = curve.start - daysBeforeStart;
	if (!learned || asOf <= curve.publication) return undefined;
	const forecast = forecastAt(Math.floor(countOn(curve, asOf)), curve.participants, {
		daysBeforeStart,
		leadTimeDays: curve.start - curve.publication,
		curve: learned,
	});
	if (!forecast) return undefined;
	const { expectedFinal, low, high } = forecast.figures;
	return {
		error: Math.abs(expectedFinal - curve.final),
		within: low <= curve.final && curve.final <= high,
	};
}

function meanOf(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 100) / 100;
}
