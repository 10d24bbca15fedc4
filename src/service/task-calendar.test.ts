import { describe, expect, it } from "vitest";
import { password, rejection } from "../../test/fixtures/accounts.ts";
import { useContext } from "../../test/fixtures/context.ts";
import { storeTargets } from "../../test/fixtures/stores.ts";
import { setAccountDisabled, updateAccount } from "./account-changes.ts";
import { accountActor, accountByEmail, addAccount } from "./accounts.ts";
import { commandLine } from "./actor.ts";
import { resetPassword } from "./password-changes.ts";
import { calendarUrl, resetCalendar, taskCalendar } from "./task-calendar.ts";

/** The secret at the end of a task calendar's address. */
const secretOf = (url: string) => /\/feeds\/tasks\/([\w-]+)\.ics$/.exec(url)?.[1] ?? "";

describe.each(storeTargets)("task calendars on $name", (target) => {
	const fixture = useContext(target);
	const run = it.skipIf(!target.available);
	/** Kadri, a manager of test-vc linked to no person yet, as the actor of her own session. */
	const kadri = async () => {
		const { id } = await addAccount(fixture.context, {
			email: "kadri@test.ee",
			role: "manager",
			institutionId: "test-vc",
			password,
			personId: null,
		});
		const account = await accountByEmail(fixture.context, "kadri@test.ee");
		if (!account) throw new Error("no account");
		return { id, actor: accountActor(`account:${id}`, account) };
	};

	run(
		"gives the same address on every call until it is reset, which ends the old one",
		async () => {
			const { actor } = await kadri();
			const [url, same] = await Promise.all([
				calendarUrl(fixture.context, actor),
				calendarUrl(fixture.context, actor),
			]);
			expect(url).toMatch(/^https:\/\/kursused\.test\.ee\/feeds\/tasks\/[\w-]{43}\.ics$/);
			expect(same).toBe(url);
			expect(await calendarUrl(fixture.context, actor)).toBe(url);
			const reset = await resetCalendar(fixture.context, actor);
			expect(reset).not.toBe(url);
			expect(await calendarUrl(fixture.context, actor)).toBe(reset);
			const old = await rejection(taskCalendar(fixture.context, secretOf(url)));
			expect(old.code).toBe("not_found");
			expect(old.message).toBe(
				"this calendar address is unknown or was reset: copy the current one from Kairos",
			);
			expect((await taskCalendar(fixture.context, secretOf(reset))).account.email).toBe(
				"kadri@test.ee",
			);
		},
	);

	run("has today's report when the account is linked to a person, and none otherwise", async () => {
		const { id, actor } = await kadri();
		const secret = secretOf(await calendarUrl(fixture.context, actor));
		expect(await taskCalendar(fixture.context, secret)).toMatchObject({
			account: { personId: null },
			report: undefined,
		});
		await updateAccount(fixture.context, commandLine, id, { person: "kadri" });
		const { account, report } = await taskCalendar(fixture.context, secret);
		expect(account.personId).toBe("kadri");
		// The clock's day in Tallinn: the fixture time is 2027-03-01 08:00 UTC.
		expect(report?.today).toBe("2027-03-01");
		expect(report?.offerings.map((offering) => offering.id)).toEqual(["mig-welding"]);
	});

	run("answers nothing for a disabled account, or after its password was reset", async () => {
		const { id, actor } = await kadri();
		const secret = secretOf(await calendarUrl(fixture.context, actor));
		await setAccountDisabled(fixture.context, commandLine, id, true);
		expect((await rejection(taskCalendar(fixture.context, secret))).code).toBe("not_found");
		await setAccountDisabled(fixture.context, commandLine, id, false);
		expect((await taskCalendar(fixture.context, secret)).account.id).toBe(id);
		await resetPassword(fixture.context, commandLine, id);
		expect((await rejection(taskCalendar(fixture.context, secret))).code).toBe("not_found");
		expect(await calendarUrl(fixture.context, actor)).not.toContain(secret);
	});
});
