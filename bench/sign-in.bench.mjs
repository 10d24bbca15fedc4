#!/usr/bin/env node
/**
 * Benchmark of sign-in timing: a wrong password for a known e-mail against an unknown e-mail.
 * Both must take about as long, so that the answer's time does not tell whether an account
 * exists: an unknown e-mail is verified against a dummy argon2id hash. Target: the unknown
 * e-mail's median within 0.67× to 1.5× of the known one's, measured in the same run.
 *
 *   npm run bench:sign-in [-- --attempts 20]
 *
 * It signs in through the built service on a fresh SQLite database. Exit code 1 when the target
 * is missed, 2 when the benchmark cannot run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const dist = new URL("../dist/", import.meta.url);
const load = (path) => import(new URL(path, dist).href);
const { openStore } = await load("store/open.js");
const { createServiceContext } = await load("service/context.js");
const { createMailer } = await load("service/mailer.js");
const { addAccount } = await load("service/accounts.js");
const { signIn } = await load("service/sessions.js");
const { writePlan } = await load("store/plan-repository.js");

const index = process.argv.indexOf("--attempts");
const attempts = index === -1 ? 20 : Number(process.argv[index + 1]);
if (!Number.isInteger(attempts) || attempts < 3) {
	console.error("--attempts takes a whole number of at least 3");
	process.exit(2);
}

const folder = mkdtempSync(join(tmpdir(), "kairos-bench-sign-in-"));
const store = await openStore(join(folder, "kairos.sqlite"));
const context = createServiceContext({
	store,
	mailer: createMailer({ outboxDir: join(folder, "outbox"), from: "bench@kairos.localhost" }),
	publicUrl: "http://localhost:3000",
});
const plan = {
	version: 1,
	institution: { id: "bench-vc", name: "Bench College", country: "EE", timezone: "Europe/Tallinn" },
	intakes: [],
	offerings: [],
};
await store.db.transaction().execute((trx) => writePlan(trx, plan, new Date().toISOString()));
// One known account per attempt: ten failures for one e-mail would lock it, and a locked
// e-mail answers without checking any password.
for (let n = 0; n < attempts; n++)
	await addAccount(context, {
		email: `known-${n}@bench.ee`,
		role: "manager",
		institutionId: "bench-vc",
		password: "the right password, long",
	});

/** One failed sign-in's duration; each from its own address, so no limit is reached. */
async function attempt(email, n) {
	const started = performance.now();
	await signIn(context, { email, password: "a wrong password!", address: `198.51.100.${n}` }).then(
		() => {
			throw new Error("the sign-in succeeded");
		},
		(error) => {
			if (error.code !== "unauthorized") throw error;
		},
	);
	return performance.now() - started;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const known = [];
const unknown = [];
try {
	await attempt("warm-up@bench.ee", 250);
	for (let n = 0; n < attempts; n++) {
		known.push(await attempt(`known-${n}@bench.ee`, n));
		unknown.push(await attempt(`ghost-${n}@bench.ee`, 100 + n));
	}
} finally {
	await store.close();
	rmSync(folder, { recursive: true, force: true });
}
const ratio = median(unknown) / median(known);
const met = ratio >= 0.67 && ratio <= 1.5;
console.log(
	[
		`failed sign-ins, median of ${attempts} each`,
		`  known e-mail, wrong password   ${median(known).toFixed(1)} ms`,
		`  unknown e-mail                 ${median(unknown).toFixed(1)} ms`,
		`  ratio                          ${ratio.toFixed(2)}× (target 0.67×–1.5×): ${met ? "met" : "MISSED"}`,
		`  load average                   ${loadavg()[0]?.toFixed(2)}`,
	].join("\n"),
);
process.exit(met ? 0 : 1);
