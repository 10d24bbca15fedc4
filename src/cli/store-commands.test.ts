import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import YAML from "yaml";
import { demoPath, demoPlan } from "../../test/fixtures/demo.ts";
import { type StoreTarget, storeTargets } from "../../test/fixtures/stores.ts";
import { parseHistoryCsv, parseOfferingsCsv } from "../sheets/index.ts";
import { storedForm } from "../store/plan-repository.ts";

const bin = new URL("../../dist/cli/main.js", import.meta.url).pathname;
const folder = mkdtempSync(join(inject("tempRoot"), "kairos-store-cli-"));

function kairos(args: string[], input?: string) {
	const result = spawnSync(process.execPath, [bin, ...args], {
		encoding: "utf8",
		input,
		env: { PATH: process.env.PATH ?? "", TZ: "UTC" },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A database location for the CLI: a SQLite file, or a fresh PostgreSQL database kept open by the harness. */
async function location(target: StoreTarget): Promise<{ db: string; close(): Promise<void> }> {
	if (target.name === "sqlite")
		return {
			db: join(mkdtempSync(join(folder, "db-")), "kairos.sqlite"),
			close: async () => undefined,
		};
	const store = await target.open();
	const url = (store as unknown as { location: string }).location;
	return { db: url, close: () => store.close() };
}

/** The past offerings of a history sheet that reads without a problem. */
function parsedHistory(text: string) {
	const read = parseHistoryCsv(text);
	if (!read.ok) throw new Error(JSON.stringify(read.problems));
	return read.history;
}

function addUser(db: string, email: string) {
	return kairos(
		[
			"user",
			"add",
			"--email",
			email,
			"--role",
			"pedagogy",
			"--institution",
			"emajoe-vc",
			"--password-stdin",
			"--db",
			db,
		],
		"long enough password\n",
	);
}

describe.each(storeTargets)("import, export, users, backup and restore on $name", (target) => {
	/** Each test's own database, holding the demo school. */
	let database: { db: string; close(): Promise<void> };
	beforeEach(async () => {
		if (!target.available) return;
		database = await location(target);
		expect(kairos(["import", demoPath, "--db", database.db]).status).toBe(0);
	});
	afterEach(async () => {
		await database?.close();
	});
	const run = it.skipIf(!target.available);

	run("imports a plan file and exports it again without losing anything", async () => {
		const empty = await location(target);
		try {
			const imported = kairos(["import", demoPath, "--db", empty.db]);
			expect(imported.stderr).toBe("");
			expect(imported.stdout).toMatch(
				/imported the plan of Emajõe Vocational College \(emajoe-vc\): 21 offerings, plan version 1/,
			);
			const exported = kairos(["export", "--format", "plan", "--db", empty.db]);
			expect(exported.status).toBe(0);
			expect(YAML.parse(exported.stdout)).toEqual(storedForm(demoPlan()));
			// The same plan again changes nothing, so it writes nothing: the plan version stays.
			expect(kairos(["import", demoPath, "--db", empty.db]).stdout).toMatch(/plan version 1\n$/);
		} finally {
			await empty.close();
		}
	});

	run("reports a bad sheet by row and column and changes nothing", () => {
		const before = kairos(["export", "--db", database.db]).stdout;
		const template = readFileSync(
			new URL("../../examples/offerings-template.csv", import.meta.url),
			"utf8",
		);
		const [header, first, ...rest] = template.split("\n");
		const badRow = (first ?? "").replace(/,spring-2028,2028-/, ",winter-2099,2028-");
		const sheet = join(folder, "bad.csv");
		writeFileSync(sheet, [header, badRow, ...rest].join("\n"));
		const result = kairos(["import", sheet, "--db", database.db]);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			`${sheet}: row 2, column intake (D): "winter-2099" is not an intake\n`,
		);
		expect(kairos(["export", "--db", database.db]).stdout).toBe(before);
	});

	run("adds offerings from a sheet and keeps what the sheet cannot hold", () => {
		const sheet = new URL("../../examples/offerings-template.xlsx", import.meta.url).pathname;
		// A sheet that changes nothing writes nothing: the plan version stays.
		const headerOnly = join(folder, `header-only-${target.name}.csv`);
		const template = new URL("../../examples/offerings-template.csv", import.meta.url);
		writeFileSync(headerOnly, `${readFileSync(template, "utf8").split("\n")[0]}\n`);
		expect(kairos(["import", headerOnly, "--db", database.db]).stdout).toMatch(
			/0 offerings added, 0 updated in emajoe-vc \(plan version 1\)/,
		);
		const first = kairos(["import", sheet, "--db", database.db]);
		expect(first.stdout).toMatch(/3 offerings added, 0 updated in emajoe-vc \(plan version 2\)/);
		expect(kairos(["import", sheet, "--db", database.db]).stdout).toMatch(
			/0 offerings added, 0 updated in emajoe-vc \(plan version 2\)/,
		);
		const csv = kairos(["export", "--format", "csv", "--db", database.db]);
		const parsed = parseOfferingsCsv(csv.stdout, { languages: ["et", "en"] });
		expect(parsed.ok && parsed.offerings.length).toBe(24);
		// Importing the institution's own export changes nothing: it keeps their modules and progress.
		const before = YAML.parse(kairos(["export", "--db", database.db]).stdout);
		const exported = join(folder, `export-${target.name}.csv`);
		writeFileSync(exported, csv.stdout);
		expect(kairos(["import", exported, "--db", database.db]).stdout).toMatch(
			/0 offerings added, 0 updated in emajoe-vc \(plan version 2\)/,
		);
		const after = YAML.parse(kairos(["export", "--db", database.db]).stdout);
		const kept = (plan: { offerings: Record<string, unknown>[] }) =>
			plan.offerings.map(({ id, modules, released, milestoneStatus, registrations }) => ({
				id,
				modules,
				released,
				milestoneStatus,
				registrations,
			}));
		expect(kept(after)).toEqual(kept(before));
		expect(
			kept(before).some(
				(offering) => offering.milestoneStatus !== undefined && offering.modules !== undefined,
			),
		).toBe(true);
		expect(kept(before).some((offering) => offering.released === false)).toBe(true);
	});

	run("imports a history sheet into the plan's history, and again replaces what it added", () => {
		const csv = new URL("../../examples/history-template.csv", import.meta.url).pathname;
		const xlsx = new URL("../../examples/history-template.xlsx", import.meta.url).pathname;
		const before = YAML.parse(kairos(["export", "--db", database.db]).stdout).history;
		const first = kairos(["import", csv, "--history", "--db", database.db]);
		expect(first.stderr).toBe("");
		expect(first.stdout).toMatch(
			/history-template\.csv: 4 past offerings added, 0 updated in emajoe-vc \(plan version 2\)/,
		);
		const again = kairos(["import", xlsx, "--history", "--db", database.db]);
		expect(again.stdout).toMatch(
			/history-template\.xlsx: 0 past offerings added, 0 updated in emajoe-vc \(plan version 2\)/,
		);
		const after = YAML.parse(kairos(["export", "--db", database.db]).stdout).history;
		expect(after).toEqual([...before, ...parsedHistory(readFileSync(csv, "utf8"))]);
	});

	run("exports the history as a sheet that imports back unchanged", () => {
		const before = kairos(["export", "--db", database.db]).stdout;
		const history = YAML.parse(before).history;
		const csv = kairos(["export", "--format", "csv", "--history", "--db", database.db]);
		expect(csv.stderr).toBe("");
		expect(parsedHistory(csv.stdout)).toEqual(history);
		const xlsx = join(folder, `history-${target.name}.xlsx`);
		expect(
			kairos(["export", "--format", "xlsx", "--history", "--output", xlsx, "--db", database.db])
				.status,
		).toBe(0);
		const again = kairos(["import", xlsx, "--history", "--db", database.db]);
		expect(again.stdout).toMatch(
			/0 past offerings added, 0 updated in emajoe-vc \(plan version 1\)/,
		);
		expect(kairos(["export", "--db", database.db]).stdout).toBe(before);
		const plan = kairos(["export", "--history", "--db", database.db]);
		expect(plan.status).toBe(2);
		expect(plan.stderr).toBe("--format: must be csv or xlsx with --history\n");
	});

	run("reports a bad history sheet by row and column and changes nothing", () => {
		const before = kairos(["export", "--db", database.db]).stdout;
		const template = readFileSync(
			new URL("../../examples/history-template.csv", import.meta.url),
			"utf8",
		);
		const sheet = join(folder, `bad-history-${target.name}.csv`);
		writeFileSync(sheet, template.replace(",2024-02-12,,8,12,5,", ",2024-02-12,,8,12,15,"));
		const result = kairos(["import", sheet, "--history", "--db", database.db]);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			`${sheet}: row 3, column finalRegistrations (J): 15 is above the maximum group size 12\n`,
		);
		expect(kairos(["export", "--db", database.db]).stdout).toBe(before);
		const plan = kairos(["import", demoPath, "--history", "--db", database.db]);
		expect(plan.status).toBe(2);
		expect(plan.stderr).toBe(`${demoPath}: is not a history sheet: use a .csv or .xlsx file\n`);
	});

	run("adds a user with a password from standard input", () => {
		const added = addUser(database.db, "Mart@Emajoe-VC.ee");
		expect(added.stdout).toBe("added pedagogy mart@emajoe-vc.ee of emajoe-vc\n");
		const again = kairos(
			[
				"user",
				"add",
				"--email",
				"mart@emajoe-vc.ee",
				"--role",
				"viewer",
				"--institution",
				"emajoe-vc",
				"--password-stdin",
				"--db",
				database.db,
			],
			"long enough password\n",
		);
		expect(again.status).toBe(2);
		const badRole = kairos(
			[
				"user",
				"add",
				"--email",
				"x@y.ee",
				"--role",
				"boss",
				"--password-stdin",
				"--db",
				database.db,
			],
			"x",
		);
		expect(badRole.stderr).toBe(
			'--role: "boss" is not one of admin, manager, pedagogy, marketing, support, viewer\n',
		);
	});

	run("lists accounts, disables and enables one, and resets a password to a one-time one", () => {
		expect(addUser(database.db, "mart@emajoe-vc.ee").status).toBe(0);
		expect(addUser(database.db, "anu@emajoe-vc.ee").status).toBe(0);
		const list = () => kairos(["user", "list", "--institution", "emajoe-vc", "--db", database.db]);
		expect(list().stdout).toBe(
			[
				"E-MAIL             ROLE      INSTITUTION  DISABLED  MUST CHANGE",
				"anu@emajoe-vc.ee   pedagogy  emajoe-vc    no        no",
				"mart@emajoe-vc.ee  pedagogy  emajoe-vc    no        no",
				"",
			].join("\n"),
		);

		const disabled = kairos([
			"user",
			"disable",
			"--email",
			"Mart@Emajoe-VC.ee",
			"--db",
			database.db,
		]);
		expect(disabled.status).toBe(0);
		expect(disabled.stdout).toBe(
			"disabled pedagogy mart@emajoe-vc.ee of emajoe-vc: it cannot sign in, and its sessions and tokens no longer work\n",
		);
		expect(list().stdout).toMatch(
			/\nmart@emajoe-vc\.ee {2}pedagogy {2}emajoe-vc {4}\d{4}-\d\d-\d\d {2}no\n$/,
		);
		const enabled = kairos([
			"user",
			"disable",
			"--email",
			"mart@emajoe-vc.ee",
			"--enable",
			"--db",
			database.db,
		]);
		expect(enabled.stdout).toBe(
			"enabled pedagogy mart@emajoe-vc.ee of emajoe-vc: it can sign in again\n",
		);

		const reset = kairos([
			"user",
			"reset-password",
			"--email",
			"anu@emajoe-vc.ee",
			"--db",
			database.db,
		]);
		expect(reset.status).toBe(0);
		expect(reset.stdout).toMatch(
			/^reset the password of pedagogy anu@emajoe-vc\.ee of emajoe-vc; its sessions have ended and 0 bearer tokens were revoked\.\nOne-time password: [a-z2-9]{4}(-[a-z2-9]{4}){4}\n\(it is shown only now; the first sign-in with it must set a new one\)\n$/,
		);
		expect(list().stdout).toBe(
			[
				"E-MAIL             ROLE      INSTITUTION  DISABLED  MUST CHANGE",
				"anu@emajoe-vc.ee   pedagogy  emajoe-vc    no        yes",
				"mart@emajoe-vc.ee  pedagogy  emajoe-vc    no        no",
				"",
			].join("\n"),
		);
	});

	run("names an unknown e-mail or institution, one line each, with exit code 2", () => {
		for (const command of ["disable", "reset-password"]) {
			const result = kairos([
				"user",
				command,
				"--email",
				"nobody@emajoe-vc.ee",
				"--db",
				database.db,
			]);
			expect(result.status).toBe(2);
			expect(result.stderr).toBe('--email: no account has the e-mail "nobody@emajoe-vc.ee"\n');
			expect(result.stdout).toBe("");
		}
		const list = kairos(["user", "list", "--institution", "nowhere-vc", "--db", database.db]);
		expect(list.status).toBe(2);
		expect(list.stderr).toBe(
			'--institution: "nowhere-vc" is not an institution: one of emajoe-vc\n',
		);
	});

	run("backs up and restores into an empty SQLite database, and refuses a full one", () => {
		expect(addUser(database.db, "mart@emajoe-vc.ee").status).toBe(0);
		const backup = join(folder, `backup-${target.name}.json`);
		expect(kairos(["backup", backup, "--db", database.db]).stdout).toMatch(
			/backed up 1 institutions and 1 accounts/,
		);
		const fresh = join(mkdtempSync(join(folder, "restore-")), "kairos.sqlite");
		expect(kairos(["restore", backup, "--db", fresh]).status).toBe(0);
		expect(kairos(["export", "--db", fresh]).stdout).toBe(
			kairos(["export", "--db", database.db]).stdout,
		);
		expect(kairos(["restore", backup, "--db", fresh]).status).toBe(2);
		expect(kairos(["restore", backup, "--db", fresh, "--replace"]).status).toBe(0);
	});
});
