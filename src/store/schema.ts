import type { Generated } from "kysely";

/** Timestamps are ISO 8601 strings in UTC; dates are `YYYY-MM-DD`; JSON is stored as text. */
type Timestamp = string;

export interface InstitutionsTable {
	id: string;
	name: string;
	/** The plan file's institution object without `id`, `name` and `people`. */
	body: string;
	/** Incremented by every write to the institution or any of its rows. */
	plan_version: number;
	created_at: Timestamp;
	updated_at: Timestamp;
}

/** One plan resource: a person, intake, qualification, template, offering or past offering. */
export interface ResourceTable {
	institution_id: string;
	id: string;
	/** The order in the plan file, kept for a lossless export. */
	position: number;
	/** The resource's plan-file JSON (offerings without milestoneStatus and registrations). */
	body: string;
	version: number;
	updated_at: Timestamp;
}

export interface OfferingsTable extends ResourceTable {
	intake_id: string | null;
	start_date: string;
	end_date: string;
}

export interface PastOfferingsTable extends ResourceTable {
	/** The past offering's `end`, when it has one (0011). */
	end_date: string | null;
}

export interface MilestoneProgressTable {
	institution_id: string;
	offering_id: string;
	key: string;
	status: string;
	done_on: string | null;
	note: string | null;
	owner: string | null;
	/** A due date that replaces the template's (0006). */
	due: string | null;
	/** True when the plan file gave only a status, so export writes it back the same way. */
	status_only: number;
	version: number;
	updated_at: Timestamp;
}

export interface RegistrationCountsTable {
	institution_id: string;
	offering_id: string;
	date: string;
	count: number;
}

export interface AccountsTable {
	id: string;
	email: string;
	name: string;
	role: string;
	/** Null for administrators, who see every institution. */
	institution_id: string | null;
	password_hash: string;
	created_at: Timestamp;
	/** 1 while the account signs in with a one-time password it must replace; else 0. */
	must_change_password: number;
	/** When an administrator disabled it; null while it may sign in. */
	disabled_at: Timestamp | null;
	/** The `people` id of its institution's plan that this account is; null when none. */
	person_id: string | null;
	/** SHA-256 (hex) of the token of a pending invitation's link; null once accepted, or never invited. */
	invitation_token_hash: string | null;
	/** When the pending invitation expires; null when none is pending. */
	invitation_expires_at: Timestamp | null;
	/** The secret of the personal calendar feed's address, kept to show the address again. */
	calendar_token: string | null;
	/** SHA-256 (hex) of `calendar_token`: what a feed request is looked up by. */
	calendar_token_hash: string | null;
}

export interface SessionsTable {
	/** SHA-256 of the cookie's token: a stolen database gives no usable session. */
	token_hash: string;
	account_id: string;
	csrf_token: string;
	created_at: Timestamp;
	expires_at: Timestamp;
}

export interface ApiTokensTable {
	id: string;
	account_id: string;
	name: string;
	token_hash: string;
	created_at: Timestamp;
	last_used_at: Timestamp | null;
	revoked_at: Timestamp | null;
	/** `read` (GET only) or `read-write`. */
	scope: string;
	/** After this the token is refused. */
	expires_at: Timestamp;
}

export interface SignInFailuresTable {
	/** `email:…`, `address:…` or `device:…`. */
	key: string;
	at: Timestamp;
	/**
	 * The sign-in attempt that recorded it: each attempt is counted before its password is
	 * checked, and its rows are removed again when the password was right.
	 */
	attempt: string | null;
}

/** A sign-up from the public catalogue that passed its form's checks, for the per-address limit. */
export interface SignUpAttemptsTable {
	/** The client's IP address. */
	address: string;
	at: Timestamp;
}

/** A secret the server makes once and keeps, shared by every process on the database. */
export interface ServerSecretsTable {
	name: string;
	/** Base64url. */
	value: string;
	created_at: Timestamp;
}

