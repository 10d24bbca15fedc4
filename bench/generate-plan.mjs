#!/usr/bin/env node
/**
 * Generates a large, realistic plan file (plan-format.md, version 1) for the benchmark.
 * The output depends only on the options: a seeded PRNG stands in for Math.random.
 *
 *   node bench/generate-plan.mjs [--offerings 10000] [--seed 1] [--out FILE]
 *
 * Without --out the JSON goes to stdout.
 */
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/**
 * @typedef {{ offerings?: number, seed?: number }} GenerateOptions
 * @typedef {{ id: string, title: string, credits: number }} ModuleSpec
 * @typedef {{ id: string, title: string, eqf: number, credits: number, field: string, modules: ModuleSpec[] }} QualificationSpec
 * @typedef {{ id: string, season: "spring" | "autumn", year: number, studiesStart: number, admissionOpens: number, admissionCloses: number, fullTimeGroupsConfirmed: number, decisionFrom: number }} IntakeSpec
 * @typedef {{ id: string, name: string, email: string, roles: string[] }} PersonSpec
 */

const FIRST_YEAR = 2027;
const LAST_YEAR = 2031;
const HISTORY_SIZE = 300;

/** Mulberry32: a small, fast, seeded PRNG with a 2^32 period; plenty for test data. */
function createRandom(seed) {
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
const day = (/** @type {number} */ year, /** @type {number} */ month, /** @type {number} */ d) =>
	Date.UTC(year, month - 1, d) / DAY_MS;
const iso = (/** @type {number} */ dayNumber) =>
	new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
/** ISO weekday, 1 = Monday … 7 = Sunday. */
const weekday = (/** @type {number} */ dayNumber) => ((((dayNumber + 3) % 7) + 7) % 7) + 1;
/** The day itself on a weekday, else the Monday after. */
const weekdayOnOrAfter = (/** @type {number} */ dayNumber) =>
	weekday(dayNumber) === 6 ? dayNumber + 2 : weekday(dayNumber) === 7 ? dayNumber + 1 : dayNumber;

/** Estonian vocational qualifications (EstQF/EQF 3–5), each with the modules courses lead to. */
const QUALIFICATIONS = /** @type {const} */ ([
	["welder-4", "Welder", 4, 120, "engineering", "welding-basics:Welding basics and workplace safety:10|mig-mag:MIG/MAG welding:15|tig:TIG welding:10|mma:Manual metal arc welding:15"],
	["cnc-operator-4", "CNC machine operator", 4, 120, "engineering", "technical-drawing:Technical drawing and measuring:8|cnc-turning:CNC turning:15|cnc-milling:CNC milling:15|cad-cam:CAD/CAM programming:10"],
	["industrial-electrician-4", "Industrial electrician", 4, 120, "engineering", "electrical-safety:Electrical safety:5|installation:Electrical installation:15|motors-drives:Motors and drives:10|plc-basics:PLC basics:8"],
	["automation-technician-5", "Automation technician", 5, 150, "engineering", "plc-programming:PLC programming:12|pneumatics:Pneumatics and hydraulics:8|robotics:Industrial robotics:10|scada:SCADA systems:6"],
	["mechatronics-technician-4", "Mechatronics technician", 4, 120, "engineering", "mechanics:Mechanical assemblies:10|sensors:Sensors and actuators:8|maintenance:Preventive maintenance:6"],
	["software-developer-4", "Software developer", 4, 120, "it", "programming-basics:Programming basics:12|web-development:Web development:15|databases:Databases:8|software-testing:Software testing:6"],
	["it-systems-specialist-4", "IT systems specialist", 4, 120, "it", "networks:Computer networks:10|server-administration:Server administration:12|cloud-services:Cloud services:8|cybersecurity:Cybersecurity basics:6"],
	["it-support-4", "IT support specialist", 4, 90, "it", "helpdesk:Helpdesk practice:6|workstations:Workstation administration:8|office-software:Office software for teams:4"],
	["data-analyst-5", "Junior data analyst", 5, 90, "it", "spreadsheets:Spreadsheet analysis:5|sql-reporting:SQL reporting:8|dashboards:Dashboards and visualisation:6|python-data:Data analysis in Python:10"],
	["cook-4", "Cook", 4, 120, "hospitality", "food-hygiene:Food hygiene and HACCP:3|hot-kitchen:Hot kitchen:15|pastry:Pastry and baking:10|menu-planning:Menu planning and costing:5"],
	["pastry-chef-4", "Pastry chef", 4, 120, "hospitality", "doughs:Yeast and puff doughs:10|cakes:Cakes and desserts:12|chocolate:Chocolate work:6"],
	["hotel-services-4", "Hotel services specialist", 4, 90, "hospitality", "reception:Front desk and reservations:8|housekeeping:Housekeeping management:6|guest-service:Guest service in English:5"],
	["logistician-4", "Logistician", 4, 120, "logistics", "warehouse-operations:Warehouse operations:12|forklift:Forklift operation:5|warehouse-systems:Warehouse management systems:6|transport-documents:Transport documents and customs:6"],
	["truck-driver-4", "Truck driver", 4, 60, "logistics", "cargo-securing:Cargo securing:3|tachograph:Tachograph and working time:3|eco-driving:Economical driving:3"],
	["finishing-builder-4", "Finishing builder", 4, 120, "construction", "facade-finishing:Facade insulation and finishing:10|renovation:Renovation of historic buildings:8|interior-finishing:Interior finishing:15"],
	["carpenter-4", "Carpenter", 4, 120, "construction", "timber-frames:Timber frame construction:12|roofing:Roof structures:10|joinery:Joinery:10"],
	["hvac-fitter-4", "Heating and ventilation fitter", 4, 120, "construction", "heating-systems:Heating systems:15|heat-pumps:Heat pump installation:6|ventilation:Ventilation systems:10"],
	["plumber-4", "Plumber", 4, 120, "construction", "water-supply:Water supply systems:10|sewerage:Sewerage systems:8|bathroom-fitting:Bathroom fitting:6"],
	["site-foreman-5", "Construction site foreman", 5, 90, "construction", "site-management:Site management:10|cost-estimation:Cost estimation:6|building-law:Building law and documents:5"],
	["caregiver-4", "Caregiver", 4, 90, "care", "care-basics:Basics of care work:10|dementia-care:Caring for people with dementia:6|first-aid:First aid in care work:3"],
	["childcare-worker-4", "Childcare worker", 4, 60, "care", "child-development:Child development:6|play-activities:Play and learning activities:6|special-needs:Children with special needs:5"],
	["social-care-assistant-4", "Social care assistant", 4, 90, "care", "home-care:Home care services:8|assistive-devices:Assistive devices:4|communication-care:Communication in care work:4"],
	["accountant-5", "Accountant", 5, 60, "business", "bookkeeping:Bookkeeping and e-invoicing:15|payroll:Payroll accounting:6|annual-reports:Annual reports of small companies:8"],
	["sales-representative-4", "Sales representative", 4, 90, "business", "sales-conversations:Sales conversations:6|e-commerce:E-commerce:8|customer-relations:Customer relationship management:5"],
	["office-administrator-4", "Office administrator", 4, 90, "business", "records-management:Records management:5|office-communication:Business communication:6|event-planning:Event planning:4"],
	["entrepreneur-5", "Small business entrepreneur", 5, 60, "business", "business-plan:Business planning:8|digital-marketing:Digital marketing:6|small-business-finance:Finance of a small business:6"],
	["hairdresser-4", "Hairdresser", 4, 120, "beauty", "hair-cutting:Hair cutting techniques:12|hair-colouring:Hair colouring:10|salon-service:Salon customer service:4"],
	["car-mechanic-4", "Car mechanic", 4, 120, "automotive", "engine-systems:Engine systems:12|electric-vehicles:Electric and hybrid vehicles:8|diagnostics:Vehicle diagnostics:10"],
	["forester-4", "Forester", 4, 120, "forestry", "forest-inventory:Forest inventory:8|chainsaw:Chainsaw work and safety:5|forest-machines:Forest machine operation:12"],
	["landscape-gardener-4", "Landscape gardener", 4, 120, "agriculture", "plant-care:Plant care:8|paving:Paving and small structures:8|garden-design:Garden design basics:6"],
	["solar-installer-4", "Renewable energy installer", 4, 60, "energy", "solar-pv:Solar PV installation:8|battery-storage:Battery storage systems:5|energy-audit:Home energy audit:4"],
]).map(
	([id, title, eqf, credits, field, modules]) =>
		/** @type {QualificationSpec} */ ({
			id,
			title,
			eqf,
			credits,
			field,
			modules: modules.split("|").map((spec) => {
				const [moduleId = "", moduleTitle = "", moduleCredits = "1"] = spec.split(":");
				return { id: moduleId, title: moduleTitle, credits: Number(moduleCredits) };
			}),
		}),
);

const FIRST_NAMES = ["Kadri", "Margus", "Mart", "Tiina", "Rein", "Piret", "Andres", "Urmas", "Katrin", "Liis", "Kristjan", "Anu", "Maarja", "Jaan", "Kersti", "Tõnu", "Merike", "Priit", "Ülle", "Siim", "Eve", "Toomas", "Helen", "Indrek", "Kaja", "Peeter", "Triin", "Raivo", "Külli", "Ott", "Marju", "Lauri", "Sirje", "Aivar", "Kairi", "Tarmo", "Ene", "Veiko", "Reet", "Mihkel", "Signe", "Jüri", "Anneli", "Kalle", "Riina", "Erki", "Pille", "Hannes", "Ly", "Madis"];
const SURNAMES = ["Tamm", "Sepp", "Kask", "Saar", "Lepik", "Mägi", "Kukk", "Ots", "Rebane", "Pärn", "Raud", "Kallas", "Luik", "Ilves", "Kuusk", "Rand", "Oja", "Mets", "Lõhmus", "Koppel", "Kivi", "Laur", "Kuusik", "Vaher", "Karu", "Põder", "Teder", "Sild", "Lill", "Org", "Jõgi", "Unt", "Valk", "Kütt", "Nõmm", "Parts", "Roos", "Tali", "Paju", "Allik", "Hunt", "Raudsepp", "Aas", "Ruus", "Toom", "Sarapuu", "Männik", "Kangur", "Pihlak", "Vares"];

/** `Jüri Mägi` → `juri-magi`: ASCII for ids and e-mail addresses. */
function asciiSlug(/** @type {string} */ name) {
	return name
		.normalize("NFD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-");
}

/** About 50 staff: managers, many teachers, marketing and learning advisors; a few hold two roles. */
function createPeople(/** @type {ReturnType<typeof createRandom>} */ random) {
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
			email: `${id.replace("-", ".")}@emajoe-vc.ee`,
			roles,
		});
	});
}

