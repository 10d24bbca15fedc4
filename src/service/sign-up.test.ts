import { describe, expect, it } from "vitest";
import { minute, rejection, sha256 } from "../../test/fixtures/accounts.ts";
import { testContext } from "../../test/fixtures/context.ts";
import { healthyOffering, healthyPlan } from "../../test/fixtures/plans.ts";
import { seedPlans, storeTargets, useStore } from "../../test/fixtures/stores.ts";
import { KairosError } from "./errors.ts";
import { deliverQueuedMail } from "./mail-queue.ts";
import type { Mailer, MailMessage } from "./mailer.ts";
import {
	confirmInterest,
	type InterestSignUp,
	interestCount,
	registerInterest,
	unsubscribe,
} from "./sign-up.ts";

/** A mailer that keeps what it is asked to send. */
function recordingMailer(): Mailer & { sent: MailMessage[] } {
	const sent: MailMessage[] = [];
	return {
		sent,
		async send(message) {
			sent.push(message);
		},
	};
}

/** A mailer whose server is down until `up` is set. */
function flakyMailer(): Mailer & { sent: MailMessage[]; up: boolean } {
	const recording = recordingMailer();
	return {
		...recording,
		up: false,
		async send(message) {
			if (!this.up) throw new Error("SMTP server unreachable");
			await recording.send(message);
		},
	};
}

const site = "https://kursused.test.ee";

/** The form for the healthy plan's offering, as the route would pass it. */
function signUp(overrides: Partial<InterestSignUp> = {}): InterestSignUp {
	return {
		institutionId: "test-vc",
		offeringId: "mig-welding",
		name: "Mari Maasikas",
		email: "mari@example.ee",
		language: "et",
		consentText: "Kasutame sinu andmeid kursusest teatamiseks ja hoiame neid 12 kuud.",
		consentVersion: "2027-01",
		honeypot: "",
		address: "192.0.2.1",
		confirmUrl: (token) => `${site}/et/confirm/${token}`,
		unsubscribeUrl: (token) => `${site}/et/unsubscribe/${token}`,
		offeringTitle: "MIG/MAG keevitus",
		institutionName: "Test Vocational Centre",
		contact: { name: "Kadri Tamm", email: "kadri@test.ee" },
		...overrides,
	};
}

/** The tokens in a mail's confirm and unsubscribe links. */
function linkTokens(message: MailMessage | undefined): { confirm: string; unsubscribe: string } {
	const confirm = message?.text.match(/\/confirm\/([A-Za-z0-9_-]+)/)?.[1];
	const unsubscribe = message?.text.match(/\/unsubscribe\/([A-Za-z0-9_-]+)/)?.[1];
	if (!confirm || !unsubscribe) throw new Error(`no links in ${JSON.stringify(message)}`);
	return { confirm, unsubscribe };
}

