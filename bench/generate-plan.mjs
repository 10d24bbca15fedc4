#!/usr/bin/env node
/**
 * Generates a large, realistic plan file (docs/plan-file.md, version 1) for the benchmark.
 * The output depends only on the options: a seeded PRNG stands in for Math.random.
 *
 *   node bench/generate-plan.mjs [--offerings 10000] [--registrations 1000] [--seed 1] [--out FILE]
 *
 * One offering in ten has registration counts (`--registrations` sets how many), and the history
 * holds 200 past offerings with theirs, so the fill forecast runs on a realistic share.
 * Without --out the JSON goes to stdout. `generatePlan({ institution })` names another college,
 * so that several generated plans can share one database (bench/api.bench.mjs).
 */
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import {
	ASSESSMENTS,
	DEFAULT_TEMPLATE_KEYS,
	FIRST_NAMES,
	LOCATIONS,
	OUTCOME_PATTERNS,
	QUALIFICATIONS,
	SURNAMES,
	TEMPLATE_KEYS,
	TEMPLATES,
	TITLE_VARIANTS,
} from "./plan-catalogue.mjs";

/**
 * @typedef {{ id: string, name: string }} InstitutionName
 * @typedef {{ offerings?: number, registrations?: number, seed?: number, institution?: InstitutionName, intakes?: string[] }} GenerateOptions
 * @typedef {{ id: string, season: "spring" | "autumn", year: number, studiesStart: number, admissionOpens: number, admissionCloses: number, fullTimeGroupsConfirmed: number, decisionFrom: number }} IntakeSpec
 * @typedef {{ id: string, name: string, email: string, roles: string[] }} PersonSpec
 */

const FIRST_YEAR = 2027;
const LAST_YEAR = 2031;
const HISTORY_SIZE = 200;

/** Mulberry32: a small, fast, seeded PRNG with a 2^32 period; plenty for test data. */
export function createRandom(/** @type {number} */ seed) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		/** An integer in [min, max]. */
		int: (/** @type {number} */ min, /** @type {number} */ max) =>
			min + Math.floor(next() * (max - min + 1)),
		/** True with the given probability. */
		chance: (/** @type {number} */ probability) => next() < probability,
		/** @template T @param {readonly T[]} list @returns {T} */
		pick: (list) => /** @type {T} */ (list[Math.floor(next() * list.length)]),
	};
}

// Dates as day numbers (days since 1970-01-01, UTC), so arithmetic never meets a time zone.
const DAY_MS = 86_400_000;
export const day = (
	/** @type {number} */ year,
	/** @type {number} */ month,
	/** @type {number} */ d,
) => Date.UTC(year, month - 1, d) / DAY_MS;
export const iso = (/** @type {number} */ dayNumber) =>
	new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
/** ISO weekday, 1 = Monday … 7 = Sunday. */
const weekday = (/** @type {number} */ dayNumber) => ((((dayNumber + 3) % 7) + 7) % 7) + 1;
/** The day itself on a weekday, else the Monday after. */
export const weekdayOnOrAfter = (/** @type {number} */ dayNumber) =>
	weekday(dayNumber) === 6 ? dayNumber + 2 : weekday(dayNumber) === 7 ? dayNumber + 1 : dayNumber;

/** `Jüri Mägi` → `juri-magi`: ASCII for ids and e-mail addresses. */
function asciiSlug(/** @type {string} */ name) {
	return name
		.normalize("NFD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-");
}

