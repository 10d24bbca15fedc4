import { describe, expect, it } from "vitest";
import { testContext } from "../../test/fixtures/context.ts";
import { storeTargets, useStore } from "../../test/fixtures/stores.ts";
import { deliverQueuedMail, forgetFinishedMail, queueMail } from "./mail-queue.ts";
import type { Mailer, MailMessage } from "./mailer.ts";

/** A mailer that keeps what it is asked to send, and takes a moment over each mail. */
function slowRecordingMailer(sent: MailMessage[]): Mailer {
	return {
		async send(message) {
			await new Promise((resolve) => setTimeout(resolve, 5));
			sent.push(message);
		},
	};
}

describe.each(storeTargets)("the mail queue on $name", (target) => {
	const fixture = useStore(target);

	it.skipIf(!target.available)(
		"sends each queued mail once, however many senders run at the same moment",
		async () => {
			const sent: MailMessage[] = [];
			const senders = [1, 2, 3].map(() =>
				testContext(fixture.store, { mailer: slowRecordingMailer(sent) }),
			);
			const [first] = senders;
			if (!first) throw new Error("no sender");
			first.clock.set("2027-05-03T08:00:00.000Z");
			await fixture.store.db.transaction().execute(async (trx) => {
				for (let index = 0; index < 12; index++)
					await queueMail(
						trx,
						{ to: `learner-${index}@example.ee`, subject: "Hello", text: "Hello" },
						"2027-05-03T08:00:00.000Z",
					);
			});
			for (const sender of senders) sender.clock.set("2027-05-03T08:00:01.000Z");
			const deliveries = await Promise.all(
				senders.map(({ context }) => deliverQueuedMail(context)),
			);
			expect(deliveries.reduce((total, delivery) => total + delivery.sent, 0)).toBe(12);
			expect(new Set(sent.map((message) => message.to)).size).toBe(12);
			expect(sent).toHaveLength(12);
		},
	);

	it.skipIf(!target.available)("forgets what it kept of a sent mail after 30 days", async () => {
		const sent: MailMessage[] = [];
		const { context, clock } = testContext(fixture.store, { mailer: slowRecordingMailer(sent) });
		clock.set("2027-05-03T08:00:00.000Z");
		await fixture.store.db
			.transaction()
			.execute((trx) =>
				queueMail(
					trx,
					{ to: "mari@example.ee", subject: "Hi", text: "Hi" },
					"2027-05-03T08:00:00.000Z",
				),
			);
		await deliverQueuedMail(context);
		clock.set("2027-06-01T08:00:00.000Z");
		expect(await forgetFinishedMail(context)).toBe(0);
		clock.set("2027-06-03T08:00:01.000Z");
		expect(await forgetFinishedMail(context)).toBe(1);
		expect(await fixture.store.db.selectFrom("mail_queue").selectAll().execute()).toEqual([]);
	});
});
