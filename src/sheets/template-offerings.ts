import type { Offering } from "../model/offering.ts";

/**
 * The example offerings of `examples/offerings-template.csv` and `.xlsx`. They use the demo
 * school's ids (intakes, qualifications, people, the "short-evening" template), so the
 * template imports into `examples/demo-school.yaml` as it is. Two have English translations
 * (the `title.en` columns and the like); the food hygiene course is in Estonian only.
 */
/** The demo school's languages, in which the template sheets are written and read. */
export const templateLanguages: readonly string[] = ["et", "en"];

export const templateOfferings: readonly Offering[] = [
	{
		id: "mma-welding-spring-2028",
		title: {
			et: "Käsikaarkeevitus algajatele",
			en: "Manual metal arc welding for beginners",
		},
		intake: "spring-2028",
		start: "2028-02-07",
		end: "2028-05-05",
		field: "engineering",
		language: "et",
		mode: "blended",
		location: { et: "Tartu, keevitustöökoda", en: "Tartu, welding workshop" },
		description: {
			et: "Kaks õhtut nädalas keevitustöökojas ja üks laupäev kuus, teooria veebis.",
			en: "Two evenings a week in the welding workshop and one Saturday a month, with the theory online.",
		},
		credits: { value: 6, unit: "EKAP" },
		level: { eqf: 4, national: "EstQF 4" },
		learningOutcomes: [
			{
				et: "Seab käsikaarkeevituse töökoha ohutult valmis ja valib tööks sobivad elektroodid",
				en: "Sets up a manual metal arc welding station safely and chooses electrodes for the job",
			},
			{
				et: "Keevitab terasplaadist nurk- ja põkkliiteid asendites PA ja PB",
				en: "Welds fillet and butt joints in steel plate in positions PA and PB",
			},
			{
				et: "Kontrollib keevisõmblusi visuaalselt standardi EVS-EN ISO 5817 kvaliteeditaseme C järgi",
				en: "Checks welds visually against quality level C of EVS-EN ISO 5817",
			},
		],
		assessment: "practical welding test with visual inspection, and a portfolio of test pieces",
		qualityAssurance:
			"the college's quality management system; module of the nationally registered Welder level 4 curriculum",
		prerequisites: "basic metalwork skills",
		stackability: "counts towards the Manual metal arc welding module of the Welder, level 4",
		pathways: [{ qualification: "welder-4", module: "mma" }],
		fee: { amount: 580, currency: "EUR" },
		participants: { min: 8, max: 12 },
		budget: [
			{ category: "teaching", amount: 2500 },
			{ category: "materials", amount: 90, per: "participant" },
			{ category: "premises", amount: 600 },
			{ category: "communication", amount: 400 },
			{ category: "overhead", amount: 300 },
		],
		owners: {
			manager: "margus-sepp",
			pedagogy: "mart-kask",
			marketing: "liis-parn",
			support: "anu-kallas",
		},
		contact: { name: "Anu Kallas", email: "anu.kallas@emajoe-vc.ee", phone: "+372 5341 2207" },
	},
	{
		id: "bookkeeping-autumn-2027",
		title: {
			et: "Raamatupidamine ja e-arved väikeettevõtetele",
			en: "Bookkeeping and e-invoicing for small companies",
		},
		intake: "autumn-2027",
		start: "2027-09-27",
		end: "2027-12-17",
		field: "business",
		language: "et",
		mode: "online",
		description: {
			et: "Veebitunnid kaks õhtut nädalas ettevõtjatele ja kontoritöötajatele, kes peavad väikeettevõtte raamatupidamist.",
			en: "Online evening lessons twice a week, for entrepreneurs and office staff who keep the books of a small company.",
		},
		credits: { value: 5, unit: "EKAP" },
		level: { eqf: 5, national: "EstQF 5" },
		learningOutcomes: [
			{
				et: "Kirjendab väikeettevõtte majandustehinguid raamatupidamistarkvaras",
				en: "Records the business transactions of a small company in an accounting program",
			},
			{
				et: "Saadab, võtab vastu ja kirjendab e-arveid",
				en: "Sends, receives and books e-invoices",
			},
			{ et: "Koostab igakuise käibedeklaratsiooni", en: "Prepares the monthly VAT return" },
		],
		assessment: "bookkeeping task in an accounting program, and a test",
		qualityAssurance:
			"the college's quality management system; module of the nationally registered Accountant level 5 curriculum",
		pathways: [{ qualification: "accountant-5", module: "bookkeeping" }],
		fee: { amount: 380, currency: "EUR" },
		subsidy: { amount: 1200, currency: "EUR" },
		participants: { min: 12, max: 20 },
		budget: [
			{ category: "teaching", amount: 2600 },
			{ category: "communication", amount: 350 },
			{ category: "overhead", amount: 300 },
			{ category: "other", amount: 150 },
		],
		owners: {
			manager: "katrin-rebane",
			pedagogy: "katrin-rebane",
			marketing: "kristjan-raud",
			support: "maarja-luik",
		},
		contact: { name: "Maarja Luik", email: "maarja.luik@emajoe-vc.ee", phone: "+372 5628 4410" },
		publication: "2027-03-08",
	},
	{
		id: "food-hygiene-autumn-2027",
		title: "Toiduhügieen ja HACCP köögitöötajatele",
		intake: "autumn-2027",
		start: "2027-10-04",
		end: "2027-10-29",
		field: "hospitality",
		language: "et",
		mode: "on-site",
		location: "Tartu, õppeköök",
		credits: { value: 3, unit: "EKAP" },
		level: { eqf: 3 },
		learningOutcomes: [
			"Selgitab peamisi toiduohutuse ohte ja nende ohjamist",
			"Peab HACCP-põhise enesekontrolliplaani dokumente",
		],
		assessment: "written test and a self-check plan for the learner's own workplace",
		qualityAssurance:
			"the college's quality management system; module of the nationally registered Cook level 4 curriculum",
		pathways: [{ qualification: "cook-4", module: "food-hygiene" }],
		fee: { amount: 210, currency: "EUR" },
		participants: { min: 8, max: 16 },
		budget: [
			{ category: "teaching", amount: 960 },
			{ category: "materials", amount: 15, per: "participant" },
			{ category: "premises", amount: 200 },
			{ category: "communication", amount: 150 },
			{ category: "overhead", amount: 150 },
		],
		owners: {
			manager: "kadri-tamm",
			pedagogy: "rein-lepik",
			marketing: "liis-parn",
			support: "anu-kallas",
		},
		contact: { name: "Rein Lepik", email: "rein.lepik@emajoe-vc.ee", phone: "+372 5190 3386" },
		blockedUntil: ["2027-03-01"],
		template: "short-evening",
	},
];