/** About 50 staff: managers, many teachers, marketing and learning advisors; a few hold two roles. */
function createPeople(
	/** @type {ReturnType<typeof createRandom>} */ random,
	/** @type {string} */ domain,
) {
	/** @type {string[][]} */
	const roleSets = [
		...Array.from({ length: 5 }, () => ["manager"]),
		...Array.from({ length: 26 }, () => ["pedagogy"]),
		...Array.from({ length: 3 }, () => ["pedagogy", "manager"]),
		...Array.from({ length: 8 }, () => ["marketing"]),
		...Array.from({ length: 8 }, () => ["support"]),
	];
	return roleSets.map((roles, index) => {
		const first = FIRST_NAMES[index % FIRST_NAMES.length] ?? "Mari";
		const last = SURNAMES[(index * 7 + random.int(0, 6)) % SURNAMES.length] ?? "Maasikas";
		const id = `${asciiSlug(first)}-${asciiSlug(last)}`;
		return /** @type {PersonSpec} */ ({
			id,
			name: `${first} ${last}`,
			email: `${id.replace("-", ".")}@${domain}`,
			roles,
		});
	});
}

/** Two intakes a year: studies start in February and on 1 September, as in Estonia. */
function createIntakes() {
	/** @type {IntakeSpec[]} */
	const intakes = [];
	for (let year = FIRST_YEAR; year <= LAST_YEAR + 1; year++) {
		const springStart = weekdayOnOrAfter(day(year, 2, 1));
		intakes.push({
			id: `spring-${year}`,
			season: "spring",
			year,
			admissionOpens: day(year - 1, 9, 1),
			admissionCloses: day(year, 1, 15),
			studiesStart: springStart,
			fullTimeGroupsConfirmed: day(year, 1, 25),
			decisionFrom: springStart - 22 * 7,
		});
		if (year > LAST_YEAR) break;
		intakes.push({
			id: `autumn-${year}`,
			season: "autumn",
			year,
			admissionOpens: day(year, 3, 1),
			admissionCloses: day(year, 8, 13),
			studiesStart: day(year, 9, 1),
			fullTimeGroupsConfirmed: day(year, 8, 25),
			decisionFrom: day(year, 3, 15),
		});
	}
	return intakes;
}

/** Splits `total` credits into `parts` positive whole numbers. */
function splitCredits(/** @type {number} */ total, /** @type {number} */ parts) {
	const shares = [];
	let left = total;
	for (let part = parts; part > 1; part--) {
		const share = Math.max(1, Math.round(left / part));
		shares.push(share);
		left -= share;
	}
	shares.push(Math.max(1, left));
	return shares;
}

/**
 * Budget lines sized from the fee, so that most courses break even at or below the minimum group
 * and about one in ten only above it or never; a few lack a communication line or skimp on it.
 * @param {ReturnType<typeof createRandom>} random
 * @param {{ fee: number, subsidy: number, participants: { min: number, max: number }, online: boolean }} course
 */
function createBudget(random, { fee, subsidy, participants, online }) {
	const materials = random.chance(0.6) ? random.int(1, 8) * 10 : 0;
	const breakEvenAt = random.chance(0.9)
		? participants.min * (0.6 + 0.45 * random.next())
		: participants.max * (0.9 + 0.3 * random.next());
	const fixed = (fee - materials) * breakEvenAt + subsidy;
	const tens = (/** @type {number} */ share) => Math.max(10, Math.round((fixed * share) / 10) * 10);
	const communication = random.chance(0.04)
		? 0
		: tens(random.chance(0.06) ? 0.03 : 0.06 + 0.06 * random.next());
	const premises = online ? 0 : tens(0.1 + 0.1 * random.next());
	const overhead = tens(0.1 + 0.05 * random.next());
	const teaching = Math.max(
		100,
		Math.round((fixed - communication - premises - overhead) / 10) * 10,
	);
	return [
		{ category: "teaching", amount: teaching },
		...(materials > 0 ? [{ category: "materials", amount: materials, per: "participant" }] : []),
		...(premises > 0 ? [{ category: "premises", amount: premises }] : []),
		...(communication > 0 ? [{ category: "communication", amount: communication }] : []),
		{ category: "overhead", amount: overhead },
	];
}

/**
 * One run of a micro-credential: mostly healthy, with the small share of drafts and problems a
 * real school's plan has (missing owner or contact, no pathway, blocked publication, late start).
 */
