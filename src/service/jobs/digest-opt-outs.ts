import {
	deleteDigestOptOut,
	digestOptOutsOf,
	insertDigestOptOut,
} from "../../store/digest-opt-out-repository.ts";
import { accountOfActor } from "../accounts.ts";
import type { Actor } from "../actor.ts";
import { nowIso, type ServiceContext } from "../context.ts";
import { KairosError } from "../errors.ts";
import { signature, signatureMatches, signingKey } from "../signing-keys.ts";

const keyName = "digest-opt-out";

/** Whose digests an opt-out link stands for. */
export interface DigestRecipient {
	institutionId: string;
	personId: string;
}

/**
 * The public link a digest carries to stop the digests: `/<language>/digests/opt-out/<token>`,
 * the token naming the institution and the person, signed with a key only the server knows.
 * It stays the same for good, so every digest's link works, and opts out only that person.
 */
export async function optOutUrl(
	context: ServiceContext,
	language: string,
	recipient: DigestRecipient,
): Promise<string> {
	const payload = Buffer.from(`${recipient.institutionId}/${recipient.personId}`).toString(
		"base64url",
	);
	const signed = signature(await signingKey(context, keyName), payload);
	return `${context.publicUrl}/${language}/digests/opt-out/${payload}.${signed}`;
}

/** The person an opt-out token names; `not_found` when it is not one this server signed. */
async function recipientOf(context: ServiceContext, token: string): Promise<DigestRecipient> {
	const [payload = "", signed = "", ...rest] = token.split(".");
	const valid =
		rest.length === 0 && signatureMatches(await signingKey(context, keyName), payload, signed);
	const [institutionId, personId] = valid
		? Buffer.from(payload, "base64url").toString().split("/")
		: [];
	if (!institutionId || !personId)
		throw new KairosError("not_found", "this link is not a digest's opt-out link");
	return { institutionId, personId };
}

/**
 * Records what an opt-out link's page asked: no more digests (`optedOut`), or them again.
 * Returns whose they are.
 */
export async function setDigestsByLink(
	context: ServiceContext,
	token: string,
	optedOut: boolean,
): Promise<DigestRecipient> {
	const recipient = await recipientOf(context, token);
	await setOptOut(context, recipient, optedOut);
	return recipient;
}

/** Whether the signed-in person gets the task digests; `person` null when the account is nobody of a plan. */
export interface DigestSubscription {
	person: string | null;
	optedOut: boolean;
}

/** The actor's own digest subscription. */
export async function digestSubscription(
	context: ServiceContext,
	actor: Actor,
): Promise<DigestSubscription> {
	const recipient = await recipientOfActor(context, actor);
	if (!recipient) return { person: null, optedOut: false };
	const optedOut = await digestOptOutsOf(context.store.db, recipient.institutionId);
	return { person: recipient.personId, optedOut: optedOut.has(recipient.personId) };
}

/** Stops or restarts the actor's own digests; `conflict` for an account that is nobody of a plan. */
export async function setOwnDigests(
	context: ServiceContext,
	actor: Actor,
	optedOut: boolean,
): Promise<DigestSubscription> {
	const recipient = await recipientOfActor(context, actor);
	if (!recipient)
		throw new KairosError(
			"conflict",
			"your account is not linked to a person of the plan, so no digest is sent to it",
		);
	await setOptOut(context, recipient, optedOut);
	return { person: recipient.personId, optedOut };
}

async function recipientOfActor(
	context: ServiceContext,
	actor: Actor,
): Promise<DigestRecipient | undefined> {
	const account = await accountOfActor(context, actor);
	return account.institutionId === null || account.personId === null
		? undefined
		: { institutionId: account.institutionId, personId: account.personId };
}

function setOptOut(
	context: ServiceContext,
	recipient: DigestRecipient,
	optedOut: boolean,
): Promise<void> {
	const { db } = context.store;
	return optedOut
		? insertDigestOptOut(db, recipient.institutionId, recipient.personId, nowIso(context))
		: deleteDigestOptOut(db, recipient.institutionId, recipient.personId);
}
