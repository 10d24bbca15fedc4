import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { testContext } from "../../test/fixtures/context.ts";
import { healthyPlan } from "../../test/fixtures/plans.ts";
import { parseMail, smtpPeer } from "../../test/fixtures/smtp-peer.ts";
import { seedPlans, storeTargets } from "../../test/fixtures/stores.ts";
import { learnerDataByLink } from "./learner-data.ts";
import { learnerMailContent } from "./learner-mail.ts";
import { deliverQueuedMail } from "./mail-queue.ts";
import { createMailer } from "./mailer.ts";
import { confirmInterest, registerInterest, unsubscribe } from "./sign-up.ts";
import { confirmationMail } from "./sign-up-mail.ts";

const confirmUrl =
	"https://kursused.test.ee/et/confirm/Q2hlY2stdGhlLWNvbmZpcm0tdG9rZW4tMTIzNDU2Nzg5MA";
const unsubscribeUrl =
	"https://kursused.test.ee/et/unsubscribe/VW5zdWJzY3JpYmUtdG9rZW4tYWJjZGVmZ2hpamtsbW5vcHFyc3Q";

const dataUrl =
	"https://kursused.test.ee/et/my-data/TWluZ2lkLWFuZG1lZC1saW5rLWFiY2RlZmdoaWprbG1ub3A";

/** The double opt-in mail for a course whose title needs encoding in the subject. */
const estonianMail = () =>
	learnerMailContent(
		confirmationMail({
			language: "et",
			name: "Mari Maasikas",
			offeringTitle: "Keevitamise alused ja tööohutus",
			institutionName: "Näidiskool",
			contact: { name: "Kadri Tamm", email: "kadri@test.ee" },
			confirmUrl,
			unsubscribeUrl,
		}),
		dataUrl,
	);

