import type { learnerData as reference } from "../en/learnerData.ts";
import type { Messages } from "../messages.ts";

export const learnerData = {
	title: "Õppijate andmed",
	intro:
		"Õppija võib küsida, mida {{institution}} tema kohta hoiab, paluda sellest koopiat või selle kustutamist. Iga õppijale saadetud kiri viitab ka lehele, kus ta saab seda ise teha.",
	onlyStaff:
		"Õppijate andmeid saavad otsida ja kustutada programmijuhid, tugi ja administraatorid.",
	email: "Õppija e-posti aadress",
	lookUp: "Otsi",
	looking: "Otsin…",
	resultTitle: "Mida aadressi {{email}} kohta hoitakse",
	summary:
		"{{registrations}} ja {{mails}}. Registreeringut hoitakse kuni {{months}} kuud pärast kursuse lõppu, kinnitamata aadressiga registreeringut {{days}} päeva.",
	registrationCount_one: "{{count}} registreering",
	registrationCount_other: "{{count}} registreeringut",
	mailCount_one: "{{count}} kiri",
	mailCount_other: "{{count}} kirja",
	nothing: "Aadressi {{email}} kohta ei hoita midagi.",
	course: "Kursus",
	courseGone: "{{id}} (enam ei kavandata)",
	state: "Olek",
	states: {
		interest: "Huviline",
		applied: "Kandideerinud",
		waitlisted: "Ootenimekirjas",
		enrolled: "Vastu võetud",
		withdrawn: "Loobunud",
	},
	registered: "Registreeritud",
	consent: "Nõusolek",
	consentVersion: "versioon {{version}}",
	keptUntil: "Hoitakse kuni",
	download: "Laadi alla JSON-ina",
	erase: "Kustuta need andmed…",
	confirmTitle: "Kas kustutada kõik, mida aadressi {{email}} kohta hoitakse?",
	confirmText:
		"See kustutab jäädavalt {{registrations}} ja {{mails}}. Muudatuste logi märgib, et kustutasid õppija andmed, kuid mitte, kelle omad.",
	confirm: "Kustuta",
	cancel: "Loobu",
	erased:
		"Aadressi {{email}} {{registrations}} ja {{mails}} on kustutatud. Sellele aadressile saadetud kirjade lingid enam ei tööta.",
} as const satisfies Messages<typeof reference>;
