import { randomBytes } from "node:crypto";
import type { PlanReport } from "../model/report.ts";
import {
	findAccountByCalendar,
	findCalendarToken,
	setCalendarToken,
} from "../store/calendar-repository.ts";
import { type Account, accountIdOf, accountOf } from "./accounts.ts";
import type { Actor } from "./actor.ts";
import type { ServiceContext } from "./context.ts";
import { digest } from "./digest.ts";
import { KairosError } from "./errors.ts";
import { plannedInstitution } from "./plans.ts";

/**
 * The address of the actor's personal task calendar, made on first use and the same on every
 * later call until it is reset. The secret in it is a random 32-byte token, kept as it is (like
 * the bearer token an integration is given, but shown again, as a calendar app needs the same
 * address for good); requests are looked up by its SHA-256, so the time a lookup takes tells
 * nothing about it. It shows one person's task dates, no more.
 */
export async function calendarUrl(context: ServiceContext, actor: Actor): Promise<string> {
	const accountId = accountIdOf(actor);
	const { db } = context.store;
	const existing = await findCalendarToken(db, accountId);
	if (existing !== undefined) return feedUrl(context, existing);
	// Of two first calls at once, one writes its secret; both then read the one that was written.
	await setCalendarToken(db, accountId, newCalendarToken(), { onlyIfNone: true });
	const token = await findCalendarToken(db, accountId);
	if (token === undefined) throw new Error(`account ${accountId} has no calendar secret`);
	return feedUrl(context, token);
}

/** A new address for the actor's task calendar: the old one answers 404 at once. */
export async function resetCalendar(context: ServiceContext, actor: Actor): Promise<string> {
	const calendar = newCalendarToken();
	await setCalendarToken(context.store.db, accountIdOf(actor), calendar, { onlyIfNone: false });
	return feedUrl(context, calendar.token);
}

/** What a task calendar shows: whose it is, and the report of their institution's plan. */
export interface TaskCalendar {
	account: Account;
	/** Today's report of the account's institution; undefined when it is linked to no person. */
	report: PlanReport | undefined;
}

/**
 * The task calendar of a feed's secret: the account and, when it is linked to a person of its
 * institution's plan, the report as of the institution's today, whose milestones that person
 * owns are the calendar's events. An unknown or reset secret, or a disabled account, is
 * `not_found`.
 */
export async function taskCalendar(context: ServiceContext, token: string): Promise<TaskCalendar> {
	const record = await findAccountByCalendar(context.store.db, digest(token));
	if (!record)
		throw new KairosError(
			"not_found",
			"this calendar address is unknown or was reset: copy the current one from Kairos",
		);
	const account = accountOf(record);
	const report =
		account.institutionId === null || account.personId === null
			? undefined
			: (await plannedInstitution(context, account.institutionId)).report;
	return { account, report };
}

function newCalendarToken() {
	const token = randomBytes(32).toString("base64url");
	return { token, tokenHash: digest(token) };
}

/** The feed's address at the public address. */
function feedUrl(context: ServiceContext, token: string): string {
	return `${context.publicUrl}/feeds/tasks/${token}.ics`;
}
