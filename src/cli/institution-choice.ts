import type { Kysely } from "kysely";
import { KairosError } from "../service/errors.ts";
import { listInstitutions } from "../store/institution-repository.ts";
import type { Database } from "../store/schema.ts";

/** The institution a command works on: `--institution`, or the only one in the database. */
export async function chooseInstitution(
	db: Kysely<Database>,
	named: string | undefined,
): Promise<string> {
	if (named !== undefined) return named;
	const institutions = await listInstitutions(db);
	const [only] = institutions;
	if (institutions.length === 1 && only) return only.id;
	throw new KairosError("bad_request", "choose the institution", {
		problems: [
			{
				path: "--institution",
				message:
					institutions.length === 0
						? "the database holds no institution yet: import a plan file first"
						: `is required: one of ${institutions.map((entry) => entry.id).join(", ")}`,
			},
		],
	});
}