/** Two intakes a year: studies start in February and on 1 September, as in DESIGN.md. */
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

/** A lighter plan for short evening courses, and one for online courses run by marketing. */
const TEMPLATES = [
	{
		id: "short-evening",
		label: "Short evening course",
		milestones: [
			{ key: "content-approved", label: "Content and trainer approved", role: "pedagogy", anchor: "publication", offset: "-10wd", effortHours: 3 },
			{ key: "budget-approved", role: "manager", anchor: "publication", offset: "-5wd", effortHours: 1 },
			{ key: "catalogue-published", label: "Published in the catalogue", role: "marketing", anchor: "publication", offset: "+0d", effortHours: 2 },
			{ key: "social-post", label: "Social media and newsletter post", role: "marketing", anchor: "decisionWindow.from", offset: "+0d", notBefore: "publication", effortHours: 3 },
			{ key: "employer-flyers", label: "Flyers sent to partner employers", role: "marketing", anchor: "start", offset: "-4w", effortHours: 2 },
			{ key: "registration-closes", role: "support", anchor: "start", offset: "-5wd", effortHours: 1 },
			{ key: "go-no-go", label: "Go/no-go decision", role: "manager", anchor: "start", offset: "-4wd", effortHours: 1 },
			{ key: "participants-informed", role: "support", anchor: "start", offset: "-3wd", effortHours: 2 },
			{ key: "course-start", role: "pedagogy", anchor: "start", offset: "+0d", kind: "event" },
		],
	},
	{
		id: "online-express",
		label: "Online course with a webinar",
		milestones: [
			{ key: "content-approved", role: "pedagogy", anchor: "publication", offset: "-15wd", effortHours: 10 },
			{ key: "budget-approved", role: "manager", anchor: "publication", offset: "-10wd", effortHours: 2 },
			{ key: "catalogue-published", role: "marketing", anchor: "publication", offset: "+0d", effortHours: 3 },
			{ key: "open-webinar", label: "Open information webinar", role: "pedagogy", anchor: "decisionWindow.from", offset: "+10wd", notBefore: "publication", effortHours: 4 },
			{ key: "newsletter", role: "marketing", anchor: "decisionWindow.to", offset: "-3w", effortHours: 3 },
			{ key: "registration-closes", role: "support", anchor: "start", offset: "-5wd", effortHours: 1 },
			{ key: "participants-informed", role: "support", anchor: "start", offset: "-2wd", effortHours: 2 },
			{ key: "course-start", role: "pedagogy", anchor: "start", offset: "+0d", kind: "event" },
		],
	},
];

