import type { tasks as reference } from "../en/tasks.ts";
import type { Messages } from "../messages.ts";

/** Ülesannete vaade eesti keeles. */
export const tasks = {
	title: "Ülesanded",
	intro:
		"Sinu vastutusel olevad verstapostid kõigi kursuste turundusplaanides, kuupäevadega nagu need praeguses aruandes on.",
	whose: "Kelle ülesanded",
	choosePerson: "Vali inimene",
	ownerOf: "Verstapostid, mille eest vastutab {{name}}.",
	notLinked:
		"Sinu kasutaja pole seotud ühegi plaanis oleva inimesega, seega pole sul veel ülesandeid. Palu administraatoril see siduda.",
	groups: {
		overdue: "Tähtaeg möödas",
		thisWeek: "See nädal ({{week}}. nädal)",
		later: "Hiljem",
		done: "Tehtud",
	},
	none: {
		overdue: "Ühegi ülesande tähtaeg pole möödas.",
		thisWeek: "Sel nädalal pole rohkem tähtaegu.",
		later: "Hilisemaid tähtaegu pole.",
		done: "Veel pole midagi tehtud.",
	},
	due: "Tähtaeg {{date}}",
	overdueBy_one: "{{count}} päev üle tähtaja",
	overdueBy_other: "{{count}} päeva üle tähtaja",
	effort: "{{hours}} t",
	role: "Roll: {{role}}",
	markDone: "Märgi tehtuks",
	markDoneLabel: "Märgi kursuse {{offering}} ülesanne „{{task}}” tehtuks",
	decide: "Salvesta otsus",
	decideLabel: "Salvesta kursuse {{offering}} toimumise otsus",
	marking: "Salvestan…",
	marked: "„{{task}}” on tehtud.",
	draftFirst: "Salvesta selle kursuse muudatused või loobu neist enne.",
	calendar: {
		title: "Sinu ülesannete kalender",
		intro:
			"Telli oma ülesanded kalendrirakendusse (Outlook, Google'i kalender, Apple'i kalender): see näitab sinuga seotud inimese verstaposte ja järgib kõiki plaani muudatusi.",
		show: "Näita tellimise aadressi",
		loading: "Laadin aadressi…",
		address: "Kalendri aadress (ICS)",
		secret:
			"Selle aadressiga saab igaüks sinu ülesandeid lugeda: hoia seda enda teada ja lähtesta, kui see on lekkinud.",
		copy: "Kopeeri aadress",
		copied: "Aadress on kopeeritud.",
		copyYourself: "Aadress on valitud: kopeeri see klahvidega Ctrl+C (Macis ⌘C).",
		reset: "Lähtesta link",
		resetWarning:
			"Uus aadress asendab selle ja vana link lakkab kohe töötamast: sellega tellitud kalendrid ei saa enam uuendusi, kuni tellid need uuele aadressile.",
		resetConfirm: "Lähtesta, vana link lakkab töötamast",
		cancel: "Loobu",
		resetDone: "Link on lähtestatud: telli oma kalender uuele aadressile.",
	},
	digest: {
		title: "Sinu kokkuvõte e-postiga",
		intro:
			"Esmaspäeviti saadab Kairos sulle nädala ja hilinenud ülesanded ning päeval, mil mõni ülesanne hilineb, kirja sellest.",
		receiving: "Sa saad kokkuvõtteid.",
		stopped: "Sa loobusid kokkuvõtetest.",
		stop: "Loobu kokkuvõtetest",
		start: "Saada mulle kokkuvõtteid jälle",
	},
	roles: {
		manager: "programmijuht",
		pedagogy: "pedagoogika",
		marketing: "turundus",
		support: "tugiteenused",
	},
} as const satisfies Messages<typeof reference>;
