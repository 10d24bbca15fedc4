/** The learner data view: what is kept about a learner, handed over or erased on request. */
export const learnerData = {
	title: "Learner data",
	intro:
		"A learner may ask what {{institution}} keeps about them, for a copy of it, or to have it erased. Every e-mail to a learner also links to a page where they can do this themselves.",
	onlyStaff:
		"Looking up and erasing learners' data is for programme managers, support and administrators.",
	email: "The learner's e-mail address",
	lookUp: "Look up",
	looking: "Looking up…",
	resultTitle: "What is kept about {{email}}",
	summary:
		"{{registrations}} and {{mails}}. A registration is kept until {{months}} months after its course ends; one whose address was never confirmed, {{days}} days.",
	registrationCount_one: "{{count}} registration",
	registrationCount_other: "{{count}} registrations",
	mailCount_one: "{{count}} e-mail",
	mailCount_other: "{{count}} e-mails",
	nothing: "Nothing is kept about {{email}}.",
	course: "Course",
	courseGone: "{{id}} (no longer planned)",
	state: "State",
	states: {
		interest: "Interested",
		applied: "Applied",
		waitlisted: "Waiting list",
		enrolled: "Enrolled",
		withdrawn: "Withdrawn",
	},
	registered: "Registered",
	consent: "Consent",
	consentVersion: "version {{version}}",
	keptUntil: "Kept until",
	download: "Download as JSON",
	erase: "Erase this data…",
	confirmTitle: "Erase everything kept about {{email}}?",
	confirmText:
		"This erases {{registrations}} and {{mails}} for good. The audit log records that you erased a learner's data, not whose it was.",
	confirm: "Erase",
	cancel: "Cancel",
	erased:
		"Erased {{registrations}} and {{mails}} of {{email}}. The links in the mails sent to that address no longer work.",
} as const;
