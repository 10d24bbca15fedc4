/**
 * How long a learner's registration is kept (docs/learner-data.md): the rules the retention job
 * erases by, and the date the page of a person's data says each registration is kept until.
 */
import { civilFromDays, daysFromCivil, localDate, toDay, toIso } from "../engine/days.ts";
import type { ResolvedRetention } from "../model/institution.ts";
import type { RetentionLimits } from "../store/learner-erasure-repository.ts";

const dayMs = 24 * 60 * 60_000;

/**
 * `date` (`YYYY-MM-DD`) moved by whole calendar months, forward or back, on the same day of the
 * month or the month's last day when it has fewer: 2027-03-31 one month back is 2027-02-28.
 */
export function addMonths(date: string, months: number): string {
	const { year, month, dayOfMonth } = civilFromDays(toDay(date));
	const index = year * 12 + (month - 1) + months;
	const targetYear = Math.floor(index / 12);
	const targetMonth = index - targetYear * 12 + 1;
	const first = daysFromCivil(targetYear, targetMonth, 1);
	const next = daysFromCivil(
		targetMonth === 12 ? targetYear + 1 : targetYear,
		(targetMonth % 12) + 1,
		1,
	);
	return toIso(first + Math.min(dayOfMonth, next - first) - 1);
}

/** What the rules need of a registration. */
export interface RetainedRegistration {
	state: string;
	createdAt: string;
	confirmedAt: string | null;
}

/**
 * The last day the registration is kept, by the rule that ends it first: `registrationsMonths`
 * after its offering ends (in the plan, or in the history once it moved there; after it was made,
 * when neither gives the offering's end), and for a sign-up whose address was never confirmed,
 * `unconfirmedDays` after it was made.
 */
export function keptUntil(
	registration: RetainedRegistration,
	offeringEnd: string | undefined,
	retention: ResolvedRetention,
	timeZone: string,
): string {
	const made = Date.parse(registration.createdAt);
	// Days as the institution lives them, as its "today" is (context.ts, todayFor).
	const from = offeringEnd ?? localDate(new Date(made), timeZone);
	const byMonths = addMonths(from, retention.registrationsMonths);
	if (!unconfirmedRuleApplies(registration)) return byMonths;
	const unconfirmed = localDate(new Date(made + retention.unconfirmedDays * dayMs), timeZone);
	if (unconfirmed < byMonths) return unconfirmed;
	return byMonths;
}

/**
 * Whether `unconfirmedDays` ends the registration: its address was never confirmed (an interest,
 * an application or a place on the waitlist, or one withdrawn, from the catalogue's double
 * opt-in). One staff added by hand or from a sheet counts as confirmed; one staff enrolled is
 * kept by the months.
 */
function unconfirmedRuleApplies(registration: RetainedRegistration): boolean {
	return registration.confirmedAt === null && registration.state !== "enrolled";
}

/**
 * The limits past which the retention job erases on `today` (the institution's date) at `now`:
 * offerings that ended, and registrations made, more than `registrationsMonths` before today;
 * sign-ups never confirmed (and not enrolled) made more than `unconfirmedDays` before now.
 */
export function retentionLimits(
	today: string,
	now: Date,
	retention: ResolvedRetention,
): RetentionLimits {
	const before = addMonths(today, -retention.registrationsMonths);
	return {
		endedBefore: before,
		madeBefore: before,
		unconfirmedBefore: new Date(now.getTime() - retention.unconfirmedDays * dayMs).toISOString(),
	};
}
