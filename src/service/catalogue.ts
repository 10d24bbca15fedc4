import type { Institution } from "../model/institution.ts";
import type { Intake } from "../model/intake.ts";
import { type LocalizedText, pickText } from "../model/localized-text.ts";
import {
	decisionOf,
	isReleased,
	latestRegistrationCount,
	type Offering,
} from "../model/offering.ts";
import type { Qualification } from "../model/qualification.ts";
import type { OfferingReport } from "../model/report.ts";
import { planVersions } from "../store/institution-repository.ts";
import { registrationsFingerprints } from "../store/registration-state-repository.ts";
import { perContext, type ServiceContext, todayFor } from "./context.ts";
import { LruCache } from "./lru-cache.ts";
import { planGeneration } from "./plan-changes.ts";
import { plannedInstitution } from "./plans.ts";
import { matchesQuery, type SearchableText } from "./word-search.ts";

/**
 * What a learner sees about a course's group: `postponed` and `merged` say that this group will
 * not run because it moved into another offering (`PublicOffering.movedTo`).
 */
export const publicStatuses = [
	"planned",
	"open",
	"confirmed",
	"full",
	"cancelled",
	"postponed",
	"merged",
] as const;
export type PublicStatus = (typeof publicStatuses)[number];

/** The statuses of a group decided against: it takes no applications or sign-ups. */
export const willNotRun: ReadonlySet<PublicStatus> = new Set(["cancelled", "postponed", "merged"]);

/** A qualification a course counts towards, and the module of it, if named. */
export interface PublicPathway {
	qualification: Qualification;
	module: { id: string; title: LocalizedText } | undefined;
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
	/**
	 * Whether learners can apply today (the institution's): from `registrationOpens` to
	 * `registrationCloses`, unless the offering is cancelled.
	 */
	registrationOpen: boolean;
	/** Registrations so far (the latest cumulative count), if the plan records any. */
	registered: number | undefined;
	pathways: PublicPathway[];
	/** Where a postponed or merged course moved to; `listed` when that one is in the catalogue too. */
	movedTo: MovedTo | undefined;
}

/** The offering a postponed or merged course moved into, as its page names it. */
export interface MovedTo {
	offering: Offering;
	/** Whether it is in the catalogue (released, not started), so that its page can be linked. */
	listed: boolean;
}

export interface PublicInstitution {
	institution: Institution;
	/** Today in the institution's time zone: what is public and open is judged by it. */
	today: string;
	intakes: Intake[];
	qualifications: Qualification[];
	offerings: PublicOffering[];
}

export interface PublicCatalogue {
	institutions: PublicInstitution[];
	/** Changes with the day and whenever any institution's plan or registrations change: the key for caching pages. */
	versionKey: string;
}

const catalogues = perContext(() => new LruCache<PublicCatalogue>(8));
/** Each institution's time zone, by id, as its plan last gave it: what its "today" is judged by. */
const timeZones = perContext(() => new Map<string, string>());

/** How long the catalogue trusts the plan versions it read, when this context changed nothing. */
const VERSION_MEMORY_MS = 250;

/**
 * An institution's plan version and its registrations' fingerprint: a page shows what both
 * give (a group that filled up is "full").
 */
interface InstitutionVersion {
	id: string;
	planVersion: number;
	registrations: string;
}

interface RememberedVersions {
	generation: number;
	at: number;
	versions: InstitutionVersion[];
}
const remembered = perContext((): { last?: RememberedVersions } => ({}));

/**
 * The plans' versions, read at most every 250 ms per context, so that a page view costs no
 * database query. A change made through this context shows at once; one made by another process
 * (a second server, `kairos import`) within 250 ms.
 */
async function recentPlanVersions(context: ServiceContext): Promise<InstitutionVersion[]> {
	const now = context.clock().getTime();
	const generation = planGeneration(context);
	const memory = remembered(context);
	const last = memory.last;
	if (
		last &&
		last.generation === generation &&
		now - last.at >= 0 &&
		now - last.at < VERSION_MEMORY_MS
	)
		return last.versions;
	const [plans, registrations] = await Promise.all([
		planVersions(context.store.db),
		registrationsFingerprints(context.store.db),
	]);
	const versions = plans.map((entry) => ({
		...entry,
		registrations: registrations.get(entry.id) ?? "",
	}));
	memory.last = { generation, at: now, versions };
	return versions;
}