function createOffering(
	/** @type {ReturnType<typeof createRandom>} */ random,
	/** @type {number} */ index,
	/** @type {IntakeSpec} */ intake,
	/** @type {PersonSpec[]} */ people,
	/** @type {boolean} */ counted,
) {
	const qualification = random.pick(QUALIFICATIONS);
	const module = random.pick(qualification.modules);
	const topic = module.title.toLowerCase();
	const credits = Math.min(15, Math.max(3, module.credits + random.int(-3, 2)));
	const weeks = Math.max(4, Math.round(credits * 1.1) + random.int(0, 3));
	const late = random.chance(0.01);
	const start = weekdayOnOrAfter(
		intake.studiesStart + (late ? random.int(75, 90) : random.int(0, 56)),
	);
	const end = start + weeks * 7 - 3;
	const mode = random.pick(/** @type {const} */ (["on-site", "online", "blended", "blended"]));
	const template = random.chance(0.25)
		? "short-evening"
		: random.chance(0.12)
			? "online-express"
			: undefined;
	const draft = random.chance(0.03);
	const byRole = (/** @type {string} */ role) =>
		people.filter((person) => person.roles.includes(role));
	const support = random.pick(byRole("support"));

	/** @type {Record<string, unknown>} */
	const offering = {
		id: `${module.id}-${intake.id}-${String(index).padStart(5, "0")}`,
		title: `${module.title}${random.pick(TITLE_VARIANTS)}`,
		intake: intake.id,
		start: iso(start),
		end: iso(end),
	};
	if (random.chance(0.7))
		offering.description = `${weeks} weeks, ${mode === "online" ? "online in the evenings" : "two evenings a week"}. For working adults who want to build skills in ${topic}.`;
	offering.field = qualification.field;
	offering.language = random.chance(0.8) ? "et" : random.pick(["en", "ru"]);
	offering.mode = mode;
	if (mode !== "online") offering.location = random.pick(LOCATIONS);
	offering.learningOutcomes = Array.from({ length: random.int(1, 3) }, (_, n) =>
		/** @type {(topic: string) => string} */ (
			OUTCOME_PATTERNS[(index + n) % OUTCOME_PATTERNS.length]
		)(topic),
	);
	offering.credits = { value: credits, unit: "EKAP" };
	offering.level = { eqf: Math.max(2, qualification.eqf - random.int(0, 1)) };
	if (!draft) offering.assessment = random.pick(ASSESSMENTS);
	if (!draft || random.chance(0.5))
		offering.qualityAssurance = `the college's quality management system; module of the nationally registered ${qualification.title} level ${qualification.eqf} curriculum`;
	if (random.chance(0.3))
		offering.prerequisites = `basic knowledge of ${topic}, or work experience in ${qualification.field}`;
	if (random.chance(0.85)) {
		const shares = splitCredits(credits, random.int(1, 3));
		offering.modules = shares.map((share, n) => ({
			id: `${module.id}-part-${n + 1}`,
			title: `${module.title}, part ${n + 1}`,
			...(!random.chance(0.01) && { credits: { value: share, unit: "EKAP" } }),
			learningOutcomes: [
				/** @type {(topic: string) => string} */ (OUTCOME_PATTERNS[n % OUTCOME_PATTERNS.length])(
					topic,
				),
			],
			...(!random.chance(0.02) && { assessment: random.pick(ASSESSMENTS) }),
		}));
	}
	if (!random.chance(0.05))
		offering.pathways = [{ qualification: qualification.id, module: module.id }];
	const fee = credits * random.int(7, 11) * 10;
	offering.fee = { amount: fee, currency: "EUR" };
	const subsidy = random.chance(0.2) ? random.int(5, 15) * 100 : 0;
	if (subsidy > 0) offering.subsidy = { amount: subsidy, currency: "EUR" };
	const min = random.int(8, 10);
	const participants = { min, max: min + random.int(4, 6) };
	offering.participants = participants;
	offering.budget = createBudget(random, { fee, subsidy, participants, online: mode === "online" });
	/** @type {Record<string, string>} */
	const owners = {};
	for (const role of ["manager", "pedagogy", "marketing", "support"]) {
		if (random.chance(0.015)) continue;
		owners[role] = role === "support" ? support.id : random.pick(byRole(role)).id;
	}
	offering.owners = owners;
	if (!random.chance(0.07)) {
		offering.contact = {
			name: support.name,
			email: support.email,
			...(random.chance(0.8) && {
				phone: `+372 5${random.int(100, 999)} ${random.int(1000, 9999)}`,
			}),
		};
	}
	if (random.chance(0.08))
		offering.publication = iso(weekdayOnOrAfter(intake.decisionFrom - random.int(-20, 30)));
	if (random.chance(0.08)) offering.blockedUntil = ["intake.fullTimeGroupsConfirmed"];
	else if (random.chance(0.02))
		offering.blockedUntil = [iso(intake.decisionFrom + random.int(-10, 40))];
	if (template) offering.template = template;
	// The first intakes are under way: their early milestones are done or in progress.
	if (intake.year === FIRST_YEAR && random.chance(0.8)) {
		const keys = TEMPLATE_KEYS.get(template) ?? DEFAULT_TEMPLATE_KEYS;
		const done = random.int(1, keys.length - 2);
		offering.milestoneStatus = Object.fromEntries(
			keys.slice(0, done + 1).map((key, n) => [key, n < done ? "done" : "doing"]),
		);
	}
	if (counted) {
		let count = 0;
		offering.registrations = Array.from({ length: random.int(1, 4) }, (_, n) => {
			count += random.int(0, 5);
			return { date: iso(intake.decisionFrom + 21 * (n + 1)), count };
		});
	}
	return offering;
}

