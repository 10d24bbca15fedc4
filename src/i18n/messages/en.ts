/** English: the reference language; every other language has the same keys (the type checks it). */
export const en = {
	site: {
		skipToContent: "Skip to content",
		language: "Language",
		catalogue: "Courses",
		poweredBy: "Course planning with Kairos",
		/** After a text shown in another language because it has no translation. */
		inLanguage: "(in {{language}})",
	},
	status: {
		planned: "Planned",
		open: "Open for registration",
		confirmed: "Group confirmed",
		full: "Full",
		cancelled: "Cancelled",
		postponed: "Postponed",
		merged: "Merged",
	},
	statusHelp: {
		planned: "Dates and fee are set; registration opens on {{date}}.",
		open: "Registration is open until {{date}}.",
		confirmed: "The group will run.",
		full: "All places are taken; register your interest for the next group.",
		cancelled: "This group will not run.",
		postponed: "This group will not run: the course moved to {{course}}, starting {{date}}.",
		merged: "This group will not run on its own: its learners join {{course}}, starting {{date}}.",
	},
	mode: { "on-site": "On site", online: "Online", blended: "Blended (on site and online)" },
	catalogue: {
		title: "Micro-credential courses",
		intro:
			"Short courses for working adults, planned with the admission cycle. Each one counts towards a wider qualification.",
		filters: "Find a course",
		search: "Words",
		institution: "School",
		intake: "Intake",
		field: "Field",
		level: "Level (EQF)",
		languageOfStudy: "Language of study",
		mode: "Form of study",
		feeMin: "Fee from (EUR)",
		feeMax: "Fee up to (EUR)",
		any: "Any",
		apply: "Show courses",
		clear: "Clear filters",
		found_one: "{{count}} course",
		found_other: "{{count}} courses",
		none: "No course matches these filters yet.",
		intakeHeading: "{{intake}}: studies start {{date}}",
		noIntake: "Other courses",
		starts: "Starts {{date}}",
	},
	offering: {
		backToCatalogue: "All courses",
		when: "Dates",
		schedule: "{{start}} – {{end}}",
		where: "Place",
		online: "Online",
		language: "Language of study",
		fee: "Fee",
		free: "Free",
		feeNote: "The fee is due only once the group is confirmed.",
		feeNoteConfirmed: "The group is confirmed, so the fee is due.",
		subsidised: "The course is subsidised: the fee is what you pay.",
		subsidisedFree: "The course is subsidised, so you pay nothing.",
		includes: "Includes the teaching.",
		includesMaterials: "Includes the teaching and the study materials.",
		group: "Group size",
		groupSize_one: "{{group}} participant",
		groupSize_other: "{{group}} participants",
		conditions: "Conditions",
		conditionsText_one:
			"The course runs when at least {{count}} participant registers by {{date}}. We confirm the group before it starts.",
		conditionsText_other:
			"The course runs when at least {{count}} participants register by {{date}}. We confirm the group before it starts.",
		conditionsConfirmed: "The group is confirmed: the course runs.",
		prerequisites: "Prerequisites",
		none: "None",
		credentialHeading: "What you earn",
		credits: "Workload",
		level: "Level",
		outcomes: "Learning outcomes",
		assessment: "Assessment",
		qualityAssurance: "Quality assurance",
		awardedBy: "Awarded by",
		modules: "Modules",
		modulesIntro: "Each module can be completed and recognised on its own.",
		pathway: "Pathway",
		pathwayText: "Counts towards {{qualification}} (EQF {{level}})",
		pathwayModule: "module {{module}}",
		contact: "Questions?",
		contactIntro: "Ask {{name}}.",
		addToCalendar: "Add to calendar (.ics)",
		registration: "Registration",
		registrationWindow: "Registration is open from {{from}} to {{to}}.",
		movedLink: "See the new group",
	},
	signUp: {
		heading: "Notify me",
		intro:
			"Leave your e-mail and we will tell you when registration opens and when the group is confirmed.",
		name: "Name",
		email: "E-mail",
		phone: "Phone (optional)",
		consent:
			"I agree that {{institution}} uses my name and contact details only to inform me about this course and its next groups. The data is kept until {{months}} months after the course ends, or until I unsubscribe; every e-mail has a link to see or erase it.",
		submit: "Register my interest",
		honeypot: "Leave this field empty",
		checkEmail: "Almost done: check your e-mail",
		checkEmailText:
			"We sent a link to {{email}}. Open it to confirm, so that we only write to people who asked.",
		confirmed: "Thank you, you are on the list",
		confirmedText:
			"We will let you know about {{course}}. Every message has a link to unsubscribe.",
		confirmHeading: "Confirm your interest",
		confirmPrompt: "Press the button to confirm that you want news about this course.",
		confirmButton: "Confirm",
		unsubscribeHeading: "Stop the e-mails",
		unsubscribePrompt: "Press the button and we will not write to you about this course again.",
		unsubscribeButton: "Unsubscribe",
		unsubscribed: "You are unsubscribed",
		unsubscribedText: "We will not write to you about this course again.",
		invalidLink: "This link is not valid any more.",
		problems: "Please check the form",
		tooMany: "Too many sign-ups from here; please try again in a few minutes.",
	},
	myData: {
		title: "Your data at {{institution}}",
		intro:
			"What {{institution}} keeps about {{email}}. This page is only reachable through the link in the e-mails we sent to that address.",
		retention:
			"We keep a registration until {{months}} months after its course ends, and a sign-up whose e-mail address was never confirmed for {{days}} days.",
		registrations: "Registrations",
		noRegistrations: "We keep no registration for this address.",
		courseGone: "A course no longer planned ({{id}})",
		consent: "Your consent",
		consentGiven: "Given on {{date}} (version {{version}})",
		courseEnd: "Last day of the course",
		keptUntil: "Kept until",
		notYet: "not yet",
		none: "none",
		field: {
			state: "State",
			name: "Name",
			email: "E-mail",
			phone: "Phone",
			language: "Language of the e-mails",
			source: "How you came to the course",
			referrer: "The page that linked to the course",
			address: "The internet address the sign-up came from",
			createdAt: "Registered",
			confirmSentAt: "Confirmation e-mail sent",
			confirmedAt: "E-mail address confirmed",
			unsubscribedAt: "Unsubscribed",
			appliedAt: "Applied",
			waitlistedAt: "Put on the waiting list",
			enrolledAt: "Enrolled",
			withdrawnAt: "Withdrawn",
			invitedAt: "Told that registration is open",
		},
		state: {
			interest: "Interested",
			applied: "Applied",
			waitlisted: "On the waiting list",
			enrolled: "Enrolled",
			withdrawn: "Withdrawn",
		},
		mails: "E-mails we sent you",
		mailsKept:
			"We keep the subject and time of each e-mail, never its text, until 30 days after it was sent.",
		noMails: "We keep no e-mail to this address.",
		mailSubject: "Subject",
		mailDate: "Date",
		mailStatus: "Status",
		mailSent: "sent",
		mailWaiting: "waiting to be sent",
		mailFailed: "could not be delivered",
		download: "Download my data (JSON)",
		eraseHeading: "Erase my data",
		eraseIntro:
			"Erasing removes every registration above, the e-mails we keep to this address, and this page. We will not write to you again unless you sign up again.",
		eraseButton: "Erase my data …",
		confirmHeading: "Erase your data at {{institution}}?",
		confirmText_zero: "This erases everything we keep about {{email}}. It cannot be undone.",
		confirmText_one:
			"This erases your registration and everything else we keep about {{email}}. It cannot be undone.",
		confirmText_other:
			"This erases your {{count}} registrations and everything else we keep about {{email}}. It cannot be undone.",
		confirmButton: "Yes, erase my data",
		cancel: "No, keep my data",
		erased: "Your data is erased",
		erasedText:
			"We keep nothing about your address any more, and the links in our earlier e-mails do not work now.",
		invalidLink: "This link does not work",
		invalidLinkText:
			"It may be mistyped or more than a year old, or the data it showed was erased. Open the link in a newer e-mail from us, or ask the school.",
	},
	digests: {
		optOutHeading: "Stop the task digests",
		optOutPrompt:
			"Press the button and Kairos will send you neither the Monday digest of your tasks nor the mail on the day one falls overdue.",
		optOutButton: "Stop the digests",
		optedOut: "You will get no more digests",
		optedOutText:
			"Your tasks stay in the staff app. You can have the digests again here, or on its Tasks page.",
		optInButton: "Send me the digests again",
		optedIn: "You will get the digests again",
		optedInText: "On Monday the week's tasks, and a mail on the day a task falls overdue.",
		invalidLink: "This link is not valid.",
	},
	apply: {
		heading: "Apply",
		intro:
			"Registration is open. Apply now: while places are free you get one, once the group is full you join the waitlist.",
		consent:
			"I agree that {{institution}} uses my name and contact details to handle my application to this course. The data is kept until {{months}} months after the course ends, or until I unsubscribe; every e-mail has a link to see or erase it.",
		submit: "Send my application",
		elsewhereIntro: "Registration is open. Applications for this course are taken at {{site}}.",
		elsewhere: "Apply at {{site}}",
		appliedHeading: "Your application is in: check your e-mail",
		appliedText:
			"A place in the group is kept for you for 48 hours. We sent a link to {{email}}: open it to confirm your address and keep the place.",
		waitlistedHeading: "You are on the waitlist: check your e-mail",
		waitlistedText:
			"The group is full, so you are number {{position}} on the waitlist. We sent a link to {{email}}: open it to confirm your address. We will write as soon as a place frees up.",
		notOpen: "Registration for this course is not open.",
		confirmedText: "We will write to you about your application to {{course}}.",
	},
	pathway: {
		title: "Pathway to {{qualification}}",
		intro:
			"These micro-credentials count towards {{qualification}} ({{credits}}). Take them one by one, in any intake, in the order below.",
		level: "Level",
		credits: "Total workload",
		modules: "Modules of the qualification",
		courses: "Courses that count towards it",
		none: "No course on this pathway is published yet.",
	},
	calendar: {
		status: "Status",
		deadline: "Registration closes: {{course}}",
		movedTo: "Moved to {{course}}, starting {{date}}",
	},
	units: { EKAP: "EKAP", ECTS: "ECTS", ECVET: "ECVET points", hours: "hours" },
	/** The mail that tells a registrant the go/no-go decision (service/follow-through-mail.ts). */
	followThrough: {
		subject: {
			go: "Confirmed: {{course}}",
			"no-go": "Cancelled: {{course}}",
			postpone: "Postponed: {{course}}",
			merge: "Joined with another group: {{course}}",
		},
		news: {
			go: "Good news: the group of {{course}} will run. It starts on {{start}}.",
			"no-go": "We are sorry: the course {{course}}, planned to start on {{start}}, will not run.",
			postpone:
				"The course {{course}} will not start on {{start}}: it moved to the next intake, and the new group, {{target}}, starts on {{targetStart}}.",
			merge:
				"The group of {{course}} will not run on its own: it joins {{target}}, which starts on {{targetStart}}.",
		},
		moved: "Your registration moved with it: you need not register again.",
		waitlisted:
			"The new group is full: your registration moved to its waitlist, and we will write when a place is free.",
		alreadyThere: "You are registered for it already.",
		notMoved:
			"Your place does not move by itself: please tell us whether you want to join the new group.",
		alternatives: "These courses may suit you instead:",
		alternative: "{{course}}, starting {{start}}",
		coursePage: "The course's page:",
		purpose: "We write because you registered for this course.",
	},
	/** The analysis and the yearly report (src/report/analysis-*.ts, yearly-html.ts). */
	analysis: {
		title: "What timing did to fill",
		eyebrow: "Analysis of the history",
		asOf: "as of {{date}}",
		summary: "Summary",
		plots: "The plots",
		groups: "Fill by group",
		groupsNote:
			"Each mean comes with its n and its 95% interval: a small group's interval is wide. The tables do not test whether groups differ, so do not rank them by their means.",
		byField: "By field",
		byIntake: "By intake",
		byChannel: "Registrations by channel",
		atRisk: "This year's offerings at risk",
		atRiskIntro:
			"Offerings planned now whose lead time or decision-window coverage falls where the line fitted to past offerings lies below their minimum group: offerings timed so fell short more often than not. The range is where one offering timed so would fill 95 times in 100; it is wide, as single courses vary much more than the average does.",
		noneAtRisk: "No offering planned now falls where past offerings filled badly.",
		noRows: "No past offering gives this.",
		atRiskUnknown:
			"The history shows no clear link between timing and fill yet, so it cannot tell which offerings planned now are at risk.",
		pastOfferings: "Past offerings",
		madeBy: "Made by Kairos from the plan of {{institution}} ({{id}}).",
		column: {
			offering: "Offering",
			field: "Field",
			intake: "Intake",
			group: "Group",
			n: "n",
			fill: "Fill",
			interval: "95% interval",
			channel: "Channel",
			registrations: "Registrations",
			registrationsOfPlaces: "Registered / places",
			share: "Share",
			leadTime: "Lead time",
			coverage: "Coverage",
			expectedFill: "Expected fill (95% range)",
			minimum: "Minimum fill",
			places: "Places",
			by: "From",
			status: "Status",
			publication: "Public from",
			start: "Start",
			spend: "Communication",
			costPerEnrolment: "Per enrolment",
		},
		by: { leadTime: "lead time", coverage: "coverage" },
		weeks_one: "{{count}} week",
		weeks_other: "{{count}} weeks",
		days_one: "{{count}} day",
		days_other: "{{count}} days",
		unitWeeks_one: "week",
		unitWeeks_other: "{{count}} weeks",
		unitDays_one: "day",
		unitDays_other: "{{count}} days",
		otherChannels_one: "{{count}} other channel",
		otherChannels_other: "{{count}} other channels",
		otherGroups_one: "{{count}} other group",
		otherGroups_other: "{{count}} other groups",
		none: "–",
		plot: {
			"lead-time": "Fill against lead time",
			coverage: "Fill against decision-window coverage",
			spend: "Registrations against communication spend",
			"cost-per-enrolment": "Cost per enrolment against communication spend",
			leadTimeAxis: "Lead time (weeks)",
			coverageAxis: "Decision window covered (%)",
			fillAxis: "Fill (% of places)",
			spendAxis: "Communication spend",
			registrationsAxis: "Registrations",
			costPerEnrolmentAxis: "Cost per enrolment",
			ran: "Ran",
			cancelled: "Cancelled",
			line: "Fitted line",
			band: "95% band",
			noLine: "Too few points or too little spread: no line fitted",
			tooLittleData: "Too little data for this plot",
		},
		statement: {
			tooLittleData:
				"There is too little data to conclude anything yet: {{n}} past offerings have a known result, and the analysis needs at least {{needed}}.",
			overallFill:
				"Past offerings filled {{fill}} of their places on average (n = {{n}}{{interval}}); {{reached}} of them reached their minimum group.",
			noPastOfferings: "No past offering has a known result yet.",
			intervalPart: "; 95% interval {{low}} to {{high}}",
			bothGroups:
				"Offerings public for the whole decision window filled {{a}} of their places on average (n = {{na}}); those published after it filled {{b}} (n = {{nb}})",
			onlyWhole:
				"Offerings public for the whole decision window filled {{a}} of their places on average (n = {{na}}); none was published after it, so there is nothing to compare.",
			onlyAfter:
				"Offerings published after the decision window filled {{b}} of their places on average (n = {{nb}}); none was public for all of it, so there is nothing to compare.",
			noGroups:
				"No past offering was public for the whole decision window or published after it, so there is nothing to compare.",
			difference_one:
				"{{groups}}: a difference of {{difference}} percentage point (95% interval {{low}} to {{high}}).",
			difference_other:
				"{{groups}}: a difference of {{difference}} percentage points (95% interval {{low}} to {{high}}).",
			noClearDifference_one:
				"{{groups}}. That is no clear difference: {{difference}} percentage point, with a 95% interval from {{low}} to {{high}}.",
			noClearDifference_other:
				"{{groups}}. That is no clear difference: {{difference}} percentage points, with a 95% interval from {{low}} to {{high}}.",
			tooFewToConclude_one:
				"{{groups}}. With fewer than {{needed}} offerings in a group that is too few to conclude anything: {{difference}} percentage point, with a 95% interval from {{low}} to {{high}}.",
			tooFewToConclude_other:
				"{{groups}}. With fewer than {{needed}} offerings in a group that is too few to conclude anything: {{difference}} percentage points, with a 95% interval from {{low}} to {{high}}.",
			tooFewToCompare: "{{groups}}; too few offerings in a group to compare them.",
			partial: " Those public for part of the window filled {{fill}} (n = {{n}}).",
			higher: "higher",
			lower: "lower",
			more: "more",
			fewer: "fewer",
			noSpread: {
				leadTime:
					"All {{n}} past offerings had the same lead time ({{value}}), so there is no line to relate fill to it.",
				coverage:
					"All {{n}} past offerings covered the same share of the decision window ({{value}}), so there is no line to relate fill to it.",
			},
			timingHint:
				"Only {{conclusive}} of the {{tests}} timing comparisons above shows a link. Each is made at 95%, so among several one can show a link by chance alone: take it as a hint to watch, not a finding.",
			timingAgree:
				"{{conclusive}} of the {{tests}} timing comparisons above show a link, all the same way. They look at the same offerings, so they confirm each other less than separate evidence would, and a history shows what went together, not what caused it: offerings published early may differ in other ways too.",
			timingDisagree:
				"The timing comparisons that show a link point different ways, so together they show no consistent link.",
			leadTime_one:
				"Each {{unit}} more of lead time went with a fill {{change}} percentage point {{direction}} (95% interval {{low}} to {{high}}; n = {{n}}, lead times from {{from}} to {{to}}).",
			leadTime_other:
				"Each {{unit}} more of lead time went with a fill {{change}} percentage points {{direction}} (95% interval {{low}} to {{high}}; n = {{n}}, lead times from {{from}} to {{to}}).",
			leadTimeUnclear_one:
				"Lead time shows no clear link with fill (n = {{n}}, lead times from {{from}} to {{to}}): per {{unit}} more, the fitted line changes by {{change}} percentage point, with a 95% interval from {{low}} to {{high}}.",
			leadTimeUnclear_other:
				"Lead time shows no clear link with fill (n = {{n}}, lead times from {{from}} to {{to}}): per {{unit}} more, the fitted line changes by {{change}} percentage points, with a 95% interval from {{low}} to {{high}}.",
			coverage_one:
				"Each 10 percentage points more of the decision window covered went with a fill {{change}} percentage point {{direction}} (95% interval {{low}} to {{high}}; n = {{n}}, coverage from {{from}} to {{to}}).",
			coverage_other:
				"Each 10 percentage points more of the decision window covered went with a fill {{change}} percentage points {{direction}} (95% interval {{low}} to {{high}}; n = {{n}}, coverage from {{from}} to {{to}}).",
			coverageUnclear_one:
				"Decision-window coverage shows no clear link with fill (n = {{n}}, coverage from {{from}} to {{to}}): per 10 percentage points more, the fitted line changes by {{change}} percentage point, with a 95% interval from {{low}} to {{high}}.",
			coverageUnclear_other:
				"Decision-window coverage shows no clear link with fill (n = {{n}}, coverage from {{from}} to {{to}}): per 10 percentage points more, the fitted line changes by {{change}} percentage points, with a 95% interval from {{low}} to {{high}}.",
			spend_one:
				"Each 100 more spent on communication went with {{change}} {{direction}} registration (95% interval {{low}} to {{high}}; n = {{n}}, spend from {{from}} to {{to}}). That does not show what spending more would bring: larger groups, and costs budgeted per participant, raise spend and registrations together.",
			spend_other:
				"Each 100 more spent on communication went with {{change}} {{direction}} registrations (95% interval {{low}} to {{high}}; n = {{n}}, spend from {{from}} to {{to}}). That does not show what spending more would bring: larger groups, and costs budgeted per participant, raise spend and registrations together.",
			spendUnclear_one:
				"Communication spend shows no clear link with registrations (n = {{n}}, spend from {{from}} to {{to}}): per 100 more spent, the fitted line changes by {{change}} registration, with a 95% interval from {{low}} to {{high}}.",
			spendUnclear_other:
				"Communication spend shows no clear link with registrations (n = {{n}}, spend from {{from}} to {{to}}): per 100 more spent, the fitted line changes by {{change}} registrations, with a 95% interval from {{low}} to {{high}}.",
			spendTooFew_one:
				"Only {{count}} past offering recorded its communication spend: too few (at least {{needed}}) to tell whether more spend went with more registrations.",
			spendTooFew_other:
				"Only {{count}} past offerings recorded their communication spend: too few (at least {{needed}}) to tell whether more spend went with more registrations.",
			spendTooFew_zero:
				"No past offering recorded its communication spend, so there is nothing to relate to registrations.",
			spendNoSpread:
				"The {{n}} past offerings that recorded their communication spend all spent the same, so there is no line to relate registrations to spend.",
			pooledCost_one:
				" The {{count}} course that ran and recorded its spend spent {{spend}} and enrolled {{enrolments}}: {{perEnrolment}} per enrolment.",
			pooledCost_other:
				" The {{count}} courses that ran and recorded their spend spent {{spend}} and enrolled {{enrolments}}: {{perEnrolment}} per enrolment.",
		},
	},
	/** The yearly report for leadership and funders (src/report/yearly-html.ts). */
	yearly: {
		title: "{{institution}}: the year {{year}}",
		eyebrow: "Yearly report",
		intro:
			"Per intake: the offerings that ran, were cancelled, are running or are still planned, how they filled, how early they were public, and what their communication cost.",
		atAGlance: "The year at a glance",
		glanceNote:
			"Fill, enrolments and cost per enrolment are those of the offerings that ran; the communication spend is that of every offering, cancelled ones included.",
		studiesStart: "Studies start {{date}}",
		ran: "Ran",
		cancelled: "Cancelled",
		running: "Running",
		planned: "Planned",
		fill: "Fill",
		leadTime: "Lead time",
		leadTimeRange: "Lead time, median (from {{min}} to {{max}})",
		coverage: "Decision window covered",
		enrolments: "Enrolments",
		spend: "Communication spend",
		costPerEnrolment: "Cost per enrolment",
		offerings: "Offerings",
		noIntakes: "No intake of this year has offerings.",
		otherIntakes_one: "{{count}} other intake",
		otherIntakes_other: "{{count}} other intakes",
		otherIntakesNote:
			"This year has more intakes than a school runs: those past the {{kept}} with the most offerings are summed here, and their offerings are in one table.",
		analysis: "What the history shows",
		/** Headings of the offerings' table, which may break (soft hyphens) to fit A4. */
		column: { leadTime: "Lead time", spend: "Communication" },
		status: { ran: "Ran", cancelled: "Cancelled", running: "Running", planned: "Planned" },
	},
	notFound: "This page does not exist, or the course is not public yet.",
};

/** The shape every language's messages have. */
export type Messages = typeof en;
