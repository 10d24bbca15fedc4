/** The administrator's accounts view. */
export const accounts = {
	title: "Accounts",
	intro:
		"Invite the people who plan with Kairos. Each gets a link by e-mail to set their password; link each account to its person of the plan, so their tasks are theirs.",
	invite: {
		title: "Invite someone to {{institution}}",
		person: "Person of the plan",
		personHint: "Their tasks and calendar are this person's milestones.",
		noPerson: "Nobody",
		submit: "Send the invitation",
		sent: "The invitation is on its way to {{email}}. The link works once, for 7 days.",
		link: "Invitation link",
	},
	email: "Email",
	name: "Name",
	role: "Role",
	person: "Person",
	stateTitle: "State",
	access: "Access",
	state: {
		active: "Active",
		disabled: "Disabled on {{date}}",
		invited: "Invited, not accepted yet (link valid until {{date}})",
	},
	roleOf: "Role of {{name}}",
	personOf: "Person of {{name}}",
	changeRole: "Change role",
	disable: "Disable",
	enable: "Enable",
	reinvite: "Invite again",
	resetPassword: "Reset password",
	oneTimePassword: "One-time password",
	copy: "Copy",
	copied: "Copied",
	listTitle: "Accounts of {{institution}}",
	onlyAdministrators:
		"Only an administrator manages accounts. Ask yours to invite a colleague or change a role.",
} as const;
