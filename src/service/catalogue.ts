import type { Kysely } from "kysely";
import type { Institution } from "../model/institution.ts";
import type { Intake } from "../model/intake.ts";
import type { Offering } from "../model/offering.ts";
import type { Qualification } from "../model/qualification.ts";
import type { OfferingReport } from "../model/report.ts";
import { planVersions } from "../store/institution-repository.ts";
import type { Database } from "../store/schema.ts";
import { LruCache } from "./lru-cache.ts";
import { planGeneration } from "./plan-changes.ts";
import { plannedInstitution } from "./plans.ts";

/** What a learner sees about a course's group. */
export const publicStatuses = ["planned", "open", "confirmed", "full", "cancelled"] as const;
export type PublicStatus = (typeof publicStatuses)[number];

/** A qualification a course counts towards, and the module of it, if named. */
export interface PublicPathway {
	qualification: Qualification;
	module: { id: string; title: string } | undefined;
}

/** One offering as the catalogue shows it. */
export interface PublicOffering {
	institution: Institution;
	offering: Offering;
	report: OfferingReport;
	intake: Intake | undefined;
	status: PublicStatus;
	/** From when learners can apply: admission opening, or publication without an intake. */
	registrationOpens: string;
	/** The last day to apply: the registration-closes milestone, else the start. */
	registrationCloses: string;
	/** Registrations so far (the latest cumulative count), if the plan records any. */
	registered: number | undefined;
	pathways: PublicPathway[];
}

export interface PublicInstitution {
	institution: Institution;
	intakes: Intake[];
	qualifications: Qualification[];
	offerings: PublicOffering[];
}

export interface PublicCatalogue {
	today: string;
	institutions: PublicInstitution[];
	/** Changes with the day and whenever any institution's plan changes: the key for caching pages. */
	versionKey: string;
}

const catalogues = new LruCache<PublicCatalogue>(8);

/** How long the catalogue trusts the plan versions it read, when this process changed nothing. */
const VERSION_MEMORY_MS = 250;
let remembered:
	| {
			db: Kysely<Database>;
			generation: number;
			at: number;
			versions: { id: string; planVersion: number }[];
	  }
	| undefined;

/**
 * The plans' versions, read at most every 250 ms per process, so that a page view costs no
 * database query. A change made by this process shows at once; one made by another process
 * (a second server, `kairos import`) within 250 ms.
 */
async function recentPlanVersions(
	db: Kysely<Database>,
): Promise<{ id: string; planVersion: number }[]> {
	const now = Date.now();
	const generation = planGeneration();
	if (
		remembered &&
		remembered.db === db &&
		remembered.generation === generation &&
		now - remembered.at < VERSION_MEMORY_MS
	) {
		return remembered.versions;
	}
	const versions = await planVersions(db);
	remembered = { db, generation, at: now, versions };
	return versions;
}

/**
 * Every public offering of every institution as of `today`: published on or before it and not
 * started yet. Cached per process by the plans' versions and the day, so a change shows at
 * once in this process and within 250 ms in others.
 */
export async function publicCatalogue(
	db: Kysely<Database>,
	today: string,
): Promise<PublicCatalogue> {
	const summaries = await recentPlanVersions(db);
	const versionKey = `${today}|${summaries.map((summary) => `${summary.id}:${summary.planVersion}`).join(",")}`;
	const cached = catalogues.get(versionKey);
	if (cached) return cached;
	const institutions = await Promise.all(
		summaries.map(async ({ id }) => {
			const { plan, report } = await plannedInstitution(db, id, today);
			const intakes = new Map(plan.intakes.map((intake) => [intake.id, intake]));
			const qualifications = plan.qualifications ?? [];
			const reports = new Map(report.offerings.map((entry) => [entry.id, entry]));
			const offerings = plan.offerings.flatMap((offering): PublicOffering[] => {
				const offeringReport = reports.get(offering.id);
				// Public from the publication date until the course starts: learners look for what they can still join.
				if (!offeringReport || offeringReport.publication > today || offering.start <= today)
					return [];
				const intake = offering.intake === undefined ? undefined : intakes.get(offering.intake);
				return [
					publicOffering(plan.institution, offering, offeringReport, intake, qualifications, today),
				];
			});
			return { institution: plan.institution, intakes: plan.intakes, qualifications, offerings };
		}),
	);
	const catalogue = { today, institutions, versionKey };
	catalogues.set(versionKey, catalogue);
	return catalogue;
}

