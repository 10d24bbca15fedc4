import type { timingMap as reference } from "../en/timingMap.ts";
import type { Messages } from "../messages.ts";

/** Ajakaardi tekstid eesti keeles. */
export const timingMap = {
	title: "Ajakaart",
	intro:
		"Planeerimisaasta ühel ekraanil: millal iga kursus on avalik, võrreldes õppijate otsustusaknaga.",
	preview_one: "Eelvaade: kaardil on {{count}} salvestamata muudatus.",
	preview_other: "Eelvaade: kaardil on {{count}} salvestamata muudatust.",
	filters: {
		label: "Kaardi filtrid",
		intake: "Vastuvõtt",
		field: "Valdkond",
		owner: "Vastutaja",
		severity: "Halvim leid",
		all: "Kõik",
		clear: "Tühjenda filtrid",
	},
	showing: "Näitan {{shown}} kursust {{total}}-st",
	empty: "Ükski kursus ei vasta neile filtritele.",
	noOfferings: "Plaanis ei ole veel ühtegi kursust.",
	map: "Ajakaart, {{from}} kuni {{to}}",
	today: "Täna, {{date}}",
	risk: { error: "Viga", warning: "Hoiatus", none: "Leide pole" },
	lanes: {
		heading: "Vastuvõtud",
		summary:
			"Vastuvõtt {{opens}} kuni {{closes}}; otsustusaken {{from}} kuni {{to}}; õpingud algavad {{start}}",
		noAdmission: "Otsustusaken {{from}} kuni {{to}}; õpingud algavad {{start}}",
		fullTimeGroups: "päevaõppe rühmad kinnitatakse {{date}}",
	},
	group: {
		count_one: "{{count}} kursus",
		count_other: "{{count}} kursust",
		noIntake: "Vastuvõtuta",
	},
	row: {
		summary:
			"Avalik {{publication}}, algab {{start}}, lõpeb {{end}}; otsustusaken {{from}} kuni {{to}}, sellest kaetud {{coverage}}",
		findings_one: "{{count}} leid",
		findings_other: "{{count}} leidu",
		registrations: "Registreerimised: {{counts}}",
		unsaved: "salvestamata",
		late: "hilja",
	},
	blocker: {
		fullTimeGroups: "ootab päevaõppe rühmade kinnitamist, {{date}}",
		admissionOpens: "ootab vastuvõtu algust, {{date}}",
		admissionCloses: "ootab vastuvõtu lõppu, {{date}}",
		studiesStart: "ootab õpingute algust, {{date}}",
		windowOpens: "ootab otsustusakna avanemist, {{date}}",
		windowCloses: "ootab otsustusakna sulgumist, {{date}}",
		date: "ootab kuni {{date}}",
	},
	lateNote: "avalik alates {{date}}: {{coverage}} otsustusaknast",
	marks: {
		label: "Sulgemisajad ja riigipühad",
		heading: "Sulgemisajad ja riigipühad",
		closure: "{{name}}, {{from}} kuni {{to}} (asutus suletud)",
		holiday: "{{name}}, {{date}} (riigipüha)",
		none: "Sellesse perioodi ei jää sulgemisaegu ega riigipühi.",
	},
	legend: {
		label: "Legend",
		admission: "vastuvõtuperiood",
		studiesStart: "õpingute algus",
		fullTimeGroups: "päevaõppe rühmad kinnitatud",
		window: "otsustusaken",
		public: "avalik, avaldamisest alguseni",
		course: "kursus, algusest lõpuni",
		missed: "otsustusaken jäi vahele",
		blocker: "mida avaldamine ootab",
		closure: "asutus suletud",
		holiday: "riigipüha",
		today: "täna",
	},
} as const satisfies Messages<typeof reference>;
