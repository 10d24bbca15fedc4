import { z } from "zod";
import { contact, registrationCount } from "../offering.ts";
import { email, isoDate, languageCode, nameText, slug } from "../primitives.ts";
import { registrationStates } from "../registration-lifecycle.ts";
import { route } from "./contract.ts";
import { institutionParams } from "./institutions.ts";
import { offeringParams, offeringQuery } from "./offerings.ts";

const state = z.enum(registrationStates);

/** A learner's registration for an offering, as staff see it. */
export const registrationView = z.object({
	id: z.string(),
	offering: z.string(),
	state,
	name: z.string(),
	email: z.string(),
	phone: z.string().optional(),
	language: z.string().describe("the language the person's mails are written in"),
	source: z
		.string()
		.describe("`utm:source/medium/campaign`, `referrer:<host>`, `direct`, `staff` or `import`"),
	confirmed: z.boolean().describe("whether the person confirmed the e-mail address"),
	createdAt: z.string(),
	appliedAt: z.string().optional().describe("when it first applied or joined the waitlist"),
	waitlistedAt: z.string().optional(),
	enrolledAt: z.string().optional(),
	withdrawnAt: z.string().optional(),
	updatedAt: z.string(),
	waitlistPosition: z
		.int()
		.optional()
		.describe("while waitlisted: its place in line, 1 for the next to be promoted"),
	version: z.int().describe("the ETag a change of state is conditional on (If-Match)"),
});
export type RegistrationView = z.infer<typeof registrationView>;

/** How many registrations an offering has in each state. */
export const stateCounts = z.object(
	Object.fromEntries(registrationStates.map((name) => [name, z.int().min(0)])) as Record<
		(typeof registrationStates)[number],
		z.ZodInt
	>,
);
export type StateCounts = z.infer<typeof stateCounts>;

export const registrationList = z.object({
	items: z.array(registrationView),
	counts: stateCounts.describe("the offering's registrations per state, whatever the filter"),
	maxParticipants: z.int().describe("the group's maximum: applied and enrolled take its places"),
});
export type RegistrationList = z.infer<typeof registrationList>;

export const registrationParams = offeringParams.extend({ registrationId: z.string().min(1) });
export const registrationListQuery = offeringQuery.extend({
	state: state.optional().describe("only the registrations in this state"),
});

/** Asking for a registration's next state; `applied` from `interest` joins the waitlist when full. */
export const registrationStateChange = z.strictObject({ state });
export type RegistrationStateChange = z.infer<typeof registrationStateChange>;

/** The states a registration added by hand may start in. */
export const addedStates = ["interest", "applied", "waitlisted", "enrolled"] as const;

/** A registration staff record by hand, such as an application made by phone or in SAIS. */
export const newRegistration = z.strictObject({
	name: nameText,
	email,
	phone: contact.shape.phone,
	state: z
		.enum(addedStates)
		.default("applied")
		.describe("`applied` joins the waitlist instead when the group is full"),
	language: languageCode
		.optional()
		.describe("the language of the person's mails; default: the institution's first"),
	appliedOn: isoDate.optional().describe("when the person applied; default: today"),
});
export type NewRegistration = z.input<typeof newRegistration>;

export const registrationChange = z.object({
	registration: registrationView,
	promoted: z
		.array(registrationView)
		.describe("who moved from the waitlist into the place this change freed"),
});
export type RegistrationChange = z.infer<typeof registrationChange>;

export const registrationsImportResult = z.object({
	added: z.int().describe("rows whose e-mail was new for the offering"),
	updated: z.int().describe("rows that moved a known registration to their state"),
	unchanged: z.int().describe("rows whose registration was already in their state"),
});
export type RegistrationsImportResult = z.infer<typeof registrationsImportResult>;

export const registrationCounts = z.object({
	items: z.array(
		z.object({
			offering: slug,
			counts: stateCounts,
			/**
			 * The registrations holding a place now, counted cumulatively by the day each applied
			 * (in the institution's time zone): what the fill forecast joins with the plan's counts.
			 */
			fill: z.array(registrationCount),
		}),
	),
});
export type RegistrationCounts = z.infer<typeof registrationCounts>;

const tags = ["registrations"];

export const listRegistrationsRoute = route({
	method: "GET",
	path: "/offerings/:id/registrations",
	permission: "registrations:read",
	summary:
		"An offering's registrations (optionally in one state), the waitlist with each place in line, and the counts per state",
	tags,
	params: offeringParams,
	query: registrationListQuery,
	responses: { 200: registrationList },
});

export const addRegistrationRoute = route({
	method: "POST",
	path: "/offerings/:id/registrations",
	permission: "registrations:manage",
	summary:
		"Record a registration by hand (an application made elsewhere); the address counts as confirmed",
	tags,
	params: offeringParams,
	query: offeringQuery,
	body: newRegistration,
	responses: { 201: registrationView },
});

export const changeRegistrationRoute = route({
	method: "PATCH",
	path: "/offerings/:id/registrations/:registrationId",
	permission: "registrations:manage",
	summary:
		"Move a registration to another state (If-Match its ETag); a change the lifecycle does not allow is 409. A place it frees goes to the next on the waitlist, who is mailed",
	tags,
	params: registrationParams,
	query: offeringQuery,
	body: registrationStateChange,
	responses: { 200: registrationChange },
});

export const promoteNextRoute = route({
	method: "POST",
	path: "/offerings/:id/registrations/promote",
	permission: "registrations:manage",
	summary:
		"Move the next on the waitlist (the one that joined first) into the group and mail them; 409 when nobody waits",
	tags,
	params: offeringParams,
	query: offeringQuery,
	responses: { 200: registrationView },
});

export const exportRegistrationsXlsxRoute = route({
	method: "GET",
	path: "/offerings/:id/registrations.xlsx",
	permission: "registrations:read",
	summary: "An offering's registrations as an XLSX workbook",
	tags,
	params: offeringParams,
	query: offeringQuery,
	responses: { 200: z.unknown().describe("an XLSX workbook") },
});

export const importRegistrationsRoute = route({
	method: "POST",
	path: "/offerings/:id/registrations/import",
	permission: "registrations:manage",
	summary:
		"Import applications made elsewhere from a sheet (text/csv or XLSX; columns name, email, phone, state, date): a new e-mail adds a registration, a known one moves to the row's state. Every row is checked, and any problem (each named by row and column) changes nothing",
	tags,
	params: offeringParams,
	query: offeringQuery,
	body: z.unknown().describe("the sheet's bytes, as in docs/spreadsheets.md"),
	responses: { 200: registrationsImportResult },
});

export const registrationCountsRoute = route({
	method: "GET",
	path: "/institutions/:id/registration-counts",
	permission: "registrations:read",
	summary:
		"How many registrations each offering has in each state (offerings without any left out)",
	tags,
	params: institutionParams,
	responses: { 200: registrationCounts },
});
