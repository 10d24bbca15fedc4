import { randomBytes } from "node:crypto";
import type { ServiceContext } from "./context.ts";
import { signature, signatureMatches, signingKey } from "./signing-keys.ts";

/** How long a browser stays a known device of its account after a sign-in. */
const deviceLifetime = 365 * 24 * 60 * 60_000;

/**
 * A device cookie (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): set by a
 * successful sign-in, it names the account and is signed with a key only the server knows. A
 * later sign-in to that account that shows it is counted against this device alone, so someone
 * who guesses the account's password from elsewhere cannot lock its owner out.
 */
export interface DeviceCookie {
	value: string;
	/** ISO 8601, a year after it was issued. */
	expiresAt: string;
}

/** A new device cookie for the account: `<account id>.<issued, ms>.<nonce>.<signature>`. */
export async function issueDeviceCookie(
	context: ServiceContext,
	accountId: string,
): Promise<DeviceCookie> {
	const issued = context.clock().getTime();
	const payload = `${accountId}.${issued}.${randomBytes(16).toString("base64url")}`;
	return {
		value: `${payload}.${signature(await signingKey(context, "device-cookie"), payload)}`,
		expiresAt: new Date(issued + deviceLifetime).toISOString(),
	};
}

/**
 * The device a cookie stands for (its nonce) when it is one this server signed for `accountId`
 * less than a year ago; otherwise undefined, and the sign-in counts as from an unknown device.
 */
export async function deviceOf(
	context: ServiceContext,
	cookie: string | undefined,
	accountId: string,
): Promise<string | undefined> {
	const parts = cookie?.split(".");
	if (parts?.length !== 4) return undefined;
	const [account, issued, nonce, signed] = parts as [string, string, string, string];
	const key = await signingKey(context, "device-cookie");
	if (!signatureMatches(key, `${account}.${issued}.${nonce}`, signed)) return undefined;
	const age = context.clock().getTime() - Number(issued);
	if (account !== accountId || !(age >= 0 && age < deviceLifetime)) return undefined;
	return nonce;
}
