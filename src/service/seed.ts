import { parseText } from "../model/parse-text.ts";
import { hasAccounts } from "../store/account-repository.ts";
import { isEmpty } from "../store/institution-repository.ts";
import { withExclusiveLock } from "../store/locks.ts";
import { addAccount } from "./accounts.ts";
import { commandLine } from "./actor.ts";
import type { ServiceContext } from "./context.ts";
import { KairosError } from "./errors.ts";
import { generatePassword } from "./passwords.ts";
import { replacePlan } from "./plans.ts";

export interface Seeded {
	/** The demo school loaded, when the database held no institution. */
	institutionId: string | undefined;
	/** The administrator made, when the database held no account. */
	admin: { email: string; password: string } | undefined;
}

/**
 * On a first start, loads the demo plan into a database without institutions, and creates an
 * administrator with a one-time password (replaced at the first sign-in) in a database without
 * accounts. Each step is done when it is missing, so a start that stopped between them is
 * finished by the next one, and a database filled by `kairos import` still gets its first
 * administrator.
 */
export function seedFirstStart(context: ServiceContext, demoPlanText: string): Promise<Seeded> {
	// Several processes may start at once on one empty PostgreSQL database: only one seeds.
	return withExclusiveLock(context.store.db, "kairos:seed", async () => ({
		institutionId: (await isEmpty(context.store.db))
			? await loadDemo(context, demoPlanText)
			: undefined,
		admin: (await hasAccounts(context.store.db)) ? undefined : await firstAdministrator(context),
	}));
}

async function loadDemo(context: ServiceContext, demoPlanText: string): Promise<string> {
	const parsed = parseText(demoPlanText, "yaml", "examples/demo-school.yaml");
	if (!parsed.ok)
		throw new KairosError("validation_failed", "the demo plan does not parse", {
			problems: parsed.problems,
		});
	const institutionId = (parsed.value as { institution?: { id?: unknown } }).institution?.id;
	if (typeof institutionId !== "string")
		throw new KairosError("validation_failed", "the demo plan names no institution");
	await replacePlan(context, institutionId, parsed.value, commandLine, { mayCreate: true });
	return institutionId;
}

async function firstAdministrator(
	context: ServiceContext,
): Promise<{ email: string; password: string }> {
	const email = "admin@kairos.localhost";
	const password = generatePassword();
	await addAccount(context, {
		email,
		name: "Demo administrator",
		role: "admin",
		institutionId: null,
		password,
		mustChangePassword: true,
	});
	return { email, password };
}
