/** Signing in and passwords. */
export const session = {
	title: "Sign in to Kairos",
	intro:
		"Plan micro-credential courses inside the two intakes, with every course's marketing plan.",
	email: "Email",
	password: "Password",
	submit: "Sign in",
	changeTitle: "Set your password",
	changeRequired: "You signed in with a one-time password. Choose your own to continue.",
	currentPassword: "Current password",
	newPassword: "New password",
	newPasswordHint: "At least 12 characters.",
	repeatPassword: "Repeat the new password",
	mismatch: "The two new passwords differ.",
	changeSubmit: "Set password",
	changed: "Your password is set.",
	invitationTitle: "Welcome to Kairos",
	invitationGreeting:
		"{{name}}, you are invited to plan with {{institution}} as {{role}}. Choose your password to begin.",
	invitationSubmit: "Set password and sign in",
} as const;
