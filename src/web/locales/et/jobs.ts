import type { jobs as reference } from "../en/jobs.ts";
import type { Messages } from "../messages.ts";

/** Taustatööde vaade eesti keeles. */
export const jobs = {
	title: "Taustatööd",
	intro:
		"Kairos teeb need tööd ise: igaüht oma ajakava järgi, kohe, kui miski seda nõuab, ja uuesti pärast nurjumist. Siin näed, mida iga töö viimati tegi ja miks mõni käivitus nurjus.",
	onlyAdministrators: "Taustatöid näeb ainult administraator.",
	names: {
		"owner-digests": "Vastutajate kokkuvõtted",
		"follow-through": "Toimumise otsuse elluviimine",
		"registration-notices": "Registreerimise teated",
		retention: "Andmete säilitamine",
		history: "Lõppenud kursused ajalukku",
	},
	descriptions: {
		"owner-digests":
			"Saadab igale plaani inimesele tema ülesanded: esmaspäeval nädala omad ja päeval, mil mõni ülesanne hilineb.",
		"follow-through":
			"Viib ellu iga toimumise otsuse: kirjutab kõigile registreerunutele ja viib edasilükatud järgmisse vastuvõttu.",
		"registration-notices":
			"Annab ootenimekirjale teada, kui koht vabaneb, ja huvilistele, kui registreerimine avaneb.",
		retention: "Kustutab õppijate andmed, mida hoitakse lubatust kauem.",
		history: "Viib iga lõppenud kursuse plaanist ajalukku koos tegelike arvudega, analüüsi jaoks.",
	},
	every_one: "Iga minut",
	every_other: "Iga {{count}} minuti järel",
	everyHours_one: "Iga tund",
	everyHours_other: "Iga {{count}} tunni järel",
	schedule: "Ajakava",
	lastSuccess: "Viimati õnnestus",
	never: "Mitte kunagi",
	failuresInARow: "Nurjumisi sellest saadik",
	runNow: "Käivita kohe",
	runNowLabel: "Käivita {{job}} kohe",
	requested: "Töö {{job}} käivitub. Selle käivitus ilmub allpool, kui see on alanud.",
	runsCaption: "Töö {{job}} viimased käivitused",
	noRuns: "Veel pole käivitusi.",
	started: "Algas",
	trigger: "Miks",
	attempt: "Katse",
	runner: "Server",
	result: "Tulemus",
	details: "Üksikasjad",
	triggers: { schedule: "Ajakava", request: "Palutud", manual: "Käsurida" },
	status: { running: "Käib", succeeded: "Õnnestus", failed: "Nurjus" },
	outcome: {
		movedToHistory: "kursust ajalukku viidud",
		keptInPlan: "lõppenud, jäetud plaani",
		weekly: "nädala kokkuvõtet",
		overdue: "hilinemise kirja",
		alreadySent: "juba saadetud",
		optedOut: "loobunud",
	},
} as const satisfies Messages<typeof reference>;
