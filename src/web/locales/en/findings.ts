/**
 * The engine's findings in words, by code: a message and a suggestion made of the finding's
 * `params` (src/model/report.ts). A `_<case>` key is the text for `params.case`. The formats
 * (lib/finding-formats.ts): `date`, `number`, `money` (in `currency`), `percent` (a share),
 * `hours`, `count(of: unit)` (a number of units), `term(of: group)` (a text chosen by the value)
 * and `list(of: group; rest: param; join: comma)`. Rendered with the engine's plain formats,
 * these are exactly the engine's English texts (finding-texts.test.ts).
 */
export const findings = {
	NOT_ALIGNED_WITH_INTAKE: {
		message_noIntake:
			"not linked to an intake: the course starting on {{start, date}} sits outside the admission cycle, so its decision window is guessed from its start",
		message_noIntakeUndated:
			"not linked to an intake: the course starting on {{start, date}} sits outside the admission cycle, so its decision window is guessed from its start and {{undated, list(join: comma)}} cannot be dated",
		message_beforeAdmission:
			"starts on {{start, date}}, before admission for {{intake}} opens on {{admissionOpens, date}}",
		message_lateStart:
			"starts on {{start, date}}, {{lateDays, count(of: day)}} after {{intake}} studies start on {{studiesStart, date}} (at most {{maxDays, number}})",
		suggestion:
			"link it to the intake whose studies start nearest before the course, so it is planned and announced with that admission cycle",
		suggestion_beforeAdmission:
			"move the start after {{admissionOpens, date}}, or link the course to an earlier intake",
		suggestion_lateStart: "start by {{startBy, date}}, or link the course to the next intake",
	},
	PUBLISHED_AFTER_DECISION_WINDOW: {
		message:
			"public from {{publication, date}}, after the decision window closed on {{windowTo, date}}{{cause, term(of: PUBLISHED_AFTER_DECISION_WINDOW.cause)}}",
		cause: { open: "", blocked: ": blocked until {{blockerKind, term(of: blocker)}}" },
		suggestion:
			"{{cause, term(of: PUBLISHED_AFTER_DECISION_WINDOW.remedy)}}, or {{next, term(of: PUBLISHED_AFTER_DECISION_WINDOW.next)}}",
		suggestion_windowLeft:
			"publish now, so it is public for the {{daysLeft, count(of: day)}} left of the decision window, or {{next, term(of: PUBLISHED_AFTER_DECISION_WINDOW.next)}}",
		suggestion_windowClosed:
			"{{next, term(of: PUBLISHED_AFTER_DECISION_WINDOW.next)}}; this intake's decision window has already closed",
		remedy: {
			open: "publish by {{windowFrom, date}} so it is public for the whole decision window",
			blocked: 'announce it now as "planned" with dates, fee and a contact, without waiting',
		},
		next: {
			named: "move it to the next intake, {{nextIntake}}",
			unknown: "move it to the next intake",
		},
	},
	MARKETING_BLOCKED_BY_DEPENDENCY: {
		message:
			"publication waits until {{blockerKind, term(of: blocker)}}: public from {{publication, date}}, {{delayDays, count(of: day)}} after the planned {{plannedPublication, date}}; decision-window coverage {{coverage, term(of: MARKETING_BLOCKED_BY_DEPENDENCY.coverage)}}",
		coverage: {
			stays: "stays at {{plannedCoverage, percent}}",
			drops: "drops from {{plannedCoverage, percent}} to {{actualCoverage, percent}}",
			dropsBelow:
				"drops from {{plannedCoverage, percent}} to {{actualCoverage, percent}}, below the minimum of {{minCoverage, percent}}",
		},
		suggestion: "{{remedy, term(of: MARKETING_BLOCKED_BY_DEPENDENCY.remedy)}}",
		remedy: {
			groups:
				'confirm the trainers and rooms apart from the full-time groups, or announce the course now as "planned" and confirm the group later',
			dependency:
				'remove the dependency on {{blockerKind, term(of: dependency)}}, or announce the course now as "planned" and confirm it later',
		},
	},
	LOW_DECISION_WINDOW_COVERAGE: {
		message:
			"public from {{publication, date}}, {{daysIn, count(of: day)}} into the decision window {{windowFrom, date}} – {{windowTo, date}}: it covers {{coverage, percent}} of it (minimum {{minCoverage, percent}})",
		suggestion:
			"publish by {{latest, date}}, or better on {{windowOpens, date}} when the window opens",
		suggestion_latest: "publish by {{latest, date}}",
		suggestion_windowLeft:
			"publish now, so it is public for the {{daysLeft, count(of: day)}} left of the decision window",
		suggestion_windowClosed:
			"the decision window has closed: publish the next intake's course before its window opens",
	},
	SHORT_LEAD_TIME: {
		message:
			"public from {{publication, date}}, only {{leadDays, count(of: day)}} before the start on {{start, date}} (at least {{minDays, number}} wanted)",
		suggestion:
			"publish by {{latest, date}}, {{minDays, number}} days before the start, or move the start later",
		suggestion_now:
			"publish now, {{daysLeft, count(of: day)}} before the start, or move the start later",
	},
	NO_COMMUNICATION_BUDGET: {
		message:
			"no communication costs in the budget: {{costs, money}} of costs at {{min, count(of: participant)}}, none of it to reach learners",
		suggestion:
			"add a communication line of at least {{needed, money}} ({{share, percent}} of costs) for adverts, flyers and information events",
	},
	LOW_COMMUNICATION_BUDGET: {
		message:
			"communication is {{actualShare, percent}} of costs at {{min, count(of: participant)}} ({{communication, money}} of {{costs, money}}), below {{share, percent}}",
		suggestion: "raise communication to at least {{needed, money}}",
	},
	BELOW_BREAK_EVEN_AT_MIN: {
		message:
			"breaks even at {{breakEven, count(of: participant)}}, but the minimum group is {{min, number}}: running with {{min, number}} loses {{loss, money}}",
		suggestion:
			"raise the minimum group to {{breakEven, number}}, or the fee to {{neededFee, money}} so that it breaks even with {{min, count(of: participant)}}",
	},
	NEVER_BREAKS_EVEN: {
		message_feeTooLow:
			"never breaks even: the fee of {{fee, money}} does not cover the {{variableCost, money}} of costs per participant (fixed costs {{fixedCosts, money}}, subsidy {{subsidy, money}})",
		message_groupTooSmall:
			"never breaks even: it needs {{breakEven, count(of: participant)}}, more than the maximum group of {{max, number}} (fixed costs {{fixedCosts, money}}, subsidy {{subsidy, money}})",
		suggestion:
			"raise the fee to at least {{neededFee, money}}, find a subsidy of {{neededSubsidy, money}}, or cut fixed costs",
	},
	MISSING_OWNER: {
		message: "no {{role, term(of: roleOf)}} owner for {{milestones, list}}",
		suggestion_candidates:
			"name a {{role, term(of: roleOf)}} owner, for example {{candidates, list}}",
		suggestion_nobody:
			"add a person with the {{role, term(of: role)}} role and name them as the {{role, term(of: roleOf)}} owner",
	},
	MISSING_CONTACT: {
		message: "no contact point: learners have nobody to ask about the course",
		suggestion_advisor: "add a contact, for example the support owner {{advisor}} ({{email}})",
		suggestion_nobody:
			"add a contact with a name, an e-mail address and a phone number, usually the learning advisor",
	},
	NO_PATHWAY: {
		message: "not linked to a broader qualification: learners cannot see what it counts towards",
		suggestion_single:
			"add a pathway to a qualification and module in {{field}}, for example {{qualifications, list}}",
		suggestion_several:
			"add a pathway to a qualification and module in {{field}}, for example one of {{qualifications, list}}",
		suggestion_none:
			"add the qualification it leads to under qualifications, then link it as a pathway",
	},
	INCOMPLETE_EU_ELEMENTS: {
		message: "missing EU standard elements: {{missing, list(of: euElement)}}",
		suggestion:
			"add them before publication on {{publication, date}}, so the catalogue shows what the credential is worth",
	},
	MODULE_INCOMPLETE: {
		message: 'module "{{module}}" ({{title}}) has no {{missing, list(of: moduleElement)}}',
		suggestion:
			'add {{missing, list(of: moduleElement)}} to module "{{module}}" so it can be completed and recognised on its own',
	},
	MILESTONE_IN_PAST: {
		message:
			"{{label}} was due on {{due, date}}, {{daysAgo, count(of: day)}} ago, and is {{status, term(of: MILESTONE_IN_PAST.status)}}",
		status: { todo: "not started", doing: "still in progress" },
		suggestion_owner: "ask {{owner}} to finish it now, or mark it done if it is",
		suggestion_nobody: "name an owner to finish it now, or mark it done if it is",
	},
	OVER_CAPACITY: {
		message:
			"{{role, term(of: roleOf)}} has {{hours, hours}} planned in week {{week}} (from {{monday, date}}), capacity {{capacity, hours}}: {{tasks, list(of: task; rest: more)}}",
		suggestion_spread:
			"spread these tasks over the weeks around it (for example, do “{{moveTask}}” of {{moveOffering}} a week earlier), or add {{extra, hours}} of {{role, term(of: roleOf)}} capacity for week {{week}}",
		suggestion_add: "add {{extra, hours}} of {{role, term(of: roleOf)}} capacity for week {{week}}",
	},
	NOT_RELEASED: {
		message:
			"due in the catalogue since {{publication, date}}, but not released: learners cannot see it{{deciding, term(of: NOT_RELEASED.deciding)}}; {{hold, term(of: NOT_RELEASED.hold)}}",
		deciding: {
			before: ", and the decision window opens on {{windowFrom, date}}",
			during: " while they decide until {{windowTo, date}}",
			after: "",
		},
		hold: {
			heldBack: "it is held back (released: false)",
			noMilestone: "its template has no {{milestoneKey}} milestone to mark done",
			milestone: "“{{label}}” is {{status, term(of: NOT_RELEASED.status)}}",
		},
		status: { todo: "not started", doing: "in progress" },
		suggestion_heldBack:
			'release it now (released: true); if something is still open, announce it as "planned" with dates, fee and a contact',
		suggestion_noMilestone: "publish it now and set released: true",
		suggestion_owner: "ask {{owner}} to publish it now and mark “{{label}}” done",
		suggestion_nobody:
			"name a {{role, term(of: roleOf)}} owner to publish it now, and mark “{{label}}” done",
	},
	FILL_AT_RISK: {
		message_history:
			"{{current, number}} of a minimum {{min, number}}, {{daysBeforeStart, count(of: day)}} before the start on {{start, date}}; {{pastOfferings, number}} past offerings had {{share, percent}} of their final count by then; expected {{expected, number}} ({{low, number}}–{{high, number}}), a {{probability, percent}} chance of reaching {{min, number}}",
		message_default:
			"{{current, number}} of a minimum {{min, number}}, {{daysBeforeStart, count(of: day)}} before the start on {{start, date}}; by the default curve (too little history), courses have {{share, percent}} of their final count by then; expected {{expected, number}} ({{low, number}}–{{high, number}}), a {{probability, percent}} chance of reaching {{min, number}}",
		suggestion:
			"find {{needed, count(of: moreParticipant)}}: run a campaign to the people who showed interest, ask a partner employer to send staff, or {{next, term(of: FILL_AT_RISK.next)}}",
		next: {
			named: "move the course to the next intake, {{nextIntake}}",
			unknown: "move the course to the next intake",
		},
	},
	GO_NO_GO_OVERDUE: {
		message:
			"the go/no-go decision, due on {{due, date}}, is not recorded{{counts, term(of: GO_NO_GO_OVERDUE.counts)}}, and the course starts on {{start, date}}",
		counts: {
			known:
				": {{registered, count(of: registration)}} for a group of {{min, number}}–{{max, number}}",
			unknown: "",
		},
		suggestion_owner:
			"ask {{owner}} to record the decision: go, no-go, postpone to the next intake or merge into another course, so that every registrant is told",
		suggestion_nobody:
			"record the decision: go, no-go, postpone to the next intake or merge into another course, so that every registrant is told",
	},
	START_OR_END_ON_HOLIDAY: {
		message_start: "starts on {{day, date}}, {{cause, term(of: START_OR_END_ON_HOLIDAY.cause)}}",
		message_end: "ends on {{day, date}}, {{cause, term(of: START_OR_END_ON_HOLIDAY.cause)}}",
		cause: {
			holiday: "a public holiday ({{name}})",
			closure: "when the institution is closed ({{name}})",
		},
		suggestion_start: "move the start to {{nextWorkingDay, date}}, the next working day",
		suggestion_end: "move the end to {{nextWorkingDay, date}}, the next working day",
	},
	blocker: {
		intake: {
			fullTimeGroupsConfirmed: "full-time groups are confirmed on {{blockerDate, date}}",
			admissionOpens: "admission opens on {{blockerDate, date}}",
			admissionCloses: "admission closes on {{blockerDate, date}}",
			studiesStart: "studies start on {{blockerDate, date}}",
		},
		decisionWindow: {
			from: "the decision window opens on {{blockerDate, date}}",
			to: "the decision window closes on {{blockerDate, date}}",
		},
		date: "{{blockerDate, date}}",
	},
	/** What a blocker is in the plan: its anchor, or its date. */
	dependency: {
		intake: {
			fullTimeGroupsConfirmed: "{{blocker}}",
			admissionOpens: "{{blocker}}",
			admissionCloses: "{{blocker}}",
			studiesStart: "{{blocker}}",
		},
		decisionWindow: { from: "{{blocker}}", to: "{{blocker}}" },
		date: "{{blockerDate, date}}",
	},
	/** A role as a name: "the marketing role". */
	role: { manager: "manager", pedagogy: "pedagogy", marketing: "marketing", support: "support" },
	/** A role as it qualifies a noun: "a marketing owner", "marketing capacity". */
	roleOf: { manager: "manager", pedagogy: "pedagogy", marketing: "marketing", support: "support" },
	unit: {
		day_one: "{{count, number}} day",
		day_other: "{{count, number}} days",
		participant_one: "{{count, number}} participant",
		participant_other: "{{count, number}} participants",
		moreParticipant_one: "{{count, number}} more participant",
		moreParticipant_other: "{{count, number}} more participants",
		registration_one: "{{count, number}} registration",
		registration_other: "{{count, number}} registrations",
	},
	euElement: {
		title: "title",
		awardingBody: "awarding body",
		country: "country",
		learningOutcomes: "learning outcomes (learningOutcomes)",
		credits: "workload (credits)",
		level: "level (level.eqf)",
		assessment: "type of assessment (assessment)",
		mode: "form of participation (mode)",
		qualityAssurance: "type of quality assurance (qualityAssurance)",
	},
	moduleElement: {
		credits: "credits",
		learningOutcomes: "learning outcomes",
		assessment: "assessment",
	},
	task: "{{offering}}: {{label}} ({{hours, hours}})",
	taskMore_one: "{{count, number}} more task",
	taskMore_other: "{{count, number}} more tasks",
} as const;
