import type { importExport as reference } from "../en/importExport.ts";
import type { Messages } from "../messages.ts";

/** Impordi ja ekspordi vaate tekstid eesti keeles. */
export const importExport = {
	title: "Import ja eksport",
	intro:
		"Võta plaan Kairosest failina välja või too see sisse. Fail kontrollitakse enne muutmist täielikult läbi: kui midagi on valesti, näed rea ja veeru kaupa, mis, ja plaan jääb selliseks, nagu see oli. Esmalt kontrollitakse tabeli lahtrid; kui need kõik loetakse, kontrollitakse plaani tervikuna koos tabeliga.",
	onlyManagers:
		"Plaani asendada ja tabeleid importida saavad ainult programmijuht ja administraator. Alla laadida saad kõike.",
	download: {
		heading: "Allalaadimine",
		plan: "Laadi plaan alla (YAML)",
		planHint:
			"Kogu plaan plaanifailina: kool, vastuvõtud, kvalifikatsioonid, mallid ja kõik kursused.",
		sheet: "Laadi kursused alla (XLSX)",
		sheetHint:
			"Iga kursus ühel real, et seda Excelis või LibreOffice'is muuta ja uuesti importida. Moodulid, verstapostide olekud ja registreerimiste arvud jäävad Kairosesse.",
	},
	plan: {
		heading: "Asenda plaan failist",
		hint: "YAML- või JSON-vormingus plaanifail. See asendab kogu plaani: kursused, mida failis ei ole, eemaldatakse.",
		file: "Plaanifail (.yaml, .yml või .json)",
		check: "Kontrolli faili",
		chooseFirst: "Vali kõigepealt plaanifail.",
		draftsFirst:
			"Salvesta salvestamata muudatused või loobu neist enne: uus plaan asendaks plaani, millest need lähtuvad.",
		problems_one: "Failis {{name}} on {{count}} probleem. Midagi ei muudetud.",
		problems_other: "Failis {{name}} on {{count}} probleemi. Midagi ei muudetud.",
		serverProblems_one: "Server leidis failist {{name}} {{count}} probleemi. Midagi ei muudetud.",
		serverProblems_other: "Server leidis failist {{name}} {{count}} probleemi. Midagi ei muudetud.",
		where: "Koht",
		problem: "Probleem",
		changesHeading: "Mis muutuks",
		changesIntro: "{{name}} on korrektne plaan. Kui salvestatud plaan sellega asendada, siis:",
		added_one: "lisandub {{count}} kursus:",
		added_other: "lisandub {{count}} kursust:",
		removed_one: "eemaldatakse {{count}} kursus:",
		removed_other: "eemaldatakse {{count}} kursust:",
		changed_one: "muutub {{count}} kursus:",
		changed_other: "muutub {{count}} kursust:",
		otherParts: "muutuvad ka {{parts}}.",
		parts: {
			institution: "kooli andmed ja inimesed",
			intakes: "vastuvõtud",
			qualifications: "kvalifikatsioonid",
			templates: "turundusplaani mallid",
			history: "varasemad kursused",
		},
		unchanged:
			"Failis {{name}} on plaan täpselt sellisena, nagu see on salvestatud: asendamine ei muudaks midagi.",
		confirm: "Asenda plaan",
		cancel: "Katkesta",
		replaced: "Plaan asendati failiga {{name}} (plaani versioon {{version}}).",
	},
	sheet: {
		heading: "Impordi kursused tabelist",
		hint: "CSV- või XLSX-tabel, kus iga kursus on ühel real. Uue tunnusega rida lisab kursuse, Kairoses juba oleva kursuse tunnusega rida asendab selle ja kursused, mida tabelis ei ole, jäävad alles.",
		file: "Kursuste tabel (.csv või .xlsx)",
		submit: "Impordi tabel",
		chooseFirst: "Vali kõigepealt tabel.",
		wrongType: "{{name}} ei ole .csv- ega .xlsx-fail.",
		imported:
			"{{name}} on imporditud: uusi {{added}}, asendatud {{updated}} (plaani versioon {{version}}).",
		problems_one: "Tabelis {{name}} on {{count}} probleem. Midagi ei imporditud.",
		problems_other: "Tabelis {{name}} on {{count}} probleemi. Midagi ei imporditud.",
		caption: "Tabeli {{name}} probleemid ridade ja veergude kaupa",
		row: "Rida",
		column: "Veerg",
		problem: "Probleem",
		wholeFile: "Kogu fail",
		wholeRow: "Kogu rida",
	},
	history: {
		heading: "Varasemad kursused",
		hint: "Kursused, mis on juba toimunud või ära jäänud, koos avaldamise, alguse, rühma suuruse ja lõpliku registreerunute arvuga: neist õpib täituvuse analüüs. CSV- või XLSX-tabel, kus iga varasem kursus on ühel real; uue tunnusega rida lisab selle, teadaoleva tunnusega rida asendab selle ja ülejäänud jäävad alles.",
		download: "Laadi varasemad kursused alla (XLSX)",
		file: "Varasemate kursuste tabel (.csv või .xlsx)",
		submit: "Impordi varasemad kursused",
		imported:
			"{{name}} on imporditud: uusi varasemaid kursusi {{added}}, asendatud {{updated}} (plaani versioon {{version}}).",
	},
	progress: {
		sending: "Laadin üles faili {{name}}",
		checking: "Kontrollin faili {{name}}…",
	},
} as const satisfies Messages<typeof reference>;
