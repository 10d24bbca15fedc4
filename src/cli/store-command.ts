import { createServiceContext, type ServiceContext } from "../service/context.ts";
import { KairosError } from "../service/errors.ts";
import { openStore, type Store } from "../store/open.ts";
import { databaseLocation, mailerFromEnv, publicUrlFromEnv } from "./config.ts";
import { ExitCode } from "./exit-codes.ts";
import { printProblems } from "./problems-output.ts";

/**
 * Runs a command against the database and closes it. Expected failures (KairosError) print one
 * line per problem and exit 2; a database that cannot be opened is one line too.
 */
export async function withStore(
	db: string | undefined,
	run: (context: ServiceContext) => Promise<ExitCode>,
): Promise<ExitCode> {
	const location = databaseLocation(db);
	let store: Store;
	try {
		store = await openStore(location);
	} catch (error) {
		printProblems([
			{
				path: "--db",
				message: `cannot open ${location.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@")}: ${(error as Error).message}`,
			},
		]);
		return ExitCode.BadInput;
	}
	try {
		return await run(
			createServiceContext({ store, mailer: mailerFromEnv(), publicUrl: publicUrlFromEnv() }),
		);
	} catch (error) {
		if (!(error instanceof KairosError)) throw error;
		printProblems(
			error.problems.length > 0 ? error.problems : [{ path: "kairos", message: error.message }],
		);
		return ExitCode.BadInput;
	} finally {
		await store.close();
	}
}
