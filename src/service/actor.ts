import type { AccountRole } from "../model/api/roles.ts";

/** Who is acting: recorded in the audit log with every change. */
export interface Actor {
	/** `account:<id>`, `token:<id>` or `cli`. */
	label: string;
	role: AccountRole;
	/** The account acting (by session or by one of its tokens); null for the command line. */
	accountId: string | null;
	/** The institution the actor belongs to; null for administrators, who see all. */
	institutionId: string | null;
}

export const commandLine: Actor = {
	label: "cli",
	role: "admin",
	institutionId: null,
	accountId: null,
};
