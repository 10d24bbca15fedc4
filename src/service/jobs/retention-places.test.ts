import { describe, expect, it } from "vitest";
import { useContext } from "../../../test/fixtures/context.ts";
import { planWith } from "../../../test/fixtures/plans.ts";
import { deliveredMails, learnerForm, subjectOf } from "../../../test/fixtures/registrations.ts";
import { storeTargets } from "../../../test/fixtures/stores.ts";
import type { Actor } from "../actor.ts";
import { applyForOffering } from "../apply.ts";
import { minute } from "../clock.ts";
import { addRegistration } from "../staff-registrations.ts";
import { onJobRequested } from "./job.ts";
import { registrationNoticesJob } from "./registration-notices-job.ts";
import { retentionJob } from "./retention-job.ts";

const day = 24 * 60 * minute;
const key = { institutionId: "test-vc", offeringId: "mig-welding" };
const support: Actor = {
	label: "account:support",
	role: "support",
	accountId: "support",
	institutionId: "test-vc",
};

describe.each(storeTargets)("retention and the group's places on $name", (target) => {
	const tested = useContext(target, [planWith({ participants: { min: 1, max: 1 } })]);

	it.skipIf(!target.available)(
		"erases an application never confirmed after its days, keeps one staff added, and gives the freed place to the waitlist",
		async () => {
			const { context, clock } = tested;
			const ann = learnerForm({ name: "Ann", email: "ann@example.ee" });
			expect(await applyForOffering(context, ann)).toEqual({ state: "applied" });
			// Staff add Ben by hand: the group is full, so he waits; his address counts as confirmed.
			const ben = await addRegistration(
				context,
				key,
				{ name: "Ben", email: "ben@example.ee", state: "applied" },
				support,
			);
			expect(ben.state).toBe("waitlisted");
			const requested: string[] = [];
			const stop = onJobRequested(context, (name) => requested.push(name));

			clock.advance(31 * day);
			expect(await retentionJob.run(context)).toMatchObject({ registrations: 1 });
			const left = await context.store.db
				.selectFrom("registrations")
				.select(["email", "state"])
				.execute();
			expect(left).toEqual([{ email: "ben@example.ee", state: "waitlisted" }]);
			expect(requested).toEqual(["registration-notices"]);
			stop();

			expect(await registrationNoticesJob.run(context)).toMatchObject({ promoted: 1 });
			const mails = await deliveredMails(context, tested.mails);
			// Ann's confirmation, never sent here, went with her data; Ben's promotion links to his.
			expect(mails.map(subjectOf)).toEqual(["Sulle vabanes koht: MIG/MAG welding basics"]);
			expect(mails[0]).toMatch(/\/et\/my-data\/[A-Za-z0-9_-]{43}/);
		},
	);
});
