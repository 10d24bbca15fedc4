import { parseText } from "../model/parse-text.ts";
import { isEmpty } from "../store/institution-repository.ts";
import { withExclusiveLock } from "../store/locks.ts";
import { addAccount } from "./accounts.ts";
import { commandLine } from "./actor.ts";
import type { ServiceContext } from "./context.ts";
import { KairosError } from "./errors.ts";
import { generatePassword } from "./passwords.ts";
import { replacePlan } from "./plans.ts";

export interface SeededDemo {
	institutionId: string;
	adminEmail: string;
	/** Shown once, at the first start; only its hash is stored, and the first sign-in replaces it. */
	adminPassword: string;
}

/**
 * On a first start (an empty database), loads the demo plan and creates an administrator with a
 * one-time password, which must be replaced at the first sign-in. Returns undefined when the database already holds data.
 */
export function seedDemoIfEmpty(
	context: ServiceContext,
	demoPlanText: string,
): Promise<SeededDemo | undefined> {
	// Several processes may start at once on one empty PostgreSQL database: only one seeds.
	return withExclusiveLock(context.store.db, "kairos:seed", () => seed(context, demoPlanText));
}

async function seed(
	context: ServiceContext,
	demoPlanText: string,
): Promise<SeededDemo | undefined> {
	if (!(await isEmpty(context.store.db))) return undefined;
	const parsed = parseText(demoPlanText, "yaml", "examples/demo-school.yaml");
	if (!parsed.ok)
		throw new KairosError("validation_failed", "the demo plan does not parse", {
			problems: parsed.problems,
		});
	const institutionId = (parsed.value as { institution?: { id?: unknown } }).institution?.id;
	if (typeof institutionId !== "string")
		throw new KairosError("validation_failed", "the demo plan names no institution");
	await replacePlan(context, institutionId, parsed.value, commandLine, { mayCreate: true });
	const adminEmail = "admin@kairos.localhost";
	const adminPassword = generatePassword();
	await addAccount(context, {
		email: adminEmail,
		name: "Demo administrator",
		role: "admin",
		institutionId: null,
		password: adminPassword,
		mustChangePassword: true,
	});
	return { institutionId, adminEmail, adminPassword };
}
