/** The account roles, from most to least powerful (docs/permissions.md). */
export const accountRoles = [
	"admin",
	"manager",
	"pedagogy",
	"marketing",
	"support",
	"viewer",
] as const;
export type AccountRole = (typeof accountRoles)[number];

/** Whether a text is one of the account roles. */
export function isAccountRole(role: string): role is AccountRole {
	return (accountRoles as readonly string[]).includes(role);
}
