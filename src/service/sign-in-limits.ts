import { randomUUID } from "node:crypto";
import { lockKeys } from "../store/locks.ts";
import {
	clearSignInFailures,
	countSignInFailures,
	deleteSignInAttempt,
	oldestSignInFailure,
	recordSignInFailure,
} from "../store/sign-in-failure-repository.ts";
import { minute } from "./clock.ts";
import type { ServiceContext } from "./context.ts";
import { KairosError } from "./errors.ts";
import { dummyPasswordHash, verifyPassword } from "./passwords.ts";

/** How long a failure counts. */
export const failureWindow = 15 * minute;
const maxFailures = 10;

/**
 * Checks a password under the sign-in limits: more than 10 failures in 15 minutes for any of
 * `keys` is `rate_limited` before the password is looked at. The attempt is counted as a failure
 * first, in one step with the check (so 50 guesses at once still get 10 tries, not 50), and that
 * count is taken back when the password was right; then the failures of `keys[0]`, the one who
 * signs in (the e-mail, or the device), are forgotten too. An unknown account (no hash) is
 * checked against a dummy hash that nothing matches, so it takes as long as a wrong password.
 */
export async function checkPasswordWithinLimits(
	context: ServiceContext,
	attempt: {
		keys: readonly [string, ...string[]];
		passwordHash: string | undefined;
		password: string;
	},
): Promise<boolean> {
	const id = randomUUID();
	await reserveAttempt(context, attempt.keys, id);
	const matches = await verifyPassword(
		attempt.passwordHash ?? (await dummyPasswordHash()),
		attempt.password,
	);
	if (matches) {
		await deleteSignInAttempt(context.store.db, id);
		await clearSignInFailures(context.store.db, attempt.keys[0]);
	}
	return matches;
}

/** Counts the attempt for every key, unless one of them is at the limit already. */
async function reserveAttempt(
	context: ServiceContext,
	keys: readonly string[],
	id: string,
): Promise<void> {
	const at = context.clock();
	const since = new Date(at.getTime() - failureWindow).toISOString();
	const retryAt = await context.store.db.transaction().execute(async (trx) => {
		await lockKeys(trx, keys);
		let latest = 0;
		for (const key of keys) {
			if ((await countSignInFailures(trx, key, since)) < maxFailures) continue;
			const oldest = await oldestSignInFailure(trx, key, since);
			if (oldest !== undefined) latest = Math.max(latest, Date.parse(oldest) + failureWindow);
		}
		if (latest === 0)
			for (const key of keys) await recordSignInFailure(trx, key, at.toISOString(), id);
		return latest;
	});
	if (retryAt === 0) return;
	const retryAfter = Math.max(1, Math.ceil((retryAt - at.getTime()) / 1000));
	throw new KairosError(
		"rate_limited",
		`too many failed sign-ins: try again in ${retryAfter} seconds`,
		{ retryAfter },
	);
}