// The milestone keys of the built-in default template (src/model/default-template.ts); a drift
// shows up as a validation error on milestoneStatus.
const DEFAULT_TEMPLATE_KEYS = ["content-approved", "budget-approved", "marketing-plan-ready", "staff-briefed", "catalogue-published", "campaign-launch", "campaign-reminder", "registration-closes", "go-no-go", "participants-informed", "course-start"];
/** @type {Map<string | undefined, string[]>} */
const TEMPLATE_KEYS = new Map([
	[undefined, DEFAULT_TEMPLATE_KEYS],
	...TEMPLATES.map((template) => /** @type {[string, string[]]} */ ([template.id, template.milestones.map((milestone) => milestone.key)])),
]);

const VARIANTS = ["", " for beginners", " in practice", ": advanced course", " refresher", " for team leaders", " with certificate"];
const OUTCOME_PATTERNS = [
	(/** @type {string} */ topic) => `Plans and carries out ${topic} tasks safely`,
	(/** @type {string} */ topic) => `Chooses suitable tools and materials for ${topic}`,
	(/** @type {string} */ topic) => `Checks the quality of own ${topic} work against the standard`,
	(/** @type {string} */ topic) => `Explains the rules and regulations that apply to ${topic}`,
	(/** @type {string} */ topic) => `Documents ${topic} work for the customer and the employer`,
];
const ASSESSMENTS = ["practical test and portfolio", "written test and practical assignment", "project defended in a short interview", "observed practice at the learner's workplace", "case study"];
const LOCATIONS = ["Tartu, main building", "Tartu, workshop centre", "Tartu, training kitchen", "Tartu and online", "Põlva learning centre", "Jõgeva learning centre"];

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
 * One run of a micro-credential: mostly healthy, with the small share of drafts and problems a
 * real school's plan has (missing owner or contact, no pathway, blocked publication, late start).
 */
