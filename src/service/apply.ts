import { applicationState } from "../model/registration-lifecycle.ts";
import type { RegistrationRecord } from "../store/registration-rows.ts";
import {
	changeRegistrationState,
	countPlacesTaken,
	countWaitlisted,
	nextWaitlistOrder,
	type OfferingKey,
	waitlistPosition,
} from "../store/registration-state-repository.ts";
import type { ServiceContext } from "./context.ts";
import { offeringAbout, queueRegistrationNotice } from "./registration-notices.ts";
import { auditStateChange, learnerActor } from "./registration-places.ts";
import { type InterestSignUp, type SignUpOutcome, type SignUpStep, signUp } from "./sign-up.ts";
import type { ApplicationOutcome } from "./sign-up-mail.ts";

/**
 * Applies for an offering from the public catalogue, with the form, limits and double opt-in of
 * "notify me" (`signUp`). While places are free the application takes one (`applied`); once the
 * places taken reach the group's maximum it joins the waitlist (`waitlisted`), and the mail says
 * which place in line it has. Someone who registered interest with the address moves on from
 * it: an unconfirmed address gets the confirmation with the outcome, a confirmed one a mail
 * saying the application arrived. Applying again changes nothing and, while unconfirmed,
 * re-sends the confirmation at most every 10 minutes.
 *
 * The answer is what an application made now gets, whether or not the address is new, so the
 * page reveals nothing about anyone: a place, or the waitlist place a newcomer would have.
 */
export async function applyForOffering(
	context: ServiceContext,
	input: InterestSignUp,
): Promise<ApplicationOutcome> {
	let answer: ApplicationOutcome = { state: "applied" };
	await signUp(context, input, { lockOffering: true }, async (work) => {
		const key = { institutionId: input.institutionId, offeringId: input.offeringId };
		const state = applicationState(
			await countPlacesTaken(work.trx, key),
			work.offering.participants.max,
		);
		answer =
			state === "applied"
				? { state }
				: { state, position: (await countWaitlisted(work.trx, key)) + 1 };
		const { existing } = work;
		if (!existing) {
			const waitlistOrder =
				state === "waitlisted" ? await nextWaitlistOrder(work.trx, key) : undefined;
			const inserted = await work.insert(state, waitlistOrder);
			return inserted !== undefined && work.mayMail ? { mail: work.confirmation(answer) } : {};
		}
		if (existing.state === "interest") return fromInterest(context, work, key, existing, answer);
		return applyingAgain(work, existing);
	});
	return answer;
}

/** An interest becomes an application: the change, its audit entry, and the mail that says so. */
async function fromInterest(
	context: ServiceContext,
	work: SignUpStep,
	key: OfferingKey,
	existing: RegistrationRecord,
	outcome: ApplicationOutcome,
): Promise<SignUpOutcome> {
	const changed = await changeRegistrationState(work.trx, key, existing.id, {
		from: "interest",
		to: outcome.state,
		appliedAt: null,
		waitlistOrder:
			outcome.state === "waitlisted" ? await nextWaitlistOrder(work.trx, key) : undefined,
		at: work.atIso,
	});
	if (!changed) return {};
	await auditStateChange(work.trx, learnerActor, changed, "interest", work.atIso);
	if (!work.mayMail) return {};
	// A state change happens once, so its mail goes out even right after the interest's own.
	if (changed.confirmedAt === null)
		return (await work.renew({ evenIfRecent: true })) ? { mail: work.confirmation(outcome) } : {};
	const about = await offeringAbout(work.trx, key);
	if (!about) return {};
	const queued = await queueRegistrationNotice(
		work.trx,
		context,
		changed,
		{ kind: "application-received", outcome },
		about,
		work.atIso,
	);
	return { queued };
}

/** An application made again: only an unconfirmed address hears again, of where it stands. */
async function applyingAgain(
	work: SignUpStep,
	existing: RegistrationRecord,
): Promise<SignUpOutcome> {
	if (!work.mayMail || !(await work.renew())) return {};
	const outcome: ApplicationOutcome =
		existing.state === "waitlisted"
			? { state: "waitlisted", position: await waitlistPosition(work.trx, existing) }
			: { state: "applied" };
	return { mail: work.confirmation(outcome) };
}