/**
 * Past offerings from before the intakes above: most published late, as before the college
 * changed its process, so they filled worse.
 */
function createHistory(/** @type {ReturnType<typeof createRandom>} */ random) {
	return Array.from({ length: HISTORY_SIZE }, (_, index) => {
		const qualification = random.pick(QUALIFICATIONS);
		const module = random.pick(qualification.modules);
		const year = random.int(FIRST_YEAR - 5, FIRST_YEAR - 1);
		const autumn = random.chance(0.6);
		const start = weekdayOnOrAfter(
			autumn ? day(year, 9, random.int(10, 30)) : day(year, 2, random.int(5, 25)),
		);
		const early = year >= FIRST_YEAR - 2 && random.chance(0.5);
		const publication = weekdayOnOrAfter(
			start - (early ? random.int(120, 190) : random.int(20, 50)),
		);
		const min = random.int(8, 10);
		const max = min + random.int(4, 6);
		const finalRegistrations = early ? random.int(min - 2, max) : random.int(2, min);
		const steps = random.int(1, 3);
		return {
			id: `${module.id}-${year}-${autumn ? "autumn" : "spring"}-h${String(index).padStart(3, "0")}`,
			title: module.title,
			field: qualification.field,
			publication: iso(publication),
			start: iso(start),
			participants: { min, max },
			finalRegistrations,
			registrations: Array.from({ length: steps }, (_, n) => ({
				date: iso(publication + Math.floor(((start - publication) * (n + 1)) / (steps + 1))),
				count: Math.round((finalRegistrations * (n + 1)) / (steps + 1)),
			})),
		};
	});
}

/**
 * Builds the plan object. Offerings are spread evenly over the intakes: all of them, spring 2027
 * to spring 2032, or only those named in `intakes` (such as `["autumn-2027", "spring-2028"]`, one
 * planning year, for `npm run bench:web`).
 * @param {GenerateOptions} [options]
 */