/**
 * Every public offering of every institution as of each institution's today: released, and not
 * started yet. Cached per context by the plans' versions, the registrations' fingerprints and the
 * days, so a change shows at once in this process and within 250 ms in others.
 */
export async function publicCatalogue(context: ServiceContext): Promise<PublicCatalogue> {
	const summaries = await recentPlanVersions(context);
	const zones = timeZones(context);
	// The key comes from the versions and each school's day alone, so that a page view plans
	// nothing, however many schools there are (the plan and report caches hold 64 each).
	const keyOf = (entries: readonly (InstitutionVersion & { today: string })[]) =>
		entries
			.map((entry) => `${entry.id}:${entry.planVersion}:${entry.registrations}:${entry.today}`)
			.join(",");
	const known = summaries.every((summary) => zones.has(summary.id));
	if (known) {
		const cached = catalogues(context).get(
			keyOf(
				summaries.map((summary) => ({
					...summary,
					today: todayFor(context, zones.get(summary.id) ?? "UTC"),
				})),
			),
		);
		if (cached) return cached;
	}
	const planned = await Promise.all(
		summaries.map(({ id, planVersion, registrations }) =>
			plannedInstitution(context, id, { planVersion, registrations }),
		),
	);
	for (const entry of planned)
		zones.set(entry.plan.institution.id, entry.plan.institution.timezone);
	const versionKey = keyOf(
		planned.map((entry, index) => ({
			id: entry.plan.institution.id,
			planVersion: entry.planVersion,
			registrations: summaries[index]?.registrations ?? "",
			today: entry.today,
		})),
	);
	const institutions = planned.map(({ plan, report, today }): PublicInstitution => {
		const intakes = new Map(plan.intakes.map((intake) => [intake.id, intake]));
		const qualifications = plan.qualifications ?? [];
		const reports = new Map(report.offerings.map((entry) => [entry.id, entry]));
		const byId = new Map(plan.offerings.map((offering) => [offering.id, offering]));
		const offerings = plan.offerings.flatMap((offering): PublicOffering[] => {
			const offeringReport = reports.get(offering.id);
			if (!offeringReport || !isListed(offering, today)) return [];
			const intake = offering.intake === undefined ? undefined : intakes.get(offering.intake);
			const into = decisionOf(offering)?.into;
			const target = into === undefined ? undefined : byId.get(into);
			return [
				{
					...publicOffering(
						plan.institution,
						offering,
						offeringReport,
						intake,
						qualifications,
						today,
					),
					movedTo: target && { offering: target, listed: isListed(target, today) },
				},
			];
		});
		return {
			institution: plan.institution,
			today,
			intakes: plan.intakes,
			qualifications,
			offerings,
		};
	});
	const catalogue = { institutions, versionKey };
	catalogues(context).set(versionKey, catalogue);
	return catalogue;
}

/**
 * Whether the catalogue shows an offering today: released, and not started, since learners
 * look for what they can still join. The publication date is the plan; only the release puts
 * it in front of learners.
 */
export function isListed(offering: Offering, today: string): boolean {
	return isReleased(offering) && offering.start > today;
}

