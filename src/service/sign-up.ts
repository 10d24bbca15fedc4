import { randomBytes, randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import { z } from "zod";
import { contact } from "../model/offering.ts";
import { email, maxLength } from "../model/primitives.ts";
import { problemsFromIssues } from "../model/problems.ts";
import { type RegistrationState, takesPlace } from "../model/registration-lifecycle.ts";
import { lockKeys, lockOfferingRegistrations } from "../store/locks.ts";
import { countMailTo } from "../store/mail-queue-repository.ts";
import {
	confirmRegistration,
	countConfirmedInterest,
	findLiveRegistration,
	findRegistrationByConfirmHash,
	findRegistrationByUnsubscribeHash,
	insertRegistration,
	renewConfirmation,
	unsubscribeRegistration,
} from "../store/registration-repository.ts";
import type { RegistrationRecord } from "../store/registration-rows.ts";
import {
	changeRegistrationState,
	findRegistration,
} from "../store/registration-state-repository.ts";
import { getResource } from "../store/resource-repository.ts";
import type { OfferingBody } from "../store/rows.ts";
import type { Database } from "../store/schema.ts";
import {
	deleteSignUpAttemptsBefore,
	recentSignUpAttempts,
	recordSignUpAttempt,
} from "../store/sign-up-attempt-repository.ts";
import { minute } from "./clock.ts";
import { nowIso, type ServiceContext } from "./context.ts";
import { digest } from "./digest.ts";
import { KairosError, notFound } from "./errors.ts";
import { type LearnerMail, queueLearnerMail } from "./learner-mail.ts";
import { mailQueued } from "./mail-queue.ts";
import { offeringAbout } from "./registration-notices.ts";
import { auditStateChange, fillFreePlaces, learnerActor } from "./registration-places.ts";
import { type ApplicationOutcome, confirmationMail } from "./sign-up-mail.ts";

/** Sign-ups from one address within `addressWindow`; one more is refused. */
const maxSignUpsPerAddress = 5;
const addressWindow = 10 * minute;
/** A repeated sign-up re-sends the confirmation at most this often, so the form cannot flood an inbox. */
const resendInterval = 10 * minute;
/**
 * At most this many confirmation mails go to one address within `recipientWindow`, whatever the
 * offerings and wherever the sign-ups come from: someone signing a stranger up for every course
 * mails them three times, not thirty. Past it the sign-up is kept; its mail can be asked for again.
 */
const maxMailsPerRecipient = 3;
const recipientWindow = 60 * minute;
/** Longest UTM value and referrer kept; longer ones are cut, never refused. */
const maxUtmLength = 200;
const maxReferrerLength = 500;

/** The "notify me" form as the route passes it, with what the mail needs to say. */
export interface InterestSignUp {
	institutionId: string;
	offeringId: string;
	name: string;
	email: string;
	/** Empty counts as not given. */
	phone?: string | undefined;
	/** The page language (`et`, `en`, …): the language of the mails. */
	language: string;
	/** The consent text exactly as the page showed it: purpose and how long the data is kept. */
	consentText: string;
	consentVersion: string;
	/** The hidden field's value; people leave it empty, bots fill it in. */
	honeypot: string;
	utm?:
		| { source?: string | undefined; medium?: string | undefined; campaign?: string | undefined }
		| undefined;
	/** The page's referrer (the `Referer` header or a hidden field), a full URL. */
	referrer?: string | undefined;
	/** The client's IP address. */
	address: string;
	/** The absolute address of `/{lang}/confirm/{token}`. */
	confirmUrl: (token: string) => string;
	/** The absolute address of `/{lang}/unsubscribe/{token}`. */
	unsubscribeUrl: (token: string) => string;
	offeringTitle: string;
	institutionName: string;
	/** The course's contact, named in the mail; replies go there. */
	contact?: { name: string; email: string } | undefined;
}

/** What every accepted sign-up answers, whether or not it was new, so the form reveals nobody. */
export interface SignUpAnswer {
	status: "check-your-email";
}

/** What the confirm and unsubscribe pages need to answer in the registration's language. */
export interface RegistrationLinkResult {
	institutionId: string;
	offeringId: string;
	language: string;
	/** `unsubscribed` when the registration was unsubscribed, even if the link confirms. */
	status: "confirmed" | "unsubscribed";
	/** Where the registration stands: an interest, or an application's state. */
	state: RegistrationState;
}

const blankToUndefined = (value: unknown) =>
	typeof value === "string" && value.trim() === "" ? undefined : value;

const signUpForm = z.object({
	name: z
		.string()
		.trim()
		.min(1, { error: "must not be blank" })
		.max(maxLength.name, { error: `must have at most ${maxLength.name} characters` }),
	// The shared `email` also limits its length.
	email: z.string().trim().toLowerCase().pipe(email),
	phone: z.preprocess(
		blankToUndefined,
		z.string().trim().pipe(contact.shape.phone.unwrap()).optional(),
	),
	language: z.string().trim().min(1, { error: "must not be blank" }),
	consentText: z.string().trim().min(1, { error: "must not be blank" }),
	consentVersion: z.string().trim().min(1, { error: "must not be blank" }),
	address: z.string().trim().min(1, { error: "must not be blank" }),
});

const checkYourEmail: SignUpAnswer = { status: "check-your-email" };

/** A valid sign-up form, as `signUpForm` gives it. */
export type SignUpFields = z.output<typeof signUpForm>;

/** What a sign-up's step works with, inside its transaction, once the limits have passed. */
export interface SignUpStep {
	trx: Transaction<Database>;
	form: SignUpFields;
	at: Date;
	atIso: string;
	/** The offering signed up for, read in the transaction. */
	offering: OfferingBody;
	/** The offering's live registration for the e-mail, if there is one. */
	existing: RegistrationRecord | undefined;
	/** False when the address had its share of mail this hour: the step queues none then. */
	mayMail: boolean;
	/**
	 * Stores a new registration in `state` (with its waitlist number, when waitlisted) and this
	 * sign-up's link tokens; its id, or undefined when a concurrent sign-up stored one first.
	 */
	insert(state: RegistrationState, waitlistOrder?: number): Promise<string | undefined>;
	/**
	 * New links for the existing unconfirmed registration, for a mail about to be queued; false,
	 * changing nothing, when it is confirmed or, unless `evenIfRecent`, was mailed a moment ago.
	 */
	renew(options?: { evenIfRecent: boolean }): Promise<boolean>;
	/** The confirmation mail with this sign-up's links: for an interest, or an application's outcome. */
	confirmation(application?: ApplicationOutcome): LearnerMail;
}

/**
 * The mail a sign-up's step wants queued with what it stored, if any; `queued` when the step
 * queued its mail itself.
 */
export type SignUpOutcome = { mail?: LearnerMail | undefined; queued?: boolean | undefined };

/**
 * The part every sign-up from the public catalogue shares: the form checked, the honeypot, one
 * sign-up at a time per address and e-mail (and per `lockOffering`, the offering's places), the
 * per-address limit, the offering read, and the mail queued with what `step` stored. Returns
 * false for a filled-in honeypot, where nothing is stored or sent.
 */
export async function signUp(
	context: ServiceContext,
	input: InterestSignUp,
	options: { lockOffering: boolean },
	step: (work: SignUpStep) => Promise<SignUpOutcome>,
): Promise<boolean> {
	const { db } = context.store;
	const parsed = signUpForm.safeParse(input);
	if (!parsed.success) {
		throw new KairosError("validation_failed", "the sign-up form has problems", {
			problems: problemsFromIssues(parsed.error.issues),
		});
	}
	if (input.honeypot.trim() !== "") return false;
	const form = parsed.data;
	const at = context.clock();
	const atIso = at.toISOString();
	const tokens = newTokens();
	const channel = channelOf(input.utm, input.referrer);
	const key = { institutionId: input.institutionId, offeringId: input.offeringId };

	const confirmation = (application?: ApplicationOutcome): LearnerMail =>
		confirmationMail({
			language: form.language,
			name: form.name,
			offeringTitle: input.offeringTitle,
			institutionName: input.institutionName,
			contact: input.contact,
			confirmUrl: input.confirmUrl(tokens.confirm),
			unsubscribeUrl: input.unsubscribeUrl(tokens.unsubscribe),
			application,
		});

	// The mail is queued with the registration and sent outside the request, so a new and a
	// known address answer alike and in the same time.
	const queued = await db.transaction().execute(async (trx) => {
		// One sign-up at a time per address and e-mail, so that parallel ones cannot pass a limit.
		const keys = [`sign-up-address:${form.address}`, `sign-up-email:${form.email}`];
		if (options.lockOffering) await lockOfferingRegistrations(trx, key, keys);
		else await lockKeys(trx, keys);
		await refuseWhenLimited(trx, form.address, at);
		const offering = await getResource(trx, "offerings", input.institutionId, input.offeringId);
		if (!offering) throw notFound(`offering ${input.offeringId}`);
		const since = new Date(at.getTime() - recipientWindow).toISOString();
		const existing = await findLiveRegistration(
			trx,
			input.institutionId,
			input.offeringId,
			form.email,
		);
		const outcome = await step({
			trx,
			form,
			at,
			atIso,
			offering: offering.value,
			existing,
			mayMail: (await countMailTo(trx, form.email, since)) < maxMailsPerRecipient,
			insert: async (state, waitlistOrder) => {
				const id = randomUUID();
				const inserted = await insertRegistration(trx, {
					id,
					...key,
					state,
					waitlistOrder,
					name: form.name,
					email: form.email,
					phone: form.phone ?? null,
					language: form.language,
					consentText: input.consentText,
					consentVersion: form.consentVersion,
					...channel,
					address: form.address,
					createdAt: atIso,
					confirmTokenHash: digest(tokens.confirm),
					unsubscribeTokenHash: digest(tokens.unsubscribe),
				});
				return inserted ? id : undefined;
			},
			renew: async (renewing) =>
				existing !== undefined &&
				renewal(trx, existing, tokens, at, renewing?.evenIfRecent ?? false),
			confirmation,
		});
		if (!outcome.mail) return outcome.queued ?? false;
		return queueLearnerMail(
			trx,
			context,
			outcome.mail,
			{ to: form.email, institutionId: input.institutionId },
			atIso,
		);
	});
	if (queued) mailQueued(context);
	return true;
}

/**
 * Registers interest in an offering with double opt-in: stores the sign-up (state `interest`,
 * unconfirmed) and mails a confirmation link and an unsubscribe link. A repeated sign-up for the
 * same offering and e-mail stores nothing new: while unconfirmed it re-sends the confirmation
 * (at most every 10 minutes), once confirmed it does nothing. A filled-in honeypot gets the same
 * answer and nothing is stored or sent. Bad fields are `validation_failed` with a problem each;
 * more than 5 sign-ups from one address in 10 minutes are `rate_limited` with `retryAfter`.
 */
export async function registerInterest(
	context: ServiceContext,
	input: InterestSignUp,
): Promise<SignUpAnswer> {
	await signUp(context, input, { lockOffering: false }, async (work) => {
		// New links only with a new mail: the links of the last mail keep working otherwise.
		if (work.existing)
			return work.mayMail && (await work.renew()) ? { mail: work.confirmation() } : {};
		// Not inserted: a concurrent sign-up stored it first, and that one sends the mail.
		const inserted = await work.insert("interest");
		return inserted !== undefined && work.mayMail ? { mail: work.confirmation() } : {};
	});
	return checkYourEmail;
}

/**
 * Gives an unconfirmed registration new tokens for a fresh mail sent at `at`, unless one went
 * out within the resend interval (and the mail is not `evenIfRecent`). False when no mail is
 * due: the registration is confirmed, or was mailed a moment ago.
 */
async function renewal(
	db: Transaction<Database>,
	existing: RegistrationRecord,
	tokens: Tokens,
	at: Date,
	evenIfRecent: boolean,
): Promise<boolean> {
	if (existing.confirmedAt !== null) return false;
	const lastSentBefore = evenIfRecent ? at : new Date(at.getTime() - resendInterval);
	return renewConfirmation(
		db,
		existing.id,
		{
			confirmTokenHash: digest(tokens.confirm),
			unsubscribeTokenHash: digest(tokens.unsubscribe),
			sentAtIso: at.toISOString(),
		},
		lastSentBefore.toISOString(),
	);
}

interface Tokens {
	confirm: string;
	unsubscribe: string;
}

/** Random link tokens: only their SHA-256 is stored, the tokens themselves go into the mail. */
function newTokens(): Tokens {
	return {
		confirm: randomBytes(32).toString("base64url"),
		unsubscribe: randomBytes(32).toString("base64url"),
	};
}

/**
 * Refuses a sign-up from `address` once it made `maxSignUpsPerAddress` within `addressWindow`,
 * else counts this one, whether or not it stores a registration: a sign-up for an e-mail already
 * registered counts like a new one, so the limit does not tell which e-mails are.
 */
async function refuseWhenLimited(
	db: Transaction<Database>,
	address: string,
	at: Date,
): Promise<void> {
	const since = new Date(at.getTime() - addressWindow).toISOString();
	const recent = await recentSignUpAttempts(db, address, since);
	if (recent.count < maxSignUpsPerAddress || recent.oldest === undefined) {
		await recordSignUpAttempt(db, address, at.toISOString());
		return;
	}
	const retryAt = Date.parse(recent.oldest) + addressWindow;
	const retryAfter = Math.max(1, Math.ceil((retryAt - at.getTime()) / 1000));
	throw new KairosError("rate_limited", `too many sign-ups: try again in ${retryAfter} seconds`, {
		retryAfter,
	});
}

/** Deletes the sign-ups' addresses that the per-address limit no longer counts. */
export async function forgetSignUpAttempts(context: ServiceContext): Promise<void> {
	const before = new Date(context.clock().getTime() - addressWindow).toISOString();
	await deleteSignUpAttemptsBefore(context.store.db, before);
}

/**
 * Where the learner came from: UTM parameters first, else the referrer's host, else `direct`.
 * The referrer is kept without its query and fragment, which may carry personal data.
 */
function channelOf(
	utm: InterestSignUp["utm"],
	referrer: string | undefined,
): Pick<RegistrationRecord, "source" | "utmSource" | "utmMedium" | "utmCampaign" | "referrer"> {
	const utmSource = cut(utm?.source, maxUtmLength);
	const utmMedium = cut(utm?.medium, maxUtmLength);
	const utmCampaign = cut(utm?.campaign, maxUtmLength);
	const page = webAddress(referrer);
	const stored = page ? cut(`${page.origin}${page.pathname}`, maxReferrerLength) : null;
	let source = "direct";
	if (utmSource !== null || utmMedium !== null || utmCampaign !== null)
		source = `utm:${utmSource ?? ""}/${utmMedium ?? ""}/${utmCampaign ?? ""}`;
	else if (page) source = `referrer:${page.host}`;
	return { source, utmSource, utmMedium, utmCampaign, referrer: stored };
}

function cut(value: string | undefined, length: number): string | null {
	const trimmed = value?.trim() ?? "";
	return trimmed === "" ? null : trimmed.slice(0, length);
}

function webAddress(referrer: string | undefined): URL | undefined {
	if (!referrer) return undefined;
	try {
		const url = new URL(referrer.trim());
		return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Confirms the registration behind a confirmation link's token. Idempotent: a second click
 * answers the same. An unsubscribed registration stays unsubscribed. An unknown token (or one
 * replaced by a newer mail) is `not_found`.
 */
export async function confirmInterest(
	context: ServiceContext,
	token: string,
): Promise<RegistrationLinkResult> {
	const { db } = context.store;
	const registration = await findRegistrationByConfirmHash(db, digest(token));
	if (!registration) throw notFound("confirmation link");
	if (registration.unsubscribedAt === null && registration.confirmedAt === null)
		await confirmRegistration(db, registration.id, nowIso(context));
	return linkResult(
		registration,
		registration.unsubscribedAt === null ? "confirmed" : "unsubscribed",
	);
}

/**
 * Unsubscribes the registration behind an unsubscribe link's token: no mail goes to it again,
 * and who it was is forgotten. An application or a place on the waitlist is withdrawn with it;
 * a place it took goes to the next on the waitlist, in the same transaction. Idempotent. An
 * unknown token is `not_found`.
 */
export async function unsubscribe(
	context: ServiceContext,
	token: string,
): Promise<RegistrationLinkResult> {
	const { db } = context.store;
	const registration = await findRegistrationByUnsubscribeHash(db, digest(token));
	if (!registration) throw notFound("unsubscribe link");
	if (registration.unsubscribedAt === null) {
		const promoted = await db.transaction().execute(async (trx) => {
			const at = nowIso(context);
			await lockOfferingRegistrations(trx, registration);
			const withdrawn = await withdrawOnUnsubscribe(trx, registration, at);
			await unsubscribeRegistration(trx, registration.id, at);
			if (!withdrawn) return 0;
			const about = await offeringAbout(trx, registration);
			// A deleted offering has no places to fill.
			if (!about) return 0;
			return (await fillFreePlaces(trx, context, about, learnerActor, at)).length;
		});
		if (promoted > 0) mailQueued(context);
	}
	return linkResult(registration, "unsubscribed");
}

/**
 * Withdraws an application, an enrolment or a place on the waitlist that is being unsubscribed.
 * True when the registration took one of the group's places.
 */
async function withdrawOnUnsubscribe(
	trx: Transaction<Database>,
	registration: RegistrationRecord,
	at: string,
): Promise<boolean> {
	const current = await findRegistration(trx, registration, registration.id);
	if (!current || current.state === "interest" || current.state === "withdrawn") return false;
	const withdrawn = await changeRegistrationState(trx, registration, current.id, {
		from: current.state,
		to: "withdrawn",
		appliedAt: current.appliedAt,
		at,
	});
	if (!withdrawn) return false;
	await auditStateChange(trx, learnerActor, withdrawn, current.state, at);
	return takesPlace(current.state);
}

function linkResult(
	registration: RegistrationRecord,
	status: RegistrationLinkResult["status"],
): RegistrationLinkResult {
	return {
		institutionId: registration.institutionId,
		offeringId: registration.offeringId,
		language: registration.language,
		status,
		state: registration.state,
	};
}

/** How many learners confirmed their interest in the offering and have not unsubscribed. */
export async function interestCount(
	context: ServiceContext,
	institutionId: string,
	offeringId: string,
): Promise<number> {
	return countConfirmedInterest(context.store.db, institutionId, offeringId);
}