export function generatePlan({
	offerings = 10_000,
	registrations = Math.round(offerings / 10),
	seed = 1,
	institution = { id: "emajoe-vc", name: "Emajõe Vocational College" },
	intakes: intakeIds = undefined,
} = {}) {
	const random = createRandom(seed);
	// The staff's e-mail domain and the website follow the id: emajoe-vc.ee for the default.
	const domain = `${institution.id}.ee`;
	const people = createPeople(random, domain);
	const intakes = createIntakes().filter(
		(intake) => intakeIds === undefined || intakeIds.includes(intake.id),
	);
	if (intakes.length === 0) throw new Error(`no intake is named ${intakeIds?.join(", ")}`);
	const closures = [];
	for (let year = FIRST_YEAR - 1; year <= LAST_YEAR + 1; year++) {
		closures.push({ from: `${year}-07-01`, to: `${year}-07-31`, label: "staff summer holiday" });
		closures.push({ from: `${year}-12-27`, to: `${year}-12-31`, label: "Christmas break" });
	}
	return {
		version: 1,
		institution: {
			id: institution.id,
			name: institution.name,
			country: "EE",
			timezone: "Europe/Tallinn",
			languages: ["et", "en"],
			website: `https://www.${domain}`,
			closures,
			capacity: { manager: 120, pedagogy: 900, marketing: 320, support: 320 },
			rules: { minCoverage: 0.85 },
			people,
		},
		intakes: intakes.map((intake) => ({
			id: intake.id,
			label: `${intake.season === "spring" ? "Spring" : "Autumn"} ${intake.year}`,
			admissionOpens: iso(intake.admissionOpens),
			admissionCloses: iso(intake.admissionCloses),
			studiesStart: iso(intake.studiesStart),
			fullTimeGroupsConfirmed: iso(intake.fullTimeGroupsConfirmed),
			...(intake.season === "autumn" && {
				decisionWindow: { from: iso(intake.decisionFrom), to: iso(day(intake.year, 6, 15)) },
			}),
		})),
		qualifications: QUALIFICATIONS.map((qualification) => ({
			id: qualification.id,
			title: qualification.title,
			level: { eqf: qualification.eqf, national: `EstQF ${qualification.eqf}` },
			credits: { value: qualification.credits, unit: "EKAP" },
			field: qualification.field,
			modules: qualification.modules.map((module) => ({
				id: module.id,
				title: module.title,
				credits: { value: module.credits, unit: "EKAP" },
			})),
		})),
		templates: TEMPLATES,
		offerings: Array.from({ length: offerings }, (_, index) =>
			createOffering(
				random,
				index,
				/** @type {IntakeSpec} */ (intakes[index % intakes.length]),
				people,
				// Spread evenly: exactly `registrations` offerings, in every intake alike.
				Math.floor(((index + 1) * registrations) / offerings) >
					Math.floor((index * registrations) / offerings),
			),
		),
		history: createHistory(random),
	};
}

/** The plan file's text: JSON with 2-space indentation, as `kairos export --format plan` would write it. */
export function generatePlanText(/** @type {GenerateOptions} */ options = {}) {
	return `${JSON.stringify(generatePlan(options), null, 2)}\n`;
}

/** `--name value` pairs from argv. */
function readArgs(/** @type {string[]} */ argv) {
	/** @type {Record<string, string>} */
	const args = {};
	for (let index = 0; index < argv.length; index += 2) {
		const name = argv[index] ?? "";
		const value = argv[index + 1];
		if (!name.startsWith("--") || value === undefined)
			throw new Error(`unexpected argument ${name}`);
		args[name.slice(2)] = value;
	}
	return args;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const args = readArgs(process.argv.slice(2));
	const offerings = Number(args.offerings ?? 10_000);
	const text = generatePlanText({
		offerings,
		registrations: Number(args.registrations ?? Math.round(offerings / 10)),
		seed: Number(args.seed ?? 1),
	});
	if (args.out) writeFileSync(args.out, text);
	else process.stdout.write(text);
}