function createOffering(
	/** @type {ReturnType<typeof createRandom>} */ random,
	/** @type {number} */ index,
	/** @type {IntakeSpec} */ intake,
	/** @type {PersonSpec[]} */ people,
) {
	const qualification = random.pick(QUALIFICATIONS);
	const module = random.pick(qualification.modules);
	const topic = module.title.toLowerCase();
	const credits = Math.min(15, Math.max(3, module.credits + random.int(-3, 2)));
	const weeks = Math.max(4, Math.round(credits * 1.1) + random.int(0, 3));
	const late = random.chance(0.01);
	const start = weekdayOnOrAfter(intake.studiesStart + (late ? random.int(75, 90) : random.int(0, 56)));
	const end = start + weeks * 7 - 3;
	const mode = random.pick(/** @type {const} */ (["on-site", "online", "blended", "blended"]));
	const template = random.chance(0.25) ? "short-evening" : random.chance(0.12) ? "online-express" : undefined;
	const draft = random.chance(0.03);
	const byRole = (/** @type {string} */ role) => people.filter((person) => person.roles.includes(role));
	const support = random.pick(byRole("support"));

	/** @type {Record<string, unknown>} */
	const offering = {
		id: `${module.id}-${intake.id}-${String(index).padStart(5, "0")}`,
		title: `${module.title}${random.pick(VARIANTS)}`,
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
		/** @type {(topic: string) => string} */ (OUTCOME_PATTERNS[(index + n) % OUTCOME_PATTERNS.length])(topic),
	);
	offering.credits = { value: credits, unit: "EKAP" };
	offering.level = { eqf: Math.max(2, qualification.eqf - random.int(0, 1)) };
	if (!draft) offering.assessment = random.pick(ASSESSMENTS);
	if (!draft || random.chance(0.5))
		offering.qualityAssurance = `the college's quality management system; module of the nationally registered ${qualification.title} level ${qualification.eqf} curriculum`;
	if (random.chance(0.3)) offering.prerequisites = `basic knowledge of ${topic}, or work experience in ${qualification.field}`;
	if (random.chance(0.85)) {
		const shares = splitCredits(credits, random.int(1, 3));
		offering.modules = shares.map((share, n) => ({
			id: `${module.id}-part-${n + 1}`,
			title: `${module.title}, part ${n + 1}`,
			...(!random.chance(0.03) && { credits: { value: share, unit: "EKAP" } }),
			learningOutcomes: [/** @type {(topic: string) => string} */ (OUTCOME_PATTERNS[n % OUTCOME_PATTERNS.length])(topic)],
			...(!random.chance(0.05) && { assessment: random.pick(ASSESSMENTS) }),
		}));
	}
	if (!random.chance(0.05)) offering.pathways = [{ qualification: qualification.id, module: module.id }];
	const fee = random.int(15, 90) * 10;
	offering.fee = { amount: fee, currency: "EUR" };
	if (random.chance(0.2)) offering.subsidy = { amount: random.int(5, 15) * 100, currency: "EUR" };
	const min = random.int(8, 10);
	offering.participants = { min, max: min + random.int(4, 6) };
	/** @type {Record<string, unknown>[]} */
	const budget = [{ category: "teaching", amount: credits * random.int(300, 450) }];
	if (random.chance(0.6))
		budget.push({ category: "materials", amount: random.int(1, 12) * 10, per: "participant" });
	if (mode !== "online") budget.push({ category: "premises", amount: random.int(2, 8) * 100 });
	if (!random.chance(0.04)) budget.push({ category: "communication", amount: random.chance(0.05) ? 50 : random.int(15, 60) * 10 });
	budget.push({ category: "overhead", amount: random.int(15, 45) * 10 });
	offering.budget = budget;
	/** @type {Record<string, string>} */
	const owners = {};
	for (const role of ["manager", "pedagogy", "marketing", "support"]) {
		if (random.chance(0.03)) continue;
		owners[role] = role === "support" ? support.id : random.pick(byRole(role)).id;
	}
	offering.owners = owners;
	if (!random.chance(0.07)) {
		offering.contact = {
			name: support.name,
			email: support.email,
			...(random.chance(0.8) && { phone: `+372 5${random.int(100, 999)} ${random.int(1000, 9999)}` }),
		};
	}
	if (random.chance(0.08)) offering.publication = iso(weekdayOnOrAfter(intake.decisionFrom - random.int(-20, 30)));
	if (random.chance(0.08)) offering.blockedUntil = ["intake.fullTimeGroupsConfirmed"];
	else if (random.chance(0.02)) offering.blockedUntil = [iso(intake.decisionFrom + random.int(-10, 40))];
	if (template) offering.template = template;
	// The first intakes are under way: their early milestones are done or in progress.
	if (intake.year === FIRST_YEAR && random.chance(0.8)) {
		const keys = TEMPLATE_KEYS.get(template) ?? DEFAULT_TEMPLATE_KEYS;
		const done = random.int(1, keys.length - 2);
		offering.milestoneStatus = Object.fromEntries(
			keys.slice(0, done + 1).map((key, n) => [key, n < done ? "done" : "doing"]),
		);
	}
	if (intake.year <= FIRST_YEAR + 1 && random.chance(0.7)) {
		let count = 0;
		offering.registrations = Array.from({ length: random.int(1, 4) }, (_, n) => {
			count += random.int(0, 5);
			return { date: iso(intake.decisionFrom + 21 * (n + 1)), count };
		});
	}
	return offering;
}

