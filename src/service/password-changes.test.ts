import { describe, expect, it } from "vitest";
import { password, rejection, staff } from "../../test/fixtures/accounts.ts";
import { useContext } from "../../test/fixtures/context.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import { findAccountById } from "../store/account-repository.ts";
import { addAccount } from "./accounts.ts";
import { commandLine } from "./actor.ts";
import { auditLog } from "./institutions.ts";
import { changeOwnPassword, resetPassword } from "./password-changes.ts";
import { authenticateSession, signIn } from "./sessions.ts";

const chosen = "my very own passphrase";

describe.each(storeTargets)("password changes on $name", (target) => {
	const fixture = useContext(target);
	const signInAs = (email: string, secret = password, address = "192.0.2.20") =>
		signIn(fixture.context, { email, password: secret, address });

	it.skipIf(!target.available)(
		"replaces a one-time password, ends the other sessions and audits it without the passwords",
		async () => {
			await addAccount(fixture.context, {
				email: "first-day@test.ee",
				role: "support",
				institutionId: "test-vc",
				password,
				mustChangePassword: true,
			});
			const elsewhere = await signInAs("first-day@test.ee");
			const here = await signInAs("first-day@test.ee");
			expect(here.account.mustChangePassword).toBe(true);
			const changed = await changeOwnPassword(fixture.context, here.actor, {
				currentPassword: password,
				newPassword: chosen,
				address: "192.0.2.20",
				sessionToken: here.token,
			});
			expect(changed.mustChangePassword).toBe(false);
			expect(await authenticateSession(fixture.context, elsewhere.token)).toBeUndefined();
			expect((await authenticateSession(fixture.context, here.token))?.account).toMatchObject({
				mustChangePassword: false,
			});
			expect((await rejection(signInAs("first-day@test.ee"))).code).toBe("unauthorized");
			await expect(signInAs("first-day@test.ee", chosen)).resolves.toBeDefined();
			const [entry] = await auditLog(fixture.context, "test-vc", { limit: 1 });
			expect(entry).toMatchObject({
				actor: here.actor.label,
				action: "change-password",
				entity: "account",
				entityId: here.account.id,
				before: null,
				after: { email: "first-day@test.ee" },
			});
			expect(JSON.stringify(entry)).not.toContain(chosen);
			expect(JSON.stringify(entry)).not.toContain(password);
		},
	);

	it.skipIf(!target.available)(
		"refuses a wrong current password as a failed sign-in, up to the limit",
		async () => {
			await staff(fixture.context, "guarded@test.ee");
			const { actor, token } = await signInAs("guarded@test.ee");
			const change = (currentPassword: string) =>
				changeOwnPassword(fixture.context, actor, {
					currentPassword,
					newPassword: chosen,
					address: "198.51.100.20",
					sessionToken: token,
				});
			for (let attempt = 0; attempt < 10; attempt++) {
				const wrong = await rejection(change(`not it ${attempt} at all`));
				expect(wrong.code).toBe("validation_failed");
				expect(wrong.problems).toEqual([
					{ path: "currentPassword", message: "is not your current password" },
				]);
			}
			expect((await rejection(change(password))).code).toBe("rate_limited");
			expect((await rejection(signInAs("guarded@test.ee"))).code).toBe("rate_limited");
		},
	);

	it.skipIf(!target.available)(
		"holds the new password to the rules of every password, and to differ from the old",
		async () => {
			await staff(fixture.context, "rules@test.ee");
			const { actor, token } = await signInAs("rules@test.ee");
			const change = (newPassword: string) =>
				rejection(
					changeOwnPassword(fixture.context, actor, {
						currentPassword: password,
						newPassword,
						address: "192.0.2.21",
						sessionToken: token,
					}),
				);
			expect((await change("too short")).problems).toEqual([
				{ path: "newPassword", message: "must have 12 to 1024 characters" },
			]);
			expect((await change(password)).problems).toEqual([
				{ path: "newPassword", message: "must differ from the current password" },
			]);
			await expect(signInAs("rules@test.ee")).resolves.toBeDefined();
		},
	);

	it.skipIf(!target.available)(
		"resets a password to a one-time one that must be changed, and ends the sessions",
		async () => {
			const { id } = await staff(fixture.context, "forgot@test.ee");
			const before = await signInAs("forgot@test.ee");
			const reset = await resetPassword(fixture.context, commandLine, id);
			expect(reset.password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
			expect(reset.account).toMatchObject({ email: "forgot@test.ee", mustChangePassword: true });
			expect(await authenticateSession(fixture.context, before.token)).toBeUndefined();
			expect((await rejection(signInAs("forgot@test.ee"))).code).toBe("unauthorized");
			const after = await signInAs("forgot@test.ee", reset.password);
			expect(after.account.mustChangePassword).toBe(true);
			expect((await findAccountById(fixture.store.db, id))?.mustChangePassword).toBe(true);
			const [entry] = await auditLog(fixture.context, "test-vc", { limit: 1 });
			expect(entry).toMatchObject({ actor: "cli", action: "reset-password", entityId: id });
			expect(JSON.stringify(entry)).not.toContain(reset.password);
			expect((await rejection(resetPassword(fixture.context, commandLine, "nobody"))).code).toBe(
				"not_found",
			);
		},
	);

	it.skipIf(!target.available)(
		"hides another institution's accounts from a reset by its staff",
		async () => {
			const { id } = await staff(fixture.context, "elsewhere@test.ee");
			const outsider = { ...commandLine, label: "account:x", institutionId: "other-vc" };
			expect((await rejection(resetPassword(fixture.context, outsider, id))).code).toBe(
				"not_found",
			);
		},
	);
});