function publicOffering(
	institution: Institution,
	offering: Offering,
	report: OfferingReport,
	intake: Intake | undefined,
	qualifications: readonly Qualification[],
	today: string,
): PublicOffering {
	const registrationOpens = intake?.admissionOpens ?? report.publication;
	const registrationCloses =
		report.milestones.find((milestone) => milestone.key === "registration-closes")?.due ??
		offering.start;
	const registered = offering.registrations?.at(-1)?.count;
	return {
		institution,
		offering,
		report,
		intake,
		status: statusOf(offering, registered, registrationOpens, registrationCloses, today),
		registrationOpens,
		registrationCloses,
		registered,
		pathways: (offering.pathways ?? []).flatMap((pathway) => {
			const qualification = qualifications.find(
				(candidate) => candidate.id === pathway.qualification,
			);
			if (!qualification) return [];
			const module = qualification.modules?.find((candidate) => candidate.id === pathway.module);
			return [{ qualification, module: module && { id: module.id, title: module.title } }];
		}),
	};
}

/** Cancelled beats full, full beats confirmed, and a group is open between the registration dates. */
export function statusOf(
	offering: Offering,
	registered: number | undefined,
	registrationOpens: string,
	registrationCloses: string,
	today: string,
): PublicStatus {
	if (offering.decision === "no-go") return "cancelled";
	if (registered !== undefined && registered >= offering.participants.max) return "full";
	if (offering.decision === "go") return "confirmed";
	if (today >= registrationOpens && today <= registrationCloses) return "open";
	return "planned";
}

/** The catalogue's filters; every one is optional. */
export interface CatalogueFilters {
	intake?: string | undefined;
	field?: string | undefined;
	level?: number | undefined;
	language?: string | undefined;
	mode?: string | undefined;
	feeMin?: number | undefined;
	feeMax?: number | undefined;
	/** Words that must all appear in the course's title, description, outcomes, field or modules. */
	q?: string | undefined;
}

/** The offerings that pass every filter, in start order. */
export function filterOfferings(
	offerings: readonly PublicOffering[],
	filters: CatalogueFilters,
): PublicOffering[] {
	const words = (filters.q ?? "").toLocaleLowerCase().split(/\s+/).filter(Boolean);
	return offerings
		.filter(({ offering, intake }) => {
			if (filters.intake && intake?.id !== filters.intake) return false;
			if (filters.field && offering.field !== filters.field) return false;
			if (filters.level !== undefined && offering.level?.eqf !== filters.level) return false;
			if (filters.language && offering.language !== filters.language) return false;
			if (filters.mode && offering.mode !== filters.mode) return false;
			if (filters.feeMin !== undefined && offering.fee.amount < filters.feeMin) return false;
			if (filters.feeMax !== undefined && offering.fee.amount > filters.feeMax) return false;
			if (words.length === 0) return true;
			const text = searchableText(offering);
			return words.every((word) => text.includes(word));
		})
		.sort(
			(a, b) =>
				a.offering.start.localeCompare(b.offering.start) ||
				a.offering.title.localeCompare(b.offering.title),
		);
}

function searchableText(offering: Offering): string {
	return [
		offering.title,
		offering.description,
		offering.field,
		offering.location,
		...(offering.learningOutcomes ?? []),
		...(offering.modules ?? []).map((module) => module.title),
	]
		.filter(Boolean)
		.join(" ")
		.toLocaleLowerCase();
}