/** A learner's sign-up for an offering from the public catalogue. */
export interface RegistrationsTable {
	id: string;
	institution_id: string;
	offering_id: string;
	/** A `RegistrationState` of model/registration-lifecycle.ts. */
	state: string;
	name: string;
	/** Lower-cased. */
	email: string;
	phone: string | null;
	/** The page language, for the mails. */
	language: string;
	/** The consent text exactly as the learner saw it. */
	consent_text: string;
	consent_version: string;
	/** `utm:source/medium/campaign`, `referrer:<host>` or `direct`. */
	source: string;
	utm_source: string | null;
	utm_medium: string | null;
	utm_campaign: string | null;
	referrer: string | null;
	/** The client's IP address at the sign-up, shown to the person among their data. */
	address: string;
	created_at: Timestamp;
	/** When the last confirmation mail went out: repeated sign-ups re-send it at most this often. */
	confirm_sent_at: Timestamp;
	confirmed_at: Timestamp | null;
	unsubscribed_at: Timestamp | null;
	/** SHA-256 (hex) of the token in the confirmation link; the token is only in the mail. */
	confirm_token_hash: string;
	/** SHA-256 (hex) of the token in the unsubscribe link; the token is only in the mail. */
	unsubscribe_token_hash: string;
	/** When it first applied or joined the waitlist (0007). */
	applied_at: Timestamp | null;
	/** When it last joined the waitlist. */
	waitlisted_at: Timestamp | null;
	/** Its number in the offering's waitlist, in the order people joined: served lowest first. */
	waitlist_order: number | null;
	enrolled_at: Timestamp | null;
	withdrawn_at: Timestamp | null;
	/** When the "registration is open, apply now" mail was queued for it. */
	invited_at: Timestamp | null;
	updated_at: Timestamp;
	/** Incremented by every change of state: the basis of its ETag. */
	version: number;
}

export interface AuditLogTable {
	id: Generated<number>;
	institution_id: string | null;
	at: Timestamp;
	/**
	 * `account:<id>`, `token:<id>` or `cli`; `learner` for a learner erasing their own data and
	 * `retention` for the retention job, which name nobody.
	 */
	actor: string;
	action: string;
	entity: string;
	entity_id: string;
	before: string | null;
	after: string | null;
}

/** An e-mail waiting to be sent, being sent, sent or given up on. */
export interface MailQueueTable {
	id: string;
	institution_id: string | null;
	recipient: string;
	subject: string;
	/** The message as JSON (`MailMessage`); null once sent. */
	message: string | null;
	dedupe_key: string | null;
	created_at: Timestamp;
	/** Not before this time: the next attempt after a failure waits longer each time. */
	send_after: Timestamp;
	/** A sender holds it until then; after that another may take it over. */
	claimed_until: Timestamp | null;
	attempts: number;
	last_error: string | null;
	sent_at: Timestamp | null;
	failed_at: Timestamp | null;
}

/** One run of a background job (0008): kept for the administrator's list, the latest ones only. */
export interface JobRunsTable {
	id: string;
	job: string;
	/** `schedule`, `request`, `retry` or `manual`. */
	trigger: string;
	/** 1 for a first try, then 2, 3… for the retries after a failure. */
	attempt: number;
	/** Which process ran it: host and process id, or `cli`. */
	runner: string;
	started_at: Timestamp;
	finished_at: Timestamp | null;
	/** The job's counts as JSON, once it succeeded. */
	outcome: string | null;
	/** Why it failed, once it failed. */
	error: string | null;
}

/** A person of a plan who asked for no digest of their tasks (0008). */
export interface DigestOptOutsTable {
	institution_id: string;
	person_id: string;
	opted_out_at: Timestamp;
}

/** A link to a learner's own data, from one of their mails (0010). */
export interface LearnerDataLinksTable {
	/** SHA-256 (hex) of the link's token; the token is only in the mail. */
	token_hash: string;
	institution_id: string;
	/** Lower-cased: the address whose data the link shows. */
	email: string;
	created_at: Timestamp;
	/** After this the link is refused. */
	expires_at: Timestamp;
}

/** A go/no-go decision whose registrants were all told (0009). */
export interface DecisionFollowThroughsTable {
	institution_id: string;
	offering_id: string;
	/** The outcome followed through: a changed decision is followed through again. */
	outcome: string;
	/** Where a postponed or merged course's registrants moved. */
	into_offering: string | null;
	completed_at: Timestamp;
	/** Mails queued, and registrations moved to `into_offering`. */
	mails: number;
	moved: number;
}

export interface Database {
	institutions: InstitutionsTable;
	people: ResourceTable;
	intakes: ResourceTable;
	qualifications: ResourceTable;
	templates: ResourceTable;
	offerings: OfferingsTable;
	past_offerings: PastOfferingsTable;
	milestone_progress: MilestoneProgressTable;
	registration_counts: RegistrationCountsTable;
	accounts: AccountsTable;
	sessions: SessionsTable;
	api_tokens: ApiTokensTable;
	sign_in_failures: SignInFailuresTable;
	sign_up_attempts: SignUpAttemptsTable;
	server_secrets: ServerSecretsTable;
	audit_log: AuditLogTable;
	registrations: RegistrationsTable;
	mail_queue: MailQueueTable;
	job_runs: JobRunsTable;
	digest_opt_outs: DigestOptOutsTable;
	learner_data_links: LearnerDataLinksTable;
	decision_follow_throughs: DecisionFollowThroughsTable;
}

/** The tables that hold plan resources, all of the shape of `ResourceTable`. */
export type ResourceTableName =
	| "people"
	| "intakes"
	| "qualifications"
	| "templates"
	| "offerings"
	| "past_offerings";