describe.each(storeTargets)("sign-up on $name", (target) => {
	const fixture = useStore(target);

	/** A context of this test's own, whose mail goes to `mailer`; `register` signs up and delivers. */
	const signUpContext = (mailer: Mailer & { sent: MailMessage[] } = recordingMailer()) => {
		const tested = testContext(fixture.store, { mailer });
		return {
			...tested,
			mailer,
			async register(input: InterestSignUp) {
				const answer = await registerInterest(tested.context, input);
				await deliverQueuedMail(tested.context);
				return answer;
			},
		};
	};

	const rows = (email: string) =>
		fixture.store.db.selectFrom("registrations").selectAll().where("email", "=", email).execute();

	it.skipIf(!target.available)(
		"stores an unconfirmed interest with its UTM source and mails both links",
		async () => {
			const { clock, mailer, register } = signUpContext();
			clock.set("2027-05-03T08:00:00.000Z");
			const answer = await register(
				signUp({
					name: "  Mari Maasikas ",
					email: " Mari@Example.EE ",
					phone: "+372 5555 1234",
					utm: { source: "facebook", medium: "cpc", campaign: "autumn-2027" },
					referrer: "https://www.facebook.com/some/post?fbclid=personal",
				}),
			);
			expect(answer).toEqual({ status: "check-your-email" });

			const [row, ...more] = await rows("mari@example.ee");
			expect(more).toEqual([]);
			expect(row).toMatchObject({
				institution_id: "test-vc",
				offering_id: "mig-welding",
				state: "interest",
				name: "Mari Maasikas",
				email: "mari@example.ee",
				phone: "+372 5555 1234",
				language: "et",
				consent_text: "Kasutame sinu andmeid kursusest teatamiseks ja hoiame neid 12 kuud.",
				consent_version: "2027-01",
				source: "utm:facebook/cpc/autumn-2027",
				utm_source: "facebook",
				utm_medium: "cpc",
				utm_campaign: "autumn-2027",
				referrer: "https://www.facebook.com/some/post",
				address: "192.0.2.1",
				created_at: "2027-05-03T08:00:00.000Z",
				confirmed_at: null,
				unsubscribed_at: null,
			});
			expect(row?.id).toMatch(/^[0-9a-f-]{36}$/);

			expect(mailer.sent).toHaveLength(1);
			const [mail] = mailer.sent;
			expect(mail).toMatchObject({
				to: "mari@example.ee",
				subject: "Kinnita oma huvi: MIG/MAG keevitus",
				replyTo: "kadri@test.ee",
			});
			// The person is greeted by the name they gave, trimmed.
			expect(mail?.text.split("\n")[0]).toBe("Tere, Mari Maasikas!");
			expect(mail?.html).toContain("<p>Tere, Mari Maasikas!</p>");
			const tokens = linkTokens(mail);
			expect(mail?.text).toContain(`${site}/et/confirm/${tokens.confirm}\n`);
			expect(mail?.text).toContain(`${site}/et/unsubscribe/${tokens.unsubscribe}\n`);
			expect(mail?.unsubscribeUrl).toBe(`${site}/et/unsubscribe/${tokens.unsubscribe}`);
			expect(mail?.text).toContain("Test Vocational Centre");
			expect(mail?.text).toContain("Kadri Tamm, kadri@test.ee");
			expect(mail?.html).toContain(`href="${site}/et/confirm/${tokens.confirm}"`);
			expect(mail?.html).toContain(`href="${site}/et/unsubscribe/${tokens.unsubscribe}"`);
		},
	);

	it.skipIf(!target.available)(
		"takes the source from the referrer's host, else calls it direct",
		async () => {
			const { register } = signUpContext();
			await register(
				signUp({
					email: "referred@example.ee",
					utm: { source: " ", medium: "" },
					referrer: "https://www.google.com/search?q=keevitus",
					address: "192.0.2.10",
				}),
			);
			await register(
				signUp({ email: "typed@example.ee", referrer: "not a url", address: "192.0.2.10" }),
			);
			await register(
				signUp({
					email: "partial-utm@example.ee",
					utm: { campaign: "spring" },
					address: "192.0.2.10",
				}),
			);
			expect((await rows("referred@example.ee"))[0]).toMatchObject({
				source: "referrer:www.google.com",
				referrer: "https://www.google.com/search",
				utm_source: null,
				utm_medium: null,
				utm_campaign: null,
			});
			expect((await rows("typed@example.ee"))[0]).toMatchObject({
				source: "direct",
				referrer: null,
			});
			expect((await rows("partial-utm@example.ee"))[0]).toMatchObject({
				source: "utm://spring",
				utm_campaign: "spring",
			});
		},
	);

	it.skipIf(!target.available)("stores only SHA-256 hashes of the link tokens", async () => {
		const { mailer, register } = signUpContext();
		await register(signUp({ email: "hashed@example.ee", address: "192.0.2.11" }));
		const tokens = linkTokens(mailer.sent[0]);
		expect(tokens.confirm).toMatch(/^[A-Za-z0-9_-]{43}$/);
		const everything = JSON.stringify(
			await fixture.store.db.selectFrom("registrations").selectAll().execute(),
		);
		expect(everything).not.toContain(tokens.confirm);
		expect(everything).not.toContain(tokens.unsubscribe);
		const [row] = await rows("hashed@example.ee");
		expect(row?.confirm_token_hash).toBe(sha256(tokens.confirm));
		expect(row?.unsubscribe_token_hash).toBe(sha256(tokens.unsubscribe));
	});

	it.skipIf(!target.available)(
		"confirms through the mail's link, idempotently, and counts the interest",
		async () => {
			const { context, clock, mailer, register } = signUpContext();
			clock.set("2027-05-03T08:00:00.000Z");
			const before = await interestCount(context, "test-vc", "mig-welding");
			await register(
				signUp({ email: "confirming@example.ee", language: "en", address: "192.0.2.12" }),
			);
			expect(await interestCount(context, "test-vc", "mig-welding")).toBe(before);

			const { confirm } = linkTokens(mailer.sent[0]);
			clock.advance(minute);
			const page = {
				institutionId: "test-vc",
				offeringId: "mig-welding",
				language: "en",
				state: "interest",
			};
			expect(await confirmInterest(context, confirm)).toEqual({
				...page,
				status: "confirmed",
			});
			clock.advance(minute);
			expect(await confirmInterest(context, confirm)).toEqual({
				...page,
				status: "confirmed",
			});
			expect((await rows("confirming@example.ee"))[0]?.confirmed_at).toBe(
				"2027-05-03T08:01:00.000Z",
			);
			expect(await interestCount(context, "test-vc", "mig-welding")).toBe(before + 1);

			const unknown = await rejection(confirmInterest(context, `${confirm}x`));
			expect(unknown.code).toBe("not_found");
		},
	);

	it.skipIf(!target.available)(
		"unsubscribes idempotently; then no mail goes to that registration",
		async () => {
			const { context, clock, mailer, register } = signUpContext();
			clock.set("2027-05-03T08:00:00.000Z");
			const form = signUp({ email: "leaving@example.ee", address: "192.0.2.13" });
			await register(form);
			const tokens = linkTokens(mailer.sent[0]);
			await confirmInterest(context, tokens.confirm);
			const counted = await interestCount(context, "test-vc", "mig-welding");
			const [before] = await rows("leaving@example.ee");

			clock.advance(minute);
			const page = {
				institutionId: "test-vc",
				offeringId: "mig-welding",
				language: "et",
				state: "interest",
			};
			expect(await unsubscribe(context, tokens.unsubscribe)).toEqual({
				...page,
				status: "unsubscribed",
			});
			clock.advance(minute);
			expect(await unsubscribe(context, tokens.unsubscribe)).toEqual({
				...page,
				status: "unsubscribed",
			});
			// Unsubscribed, the registration no longer says who it was: the consent said so.
			expect(await rows("leaving@example.ee")).toEqual([]);
			const [row] = await fixture.store.db
				.selectFrom("registrations")
				.selectAll()
				.where("id", "=", before?.id ?? "")
				.execute();
			expect(row).toMatchObject({
				unsubscribed_at: "2027-05-03T08:01:00.000Z",
				name: "",
				phone: null,
				address: "",
				referrer: null,
			});
			expect(JSON.stringify(row)).not.toContain("leaving@example.ee");
			expect(JSON.stringify(row)).not.toContain("Mari");
			expect(await interestCount(context, "test-vc", "mig-welding")).toBe(counted - 1);
			// The confirmation link does not bring the registration back.
			expect(await confirmInterest(context, tokens.confirm)).toEqual({
				...page,
				status: "unsubscribed",
			});
			expect(await interestCount(context, "test-vc", "mig-welding")).toBe(counted - 1);
			expect((await rejection(unsubscribe(context, "no-such-token"))).code).toBe("not_found");

			// Signing up again later is a new registration with a new consent; the old one stays silent.
			clock.advance(60 * minute);
			await register(form);
			const again = await rows("leaving@example.ee");
			expect(again).toHaveLength(1);
			expect(again[0]?.unsubscribed_at).toBeNull();
			expect(mailer.sent).toHaveLength(2);
			expect(linkTokens(mailer.sent[1]).confirm).not.toBe(tokens.confirm);
		},
	);

	it.skipIf(!target.available)(
		"does not duplicate a repeated sign-up: re-sends while unconfirmed, at most every 10 minutes",
		async () => {
			const { context, clock, mailer, register } = signUpContext();
			clock.set("2027-05-03T08:00:00.000Z");
			const form = signUp({ email: "twice@example.ee", address: "192.0.2.14" });
			const answers = [await register(form)];
			clock.advance(minute);
			answers.push(await register({ ...form, email: "TWICE@example.ee", name: "Somebody Else" }));
			expect(mailer.sent).toHaveLength(1);

			clock.advance(9 * minute);
			answers.push(await register({ ...form, language: "en" }));
			expect(mailer.sent).toHaveLength(2);
			expect(mailer.sent[1]?.subject).toBe("Confirm your interest: MIG/MAG keevitus");
			const [row, ...more] = await rows("twice@example.ee");
			expect(more).toEqual([]);
			expect(row?.name).toBe("Mari Maasikas");

			// The new mail's links replace the old ones.
			const first = linkTokens(mailer.sent[0]);
			const second = linkTokens(mailer.sent[1]);
			expect((await rejection(confirmInterest(context, first.confirm))).code).toBe("not_found");
			await confirmInterest(context, second.confirm);

			clock.advance(60 * minute);
			answers.push(await register(form));
			expect(mailer.sent).toHaveLength(2);
			expect(await rows("twice@example.ee")).toHaveLength(1);
			expect(answers).toEqual(Array(4).fill({ status: "check-your-email" }));
		},
	);

	it.skipIf(!target.available)(
		"answers a filled-in honeypot alike, but stores and sends nothing",
		async () => {
			const { mailer, register } = signUpContext();
			const answer = await register(
				signUp({ email: "bot@example.ee", honeypot: "http://spam.example", address: "192.0.2.15" }),
			);
			expect(answer).toEqual({ status: "check-your-email" });
			expect(await rows("bot@example.ee")).toEqual([]);
			expect(mailer.sent).toEqual([]);
		},
	);

	it.skipIf(!target.available)(
		"refuses a sixth sign-up from one address within 10 minutes and says when to retry",
		async () => {
			const { clock, mailer, register } = signUpContext();
			clock.set("2027-05-03T08:00:00.000Z");
			const address = "2001:db8::5";
			for (let attempt = 0; attempt < 5; attempt++) {
				await register(signUp({ email: `burst-${attempt}@example.ee`, address }));
				clock.advance(minute);
			}
			// Five sign-ups, the first at 08:00; it is now 08:05.
			const limited = await rejection(register(signUp({ email: "burst-5@example.ee", address })));
			expect(limited.code).toBe("rate_limited");
			expect(limited.retryAfter).toBe(5 * 60);
			expect(await rows("burst-5@example.ee")).toEqual([]);
			expect(mailer.sent).toHaveLength(5);

			await register(signUp({ email: "burst-5@example.ee", address: "2001:db8::6" }));
			clock.advance(5 * minute - 1);
			expect(
				(await rejection(register(signUp({ email: "late@example.ee", address })))).retryAfter,
			).toBe(1);
			clock.advance(1);
			await expect(register(signUp({ email: "late@example.ee", address }))).resolves.toEqual({
				status: "check-your-email",
			});
		},
	);

	it.skipIf(!target.available)("reports each invalid field with its path", async () => {
		const { mailer, register } = signUpContext();
		const error = await rejection(
			register(
				signUp({ name: "   ", email: "mari.example.ee", phone: "call me", address: "192.0.2.16" }),
			),
		);
		expect(error.code).toBe("validation_failed");
		expect(error.problems).toEqual([
			{ path: "name", message: "must not be blank" },
			{ path: "email", message: '"mari.example.ee" is not an e-mail address' },
			{ path: "phone", message: '"call me" is not a phone number' },
		]);
		const tooLong = await rejection(
			register(signUp({ name: "x".repeat(201), address: "192.0.2.16" })),
		);
		expect(tooLong.problems).toEqual([
			{ path: "name", message: "must have at most 200 characters" },
		]);
		expect(mailer.sent).toEqual([]);

		// An empty phone field is no phone.
		await register(signUp({ email: "no-phone@example.ee", phone: "", address: "192.0.2.16" }));
		expect((await rows("no-phone@example.ee"))[0]?.phone).toBeNull();
	});

	it.skipIf(!target.available)("refuses an offering that does not exist", async () => {
		const { register } = signUpContext();
		const error = await rejection(
			register(signUp({ offeringId: "no-such-course", address: "192.0.2.17" })),
		);
		expect(error.code).toBe("not_found");
	});

	it.skipIf(!target.available)(
		"keeps the sign-up when the mail server is down, and sends the mail once it is back",
		async () => {
			const mailer = flakyMailer();
			const { context, clock, register } = signUpContext(mailer);
			clock.set("2027-05-03T08:00:00.000Z");
			const form = signUp({ email: "unlucky@example.ee", address: "192.0.2.18" });
			// The learner's answer does not depend on the mail server.
			await expect(register(form)).resolves.toEqual({ status: "check-your-email" });
			expect(await rows("unlucky@example.ee")).toHaveLength(1);
			expect(mailer.sent).toEqual([]);
			const [queued] = await fixture.store.db.selectFrom("mail_queue").selectAll().execute();
			expect(queued).toMatchObject({
				recipient: "unlucky@example.ee",
				attempts: 1,
				last_error: "SMTP server unreachable",
				send_after: "2027-05-03T08:01:00.000Z",
				sent_at: null,
			});

			mailer.up = true;
			// Not due yet: nothing goes out before the retry time.
			expect(await deliverQueuedMail(context)).toEqual({ sent: 0, failed: 0 });
			clock.advance(minute);
			expect(await deliverQueuedMail(context)).toEqual({ sent: 1, failed: 0 });
			expect(await deliverQueuedMail(context)).toEqual({ sent: 0, failed: 0 });
			expect(mailer.sent).toHaveLength(1);
			await confirmInterest(context, linkTokens(mailer.sent[0]).confirm);
			const [sent] = await fixture.store.db.selectFrom("mail_queue").selectAll().execute();
			// What is kept of a sent mail holds no link token.
			expect(sent?.message).toBeNull();
			expect(sent?.sent_at).toBe("2027-05-03T08:01:00.000Z");
		},
	);

	it.skipIf(!target.available)(
		"writes the mail in English for other languages, escaping the HTML",
		async () => {
			const { mailer, register } = signUpContext();
			await register(
				signUp({
					email: "francais@example.ee",
					language: "fr",
					offeringTitle: "Welding <basics> & more",
					contact: undefined,
					address: "192.0.2.19",
				}),
			);
			const [mail] = mailer.sent;
			expect(mail?.subject).toBe("Confirm your interest: Welding <basics> & more");
			expect(mail?.text).toContain("“Welding <basics> & more”");
			expect(mail?.text).not.toContain("Questions?");
			expect(mail?.html).toContain("“Welding &lt;basics&gt; &amp; more”");
			expect(mail?.html).not.toContain("<basics>");
			expect(mail?.text.split("\n")[0]).toBe("Hello Mari Maasikas,");
			expect(mail?.replyTo).toBeUndefined();
		},
	);

	it.skipIf(!target.available)(
		"answers without waiting for the mail server, for a new and a known address alike",
		async () => {
			let calls = 0;
			// A mail server that never answers: a request that waited for it would never end.
			const hanging: Mailer = {
				send: () => {
					calls += 1;
					return new Promise(() => undefined);
				},
			};
			const { context } = testContext(fixture.store, { mailer: hanging });
			const known = signUp({ email: "known@example.ee", address: "192.0.2.30" });
			await expect(registerInterest(context, known)).resolves.toEqual({
				status: "check-your-email",
			});
			await expect(registerInterest(context, known)).resolves.toEqual({
				status: "check-your-email",
			});
			await expect(
				registerInterest(context, signUp({ email: "new@example.ee", address: "192.0.2.31" })),
			).resolves.toEqual({ status: "check-your-email" });
			expect(calls).toBe(0);
		},
	);

	it.skipIf(!target.available)(
		"mails one address at most three times an hour, however many courses it is signed up for",
		async () => {
			const plan = healthyPlan();
			plan.offerings = ["a", "b", "c", "d", "e"].map((id) =>
				healthyOffering({ id: `course-${id}` }),
			);
			await seedPlans(fixture.store, [plan]);
			const { context, mailer, register, clock } = signUpContext();
			clock.set("2027-05-03T08:00:00.000Z");
			for (const [index, offering] of plan.offerings.entries()) {
				const answer = await register(
					signUp({
						offeringId: offering.id,
						email: "stranger@example.ee",
						address: `192.0.2.${40 + index}`,
					}),
				);
				// The same answer, so the form says nothing about the limit.
				expect(answer).toEqual({ status: "check-your-email" });
			}
			expect(mailer.sent).toHaveLength(3);
			expect(await rows("stranger@example.ee")).toHaveLength(5);
			// Asking again within the hour sends nothing, and the links already sent still work.
			clock.advance(11 * minute);
			await register(
				signUp({ offeringId: "course-a", email: "stranger@example.ee", address: "192.0.2.51" }),
			);
			expect(mailer.sent).toHaveLength(3);
			await expect(
				confirmInterest(context, linkTokens(mailer.sent[0]).confirm),
			).resolves.toMatchObject({ status: "confirmed" });
			// An hour later, asking again for a course's mail sends it.
			clock.advance(50 * minute);
			await register(
				signUp({ offeringId: "course-e", email: "stranger@example.ee", address: "192.0.2.50" }),
			);
			expect(mailer.sent).toHaveLength(4);
		},
	);

	it.skipIf(!target.available)(
		"counts a repeated sign-up for a registered e-mail like a new one, so the limit tells no one who is registered",
		async () => {
			const { clock, register } = signUpContext();
			clock.set("2027-05-03T08:00:00.000Z");
			await register(signUp({ email: "known@example.ee", address: "192.0.2.50" }));
			const address = "192.0.2.51";
			for (let attempt = 0; attempt < 4; attempt++)
				await register(signUp({ email: `probe-${attempt}@example.ee`, address }));
			await register(signUp({ email: "known@example.ee", address }));
			const limited = await rejection(register(signUp({ email: "probe-5@example.ee", address })));
			expect(limited.code).toBe("rate_limited");
		},
	);

	it.skipIf(!target.available)(
		"holds the per-address limit when ten sign-ups arrive at the same moment",
		async () => {
			const { context } = signUpContext();
			const answers = await Promise.allSettled(
				Array.from({ length: 10 }, (_, index) =>
					registerInterest(
						context,
						signUp({ email: `parallel-${index}@example.ee`, address: "198.51.100.77" }),
					),
				),
			);
			const refused = answers.filter(
				(answer) =>
					answer.status === "rejected" &&
					answer.reason instanceof KairosError &&
					answer.reason.code === "rate_limited",
			);
			expect(answers.filter((answer) => answer.status === "fulfilled")).toHaveLength(5);
			expect(refused).toHaveLength(5);
		},
	);
});
