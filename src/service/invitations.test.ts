import { describe, expect, it } from "vitest";
import { password, rejection } from "../../test/fixtures/accounts.ts";
import { harnessPlans } from "../../test/fixtures/api.ts";
import { unfolded, useContext } from "../../test/fixtures/context.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import { setAccountDisabled } from "./account-changes.ts";
import { accountByEmail, addAccount } from "./accounts.ts";
import { commandLine } from "./actor.ts";
import { auditLog } from "./institutions.ts";
import {
	acceptInvitation,
	type Invitation,
	invitationOf,
	inviteAccount,
	reinviteAccount,
} from "./invitations.ts";
import { deliverQueuedMail } from "./mail-queue.ts";
import { resetPassword } from "./password-changes.ts";
import { authenticateSession, signIn } from "./sessions.ts";

const chosen = "my own passphrase for kairos";
const day = 24 * 60 * 60_000;
const mart: Invitation = {
	email: "Mart@Test.ee",
	role: "pedagogy",
	institutionId: "test-vc",
	personId: "mart",
};

/** The token at the end of a link to the staff app's invitation page. */
const tokenOf = (url: string) => /\/app\/invitation\/([\w-]+)$/.exec(url)?.[1] ?? "";

describe.each(storeTargets)("invitations on $name", (target) => {
	const fixture = useContext(target, harnessPlans());
	const run = it.skipIf(!target.available);
	const signInAs = (email: string, secret: string) =>
		signIn(fixture.context, { email, password: secret, address: "192.0.2.1" });

	run(
		"mails the link, shows whom it invites, and signs the person in once they set a password",
		async () => {
			const invited = await inviteAccount(fixture.context, commandLine, mart);
			expect(invited.account).toMatchObject({
				email: "mart@test.ee",
				// Named after the person of the plan when the invitation gives no name.
				name: "Mart Kask",
				role: "pedagogy",
				institutionId: "test-vc",
				personId: "mart",
				invitationExpiresAt: new Date(
					Date.parse(invited.account.createdAt) + 7 * day,
				).toISOString(),
			});
			expect(invited.invitationUrl).toMatch(
				/^https:\/\/kursused\.test\.ee\/app\/invitation\/[\w-]{43}$/,
			);
			expect(await deliverQueuedMail(fixture.context)).toEqual({ sent: 1, failed: 0 });
			const [mail] = fixture.mails().map(unfolded);
			expect(mail).toMatch(/^To: mart@test\.ee/m);
			// The institution's first language is Estonian.
			expect(mail).toMatch(/^Subject: Kutse Kairosesse: Test Vocational College\r?$/m);
			expect(mail).toContain(invited.invitationUrl);
			expect(mail).toContain(`<a href=3D"${invited.invitationUrl}">Vali parool</a>`);

			const token = tokenOf(invited.invitationUrl);
			const pending = await invitationOf(fixture.context, token);
			expect(pending).toEqual({
				account: invited.account,
				institutionName: "Test Vocational College",
				expiresAt: invited.account.invitationExpiresAt,
			});

			const signedIn = await acceptInvitation(fixture.context, token, chosen);
			expect(signedIn.account).toMatchObject({ email: "mart@test.ee", invitationExpiresAt: null });
			expect(await authenticateSession(fixture.context, signedIn.token)).toMatchObject({
				actor: { role: "pedagogy", institutionId: "test-vc" },
			});
			expect((await signInAs("mart@test.ee", chosen)).account.personId).toBe("mart");
			expect(
				(await accountByEmail(fixture.context, "mart@test.ee"))?.invitationExpiresAt,
			).toBeNull();
			const actions = (await auditLog(fixture.context, "test-vc", { limit: 5 })).map(
				(entry) => `${entry.action} ${entry.actor}`,
			);
			expect(actions).toEqual([`accept-invitation account:${invited.account.id}`, "invite cli"]);
			expect(
				JSON.stringify(await auditLog(fixture.context, "test-vc", { limit: 5 })),
			).not.toContain(token);
		},
	);

	run("refuses a used, expired, unknown or withdrawn link with one message", async () => {
		const message =
			"this invitation link is unknown, used or expired: ask an administrator to invite you again";
		const used = tokenOf((await inviteAccount(fixture.context, commandLine, mart)).invitationUrl);
		await acceptInvitation(fixture.context, used, chosen);
		const later = await inviteAccount(fixture.context, commandLine, {
			email: "liis@test.ee",
			role: "marketing",
			institutionId: "test-vc",
		});
		const expiring = tokenOf(later.invitationUrl);
		const withdrawn = await inviteAccount(fixture.context, commandLine, {
			email: "anu@test.ee",
			role: "support",
			institutionId: "test-vc",
		});
		await setAccountDisabled(fixture.context, commandLine, withdrawn.account.id, true);
		fixture.clock.advance(7 * day - 1);
		expect((await invitationOf(fixture.context, expiring)).account.email).toBe("liis@test.ee");
		fixture.clock.advance(1);
		for (const token of [used, expiring, "no-such-token", tokenOf(withdrawn.invitationUrl)]) {
			for (const attempt of [
				() => invitationOf(fixture.context, token),
				() => acceptInvitation(fixture.context, token, chosen),
			]) {
				const error = await rejection(attempt());
				expect(error.code).toBe("not_found");
				expect(error.message).toBe(message);
			}
		}
		// The used link set nothing again: the password is still the one chosen with it.
		expect((await signInAs("mart@test.ee", chosen)).account.email).toBe("mart@test.ee");
	});

	run("lets no password sign in to an account whose invitation is pending", async () => {
		await inviteAccount(fixture.context, commandLine, mart);
		for (const guess of [password, chosen, ""]) {
			const error = await rejection(signInAs("mart@test.ee", guess));
			expect(error.code).toBe("unauthorized");
			expect(error.message).toBe("wrong e-mail or password");
		}
	});

	run("accepts a link once when two people use it at the same moment", async () => {
		const token = tokenOf((await inviteAccount(fixture.context, commandLine, mart)).invitationUrl);
		const results = await Promise.allSettled([
			acceptInvitation(fixture.context, token, chosen),
			acceptInvitation(fixture.context, token, "another passphrase, not mine"),
		]);
		expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
		const winner = results.findIndex((result) => result.status === "fulfilled");
		const kept = winner === 0 ? chosen : "another passphrase, not mine";
		expect((await signInAs("mart@test.ee", kept)).account.email).toBe("mart@test.ee");
		const accepted = (await auditLog(fixture.context, "test-vc", { limit: 10 })).filter(
			(entry) => entry.action === "accept-invitation",
		);
		expect(accepted).toHaveLength(1);
	});

	run("keeps the link usable when the password breaks the rules", async () => {
		const token = tokenOf((await inviteAccount(fixture.context, commandLine, mart)).invitationUrl);
		const error = await rejection(acceptInvitation(fixture.context, token, "too short"));
		expect(error.code).toBe("validation_failed");
		expect(error.problems).toEqual([
			{ path: "password", message: "must have 12 to 1024 characters" },
		]);
		expect((await acceptInvitation(fixture.context, token, chosen)).account.email).toBe(
			"mart@test.ee",
		);
	});

	run("replaces a pending invitation when inviting again, and mails the new link", async () => {
		const first = await inviteAccount(fixture.context, commandLine, mart);
		fixture.clock.advance(8 * day);
		const second = await reinviteAccount(fixture.context, commandLine, first.account.id);
		expect(second.invitationUrl).not.toBe(first.invitationUrl);
		expect(second.account.invitationExpiresAt).toBe(
			new Date(fixture.clock.now().getTime() + 7 * day).toISOString(),
		);
		expect(
			(await rejection(invitationOf(fixture.context, tokenOf(first.invitationUrl)))).code,
		).toBe("not_found");
		await deliverQueuedMail(fixture.context);
		const mails = fixture.mails().map(unfolded);
		expect(mails).toHaveLength(2);
		expect(mails[1]).toContain(second.invitationUrl);
		await acceptInvitation(fixture.context, tokenOf(second.invitationUrl), chosen);
		const accepted = await rejection(
			reinviteAccount(fixture.context, commandLine, first.account.id),
		);
		expect(accepted.code).toBe("conflict");
		expect(accepted.message).toBe(
			"mart@test.ee has a password of its own: reset the password instead of inviting again",
		);
	});

	run("invites a disabled account again only once it is enabled", async () => {
		const { account } = await inviteAccount(fixture.context, commandLine, mart);
		await setAccountDisabled(fixture.context, commandLine, account.id, true);
		expect(
			(await rejection(reinviteAccount(fixture.context, commandLine, account.id))).message,
		).toBe("mart@test.ee is disabled: enable the account first");
		await setAccountDisabled(fixture.context, commandLine, account.id, false);
		const again = await reinviteAccount(fixture.context, commandLine, account.id);
		expect((await invitationOf(fixture.context, tokenOf(again.invitationUrl))).account.id).toBe(
			account.id,
		);
	});

	run("names every problem of an invitation by the API's fields, and a taken e-mail", async () => {
		const error = await rejection(
			inviteAccount(fixture.context, commandLine, {
				email: "not an address",
				role: "manager",
				institutionId: "test-vc",
				personId: "nobody",
			}),
		);
		expect(error.code).toBe("validation_failed");
		expect(error.problems).toEqual([
			{ path: "email", message: '"not an address" is not an e-mail address' },
			{ path: "person", message: '"nobody" is not a person of the plan of test-vc' },
		]);
		const admin = await rejection(
			inviteAccount(fixture.context, commandLine, {
				email: "root@test.ee",
				role: "admin",
				institutionId: "test-vc",
			}),
		);
		expect(admin.problems).toEqual([
			{ path: "institution", message: "an administrator belongs to no institution" },
		]);
		const elsewhere = await rejection(
			inviteAccount(fixture.context, commandLine, { ...mart, institutionId: "nowhere-vc" }),
		);
		expect(elsewhere.problems).toEqual([
			{ path: "institution", message: 'institution "nowhere-vc" does not exist' },
		]);
		await addAccount(fixture.context, {
			email: "mart@test.ee",
			role: "viewer",
			institutionId: "test-vc",
			password,
		});
		expect((await rejection(inviteAccount(fixture.context, commandLine, mart))).code).toBe(
			"conflict",
		);
		expect(fixture.mails()).toEqual([]);
		await deliverQueuedMail(fixture.context);
		expect(fixture.mails()).toEqual([]);
	});

	run(
		"counts no pending administrator as one who can sign in, and resets no pending password",
		async () => {
			const root = await addAccount(fixture.context, {
				email: "root@test.ee",
				role: "admin",
				institutionId: null,
				password,
			});
			const invited = await inviteAccount(fixture.context, commandLine, {
				email: "second@test.ee",
				name: "Second Admin",
				role: "admin",
				institutionId: null,
			});
			const last = await rejection(setAccountDisabled(fixture.context, commandLine, root.id, true));
			expect(last.code).toBe("conflict");
			const reset = await rejection(
				resetPassword(fixture.context, commandLine, invited.account.id),
			);
			expect(reset.message).toBe(
				"second@test.ee has not accepted the invitation yet: invite the account again instead",
			);
			await acceptInvitation(fixture.context, tokenOf(invited.invitationUrl), chosen);
			await setAccountDisabled(fixture.context, commandLine, root.id, true);
			expect((await accountByEmail(fixture.context, "root@test.ee"))?.disabledAt).not.toBeNull();
		},
	);
});