function publicOffering(
	institution: Institution,
	offering: Offering,
	report: OfferingReport,
	intake: Intake | undefined,
	qualifications: readonly Qualification[],
	today: string,
): Omit<PublicOffering, "movedTo"> {
	const registrationOpens = intake?.admissionOpens ?? report.publication;
	const registrationCloses =
		report.milestones.find((milestone) => milestone.key === "registration-closes")?.due ??
		offering.start;
	const registered = latestRegistrationCount(offering, today)?.count;
	const status = statusOf(offering, registered, registrationOpens, registrationCloses, today);
	return {
		institution,
		offering,
		report,
		intake,
		status,
		registrationOpens,
		registrationCloses,
		registrationOpen:
			!willNotRun.has(status) && today >= registrationOpens && today <= registrationCloses,
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

/**
 * A decision not to run the group (cancelled, postponed, merged) beats full, full beats
 * confirmed, and a group is open between the registration dates.
 */
export function statusOf(
	offering: Offering,
	registered: number | undefined,
	registrationOpens: string,
	registrationCloses: string,
	today: string,
): PublicStatus {
	const outcome = decisionOf(offering)?.outcome;
	if (outcome === "no-go") return "cancelled";
	if (outcome === "postpone") return "postponed";
	if (outcome === "merge") return "merged";
	if (registered !== undefined && registered >= offering.participants.max) return "full";
	if (outcome === "go") return "confirmed";
	if (today >= registrationOpens && today <= registrationCloses) return "open";
	return "planned";
}

/** The catalogue's filters; every one is optional. */
export interface CatalogueFilters {
	/** An institution's id: only its courses. */
	institution?: string | undefined;
	/**
	 * `institution/intake` (see `intakeFilterValue`), so that intakes of the same id in two
	 * schools stay apart; a bare intake id matches that intake in every school.
	 */
	intake?: string | undefined;
	field?: string | undefined;
	level?: number | undefined;
	language?: string | undefined;
	mode?: string | undefined;
	feeMin?: number | undefined;
	feeMax?: number | undefined;
	/**
	 * Words that must each begin a word of the course's title, description, place, outcomes,
	 * module titles or field, in any language; Estonian words by their stem (`word-search.ts`).
	 */
	q?: string | undefined;
}

/**
 * The offerings that pass every filter, in start order, then by title in `language` (the page's).
 * Words are looked for in every language of the texts, so a learner finds a course by its
 * Estonian or its English title on either page.
 */
export function filterOfferings(
	offerings: readonly PublicOffering[],
	filters: CatalogueFilters,
	language: string,
): PublicOffering[] {
	const title = ({ institution, offering }: PublicOffering) =>
		pickText(offering.title, language, institution.languages ?? []).text;
	return offerings
		.filter(({ institution, offering, intake }) => {
			if (filters.institution && institution.id !== filters.institution) return false;
			if (filters.intake && !inIntake(filters.intake, institution.id, intake)) return false;
			if (filters.field && offering.field !== filters.field) return false;
			if (filters.level !== undefined && offering.level?.eqf !== filters.level) return false;
			if (filters.language && offering.language !== filters.language) return false;
			if (filters.mode && offering.mode !== filters.mode) return false;
			if (filters.feeMin !== undefined && offering.fee.amount < filters.feeMin) return false;
			if (filters.feeMax !== undefined && offering.fee.amount > filters.feeMax) return false;
			return matchesQuery(filters.q ?? "", searchableTexts(institution, offering));
		})
		.sort(
			(a, b) =>
				a.offering.start.localeCompare(b.offering.start) ||
				title(a).localeCompare(title(b), language),
		);
}

/**
 * How the catalogue names a field of study in `language`: its name in `institution.fields`,
 * with `pickText`'s fallback, else its id made readable (`social-care` → "Social care").
 */
export function fieldName(institution: Institution, id: string, language: string): string {
	const known = institution.fields?.find((field) => field.id === id);
	if (known) return pickText(known.name, language, institution.languages ?? []).text;
	const words = id.replace(/-/g, " ");
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The value that the intake filter gives one school's intake: `emajoe-vc/autumn-2027`. */
export function intakeFilterValue(institutionId: string, intakeId: string): string {
	return `${institutionId}/${intakeId}`;
}

function inIntake(filter: string, institutionId: string, intake: Intake | undefined): boolean {
	if (intake === undefined) return false;
	return filter.includes("/")
		? filter === intakeFilterValue(institutionId, intake.id)
		: filter === intake.id;
}

/**
 * What a word search looks through: the texts of the course in every language, each with its
 * language (a plain text is in the school's first), and its field's id and names.
 */
function searchableTexts(institution: Institution, offering: Offering): SearchableText[] {
	const first = institution.languages?.[0];
	const inLanguages = (text: LocalizedText | undefined): SearchableText[] => {
		if (text === undefined) return [];
		if (typeof text === "string") return [{ text, language: first }];
		return Object.entries(text).map(([language, value]) => ({ text: value, language }));
	};
	const field = institution.fields?.find((candidate) => candidate.id === offering.field);
	return [
		offering.title,
		offering.description,
		offering.location,
		...(offering.learningOutcomes ?? []),
		...(offering.modules ?? []).map((module) => module.title),
		field?.name,
	]
		.flatMap(inLanguages)
		.concat(offering.field === undefined ? [] : [{ text: offering.field, language: undefined }]);
}
