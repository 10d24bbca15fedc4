import { type AccountRole, accountRoles } from "./roles.ts";

const everyone = accountRoles;

/**
 * What each role may do (docs/permissions.md). Every API route names one permission; the server
 * enforces it, the staff app hides what a role may not do, and a test walks every route with
 * every role against this table.
 */
export const permissions = {
	"institutions:read": everyone,
	"plan:read": everyone,
	"plan:replace": ["admin", "manager"],
	"report:read": everyone,
	"intakes:write": ["admin", "manager"],
	"qualifications:write": ["admin", "manager", "pedagogy"],
	"templates:write": ["admin", "manager"],
	"people:write": ["admin", "manager"],
	"offerings:create": ["admin", "manager"],
	"offerings:update": ["admin", "manager", "pedagogy", "marketing"],
	"offerings:delete": ["admin", "manager"],
	"milestones:update": ["admin", "manager", "pedagogy", "marketing", "support"],
	"registrations:read": everyone,
	"registrations:manage": ["admin", "manager", "support"],
	"decisions:record": ["admin", "manager"],
	"audit:read": ["admin", "manager"],
	"tokens:manage": everyone,
	"session:read": everyone,
	"password:change": everyone,
	"calendar:manage": everyone,
	"digest:manage": everyone,
	"accounts:manage": ["admin"],
	"learner-data:manage": ["admin", "manager", "support"],
	"jobs:manage": ["admin"],
} as const satisfies Record<string, readonly AccountRole[]>;

export type Permission = keyof typeof permissions;

/**
 * What a session opened with a one-time password may do until it has set its own: read who it
 * is, change the password and sign out. Every other route answers `password_change_required`.
 */
export const permissionsBeforePasswordChange: readonly Permission[] = [
	"session:read",
	"password:change",
];

export function allows(role: AccountRole, permission: Permission): boolean {
	return (permissions[permission] as readonly AccountRole[]).includes(role);
}