describe("mailer", () => {
	const cleanups: (() => Promise<void>)[] = [];
	afterEach(async () => {
		for (const cleanup of cleanups.splice(0)) await cleanup();
	});
	const scratch = () => {
		const dir = mkdtempSync(join(tmpdir(), "kairos-mail-"));
		cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
		return dir;
	};

	it("delivers the confirmation mail to an SMTP server with its links and List-Unsubscribe", async () => {
		const peer = await smtpPeer();
		cleanups.push(peer.close);
		const mailer = createMailer({
			smtpUrl: `smtp://kairos:${encodeURIComponent("p@ss word")}@127.0.0.1:${peer.port}`,
			outboxDir: join(scratch(), "outbox"),
			from: "Kairos <noreply@test.ee>",
		});
		const content = estonianMail();
		await mailer.send({
			to: "mari@example.ee",
			...content,
			unsubscribeUrl,
			replyTo: "kadri@test.ee",
		});

		expect(peer.received).toHaveLength(1);
		const [delivery] = peer.received;
		expect(delivery?.to).toEqual(["mari@example.ee"]);
		expect(delivery?.from).toBe("noreply@test.ee");
		expect(delivery?.user).toBe("kairos");

		const mail = parseMail(delivery?.raw ?? "");
		expect(mail.headers.get("to")).toBe("mari@example.ee");
		expect(mail.headers.get("from")).toBe("Kairos <noreply@test.ee>");
		expect(mail.headers.get("reply-to")).toBe("kadri@test.ee");
		expect(mail.headers.get("subject")).toBe("Kinnita oma huvi: Keevitamise alused ja tööohutus");
		expect(mail.headers.get("list-unsubscribe")).toBe(`<${unsubscribeUrl}>`);
		expect(mail.text).toBe(content.text.replaceAll("\r\n", "\n"));
		expect(mail.text).toContain(`\n${confirmUrl}\n`);
		expect(mail.text).toContain(`\n${unsubscribeUrl}\n`);
		expect(mail.text).toContain("„Keevitamise alused ja tööohutus“");
		expect(mail.html).toContain(`<a href="${confirmUrl}">`);
		expect(mail.html).toContain(`<a href="${unsubscribeUrl}">`);
		expect(mail.text).toMatch(new RegExp(`\n${dataUrl}\n$`));
		expect(mail.html).toContain(`<a href="${dataUrl}">Minu andmed</a>`);
	});

	it("rejects when the SMTP server refuses the message", async () => {
		const peer = await smtpPeer({
			onData(stream, _session, callback) {
				stream.resume();
				stream.on("end", () =>
					callback(Object.assign(new Error("mailbox unavailable"), { responseCode: 550 })),
				);
			},
		});
		cleanups.push(peer.close);
		const mailer = createMailer({
			smtpUrl: `smtp://127.0.0.1:${peer.port}`,
			outboxDir: join(scratch(), "outbox"),
			from: "noreply@test.ee",
		});
		await expect(
			mailer.send({ to: "mari@example.ee", subject: "Test", text: "Hello" }),
		).rejects.toThrow(/mailbox unavailable/);
	});

	it("writes each message to the outbox as a parseable .eml file, in time order", async () => {
		const outboxDir = join(scratch(), "data", "outbox");
		const mailer = createMailer({ outboxDir, from: "Kairos <noreply@test.ee>" });
		const content = estonianMail();
		await mailer.send({ to: "mari@example.ee", ...content, unsubscribeUrl });
		await new Promise((resolve) => setTimeout(resolve, 5));
		await mailer.send({ to: "jaan@example.ee", subject: "Second", text: "Teine kiri" });

		const files = readdirSync(outboxDir);
		expect(files).toHaveLength(2);
		for (const file of files)
			expect(file).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z-[0-9a-f]{8}\.eml$/);
		const [first, second] = [...files].sort().map((file) => {
			const raw = readFileSync(join(outboxDir, file), "utf8");
			expect(raw).toContain("\r\n");
			expect(raw.replaceAll("\r\n", "")).not.toContain("\n");
			return parseMail(raw);
		});

		expect(first?.headers.get("to")).toBe("mari@example.ee");
		expect(first?.headers.get("from")).toBe("Kairos <noreply@test.ee>");
		expect(first?.headers.get("subject")).toBe("Kinnita oma huvi: Keevitamise alused ja tööohutus");
		expect(first?.headers.get("list-unsubscribe")).toBe(`<${unsubscribeUrl}>`);
		expect(first?.headers.get("message-id")).toMatch(/^<.+@.+>$/);
		expect(Date.parse(first?.headers.get("date") ?? "")).not.toBeNaN();
		expect(first?.text).toBe(content.text);
		expect(first?.html).toBe(content.html);

		expect(second?.headers.get("to")).toBe("jaan@example.ee");
		expect(second?.headers.has("list-unsubscribe")).toBe(false);
		expect(second?.text?.trimEnd()).toBe("Teine kiri");
	});

	it("carries a sign-up's links through SMTP, the link to the learner's data too, and the links in the received mail work", async () => {
		const sqlite = storeTargets.find((target) => target.name === "sqlite");
		if (!sqlite) throw new Error("no SQLite store target");
		const store = await sqlite.open();
		cleanups.push(store.close);
		await seedPlans(store, [healthyPlan()]);
		const peer = await smtpPeer();
		cleanups.push(peer.close);
		const mailer = createMailer({
			smtpUrl: `smtp://127.0.0.1:${peer.port}`,
			outboxDir: join(scratch(), "outbox"),
			from: "noreply@test.ee",
		});
		const { context } = testContext(store, { mailer });

		await registerInterest(context, {
			institutionId: "test-vc",
			offeringId: "mig-welding",
			name: "Jaan Tamm",
			email: "Jaan@Example.ee",
			language: "en",
			consentText: "We keep your details for 12 months to tell you about this course.",
			consentVersion: "2027-01",
			honeypot: "",
			address: "192.0.2.50",
			confirmUrl: (token) => `https://kursused.test.ee/en/confirm/${token}`,
			unsubscribeUrl: (token) => `https://kursused.test.ee/en/unsubscribe/${token}`,
			offeringTitle: "MIG/MAG welding",
			institutionName: "Test Vocational Centre",
		});
		expect(peer.received).toEqual([]);
		expect(await deliverQueuedMail(context)).toEqual({ sent: 1, failed: 0 });

		expect(peer.received.map((delivery) => delivery.to)).toEqual([["jaan@example.ee"]]);
		const mail = parseMail(peer.received[0]?.raw ?? "");
		expect(mail.headers.get("subject")).toBe("Confirm your interest: MIG/MAG welding");
		const confirm = mail.text?.match(/\/en\/confirm\/([A-Za-z0-9_-]{43})\n/)?.[1];
		const unsubscribeToken = mail.text?.match(/\/en\/unsubscribe\/([A-Za-z0-9_-]{43})\n/)?.[1];
		expect(mail.headers.get("list-unsubscribe")).toBe(
			`<https://kursused.test.ee/en/unsubscribe/${unsubscribeToken}>`,
		);
		expect(mail.html).toContain(`href="https://kursused.test.ee/en/confirm/${confirm}"`);
		await expect(confirmInterest(context, confirm ?? "")).resolves.toMatchObject({
			status: "confirmed",
		});
		const dataToken = mail.text?.match(/\/en\/my-data\/([A-Za-z0-9_-]{43})\n$/)?.[1];
		expect(mail.html).toContain(`href="https://kursused.test.ee/en/my-data/${dataToken}"`);
		await expect(learnerDataByLink(context, dataToken ?? "")).resolves.toMatchObject({
			email: "jaan@example.ee",
			registrations: [expect.objectContaining({ offering: expect.anything() })],
		});
		await expect(unsubscribe(context, unsubscribeToken ?? "")).resolves.toMatchObject({
			status: "unsubscribed",
		});
	});
});