/** Past offerings from before the intakes above: mostly published late, as in DESIGN.md's case. */
function createHistory(/** @type {ReturnType<typeof createRandom>} */ random) {
	return Array.from({ length: HISTORY_SIZE }, (_, index) => {
		const qualification = random.pick(QUALIFICATIONS);
		const module = random.pick(qualification.modules);
		const year = random.int(FIRST_YEAR - 5, FIRST_YEAR - 1);
		const autumn = random.chance(0.6);
		const start = weekdayOnOrAfter(autumn ? day(year, 9, random.int(10, 30)) : day(year, 2, random.int(5, 25)));
		const early = year >= FIRST_YEAR - 2 && random.chance(0.5);
		const publication = weekdayOnOrAfter(start - (early ? random.int(120, 190) : random.int(20, 50)));
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
 * Builds the plan object. Offerings are spread evenly over the intakes.
 * @param {GenerateOptions} [options]
 */
export function generatePlan({ offerings = 10_000, seed = 1 } = {}) {
	const random = createRandom(seed);
	const people = createPeople(random);
	const intakes = createIntakes();
	const closures = [];
	for (let year = FIRST_YEAR - 1; year <= LAST_YEAR + 1; year++) {
		closures.push({ from: `${year}-07-01`, to: `${year}-07-31`, label: "staff summer holiday" });
		closures.push({ from: `${year}-12-27`, to: `${year}-12-31`, label: "Christmas break" });
	}
	return {
		version: 1,
		institution: {
			id: "emajoe-vc",
			name: "Emajõe Vocational College",
			country: "EE",
			timezone: "Europe/Tallinn",
			languages: ["et", "en"],
			website: "https://www.emajoe-vc.ee",
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
			modules: qualification.modules.map((module) => ({
				id: module.id,
				title: module.title,
				credits: { value: module.credits, unit: "EKAP" },
			})),
		})),
		templates: TEMPLATES,
		offerings: Array.from({ length: offerings }, (_, index) =>
			createOffering(random, index, /** @type {IntakeSpec} */ (intakes[index % intakes.length]), people),
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
		if (!name.startsWith("--") || value === undefined) throw new Error(`unexpected argument ${name}`);
		args[name.slice(2)] = value;
	}
	return args;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const args = readArgs(process.argv.slice(2));
	const text = generatePlanText({
		offerings: Number(args.offerings ?? 10_000),
		seed: Number(args.seed ?? 1),
	});
	if (args.out) writeFileSync(args.out, text);
	else process.stdout.write(text);
}
