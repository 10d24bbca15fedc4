import type { analysis as reference } from "../en/analysis.ts";
import type { Messages } from "../messages.ts";

/** Analüüsi vaade eesti keeles. */
export const analysis = {
	title: "Analüüs",
	intro:
		"Mida ajastus kooli enda ajaloos täitumusega tegi: kui täis said varasemad kursused selle järgi, kui vara need avalikuks tulid, valdkondade, vastuvõttude ja kanalite kaupa, ning mida see tähendab praegu plaanitud kursustele.",
	savedOnly: "Analüüs on salvestatud plaanist: sinu salvestamata muudatusi seal pole.",
	summary: "Kokkuvõte",
	plots: "Joonised",
	plot: {
		"lead-time": {
			title: "Täitumus ja etteteatamise aeg",
			alt_one:
				"Hajuvusdiagramm {{count}} varasema kursuse täitumusest etteteatamise aja järgi, sobitatud joone ja selle 95% vahemikuga.",
			alt_other:
				"Hajuvusdiagramm {{count}} varasema kursuse täitumusest etteteatamise aja järgi, sobitatud joone ja selle 95% vahemikuga.",
		},
		coverage: {
			title: "Täitumus ja otsustusakna katvus",
			alt_one:
				"Hajuvusdiagramm {{count}} varasema kursuse täitumusest selle järgi, kui suure osa otsustusaknast see avalik oli, sobitatud joone ja selle 95% vahemikuga.",
			alt_other:
				"Hajuvusdiagramm {{count}} varasema kursuse täitumusest selle järgi, kui suure osa otsustusaknast need avalikud olid, sobitatud joone ja selle 95% vahemikuga.",
		},
		spend: {
			title: "Registreerumised ja kommunikatsioonikulu",
			alt: "Hajuvusdiagramm varasemate kursuste registreerumistest kommunikatsioonikulu järgi, sobitatud joone ja selle 95% vahemikuga.",
		},
		"cost-per-enrolment": {
			title: "Kulu õppija kohta kommunikatsioonikulu järgi",
			alt: "Hajuvusdiagramm toimunud varasemate kursuste kommunikatsioonikulust õppija kohta nende kommunikatsioonikulu järgi, sobitatud joone ja selle 95% vahemikuga. Kulu on mõlemal teljel, seega tõuseb joon kuluga osalt juba aritmeetika tõttu.",
		},
	},
	fillBy: "Täitumus rühmade kaupa",
	groupsNote:
		"Iga keskmise juures on kursuste arv ja 95% vahemik: väikese rühma vahemik on lai. Tabelid ei kontrolli, kas rühmad erinevad, seega ära järjesta neid keskmiste järgi.",
	byField: "Täitumus valdkondade kaupa",
	byIntake: "Täitumus vastuvõttude kaupa",
	byChannel: "Registreerumised kanalite kaupa",
	field: "Valdkond",
	intake: "Vastuvõtt",
	channel: "Kanal",
	otherChannels_one: "{{count}} muu kanal",
	otherChannels_other: "{{count}} muud kanalit",
	otherGroups_one: "{{count}} muu rühm",
	otherGroups_other: "{{count}} muud rühma",
	offerings: "Kursusi",
	meanFill: "Keskmine täitumus",
	interval: "95% vahemik",
	noInterval: "liiga vähe, et öelda",
	range: "{{low}} – {{high}}",
	registrations: "Registreerumisi",
	share: "Osakaal",
	noGroups: "Ükski varasem kursus seda ei anna.",
	atRisk: "Tänavu ohus",
	atRiskIntro:
		"Praegu plaanitud kursused, mille etteteatamise aeg või katvus jääb sinna, kus varasematele kursustele sobitatud joon on allpool väikseimat rühma (nii ajastatud kursused jäid pigem alla selle), koos seal oodatava täitumusega. Vahemik näitab, kuhu jääks 95 juhul 100-st ühe nii ajastatud kursuse täitumus: üksikud kursused erinevad palju rohkem kui keskmine.",
	noneAtRisk:
		"Ükski praegu plaanitud kursus ei jää sinna, kus varasemad kursused halvasti täitusid.",
	atRiskUnknown:
		"Ajalugu ei näita veel selget seost ajastuse ja täitumuse vahel, seega ei saa sellest öelda, millised praegu plaanitud kursused on ohus.",
	offering: "Kursus",
	leadTime: "Etteteatamise aeg",
	weeks_one: "{{count}} nädal",
	weeks_other: "{{count}} nädalat",
	coverage: "Katvus",
	expectedFill: "Oodatav täitumus (95% vahemik)",
	minimumFill: "Väikseim rühm",
	minimumOf: "{{minimum}} kohast {{places}} ({{share}})",
	by: "Hinnatud",
	byLeadTime: "etteteatamise aja järgi",
	byCoverage: "katvuse järgi",
	noIntake: "Vastuvõtuta",
	yearly: "Aastaaruanne",
	yearlyIntro:
		"Üks lehekülg aasta kohta juhtkonnale ja rahastajatele: iga vastuvõtu toimunud ja ära jäänud kursused, täitumus, etteteatamise ajad, katvus, kommunikatsioonikulu ja kulu õppija kohta, koos joonistega. See prinditakse A4-le ja on kirjutatud rakenduse keeles.",
	year: "Aasta",
	openYearly: "Ava {{year}}. aasta aruanne",
	newTab: "(avaneb uuel vahelehel)",
} as const satisfies Messages<typeof reference>;
