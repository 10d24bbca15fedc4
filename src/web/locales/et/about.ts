import type { about as reference } from "../en/about.ts";
import type { Messages } from "../messages.ts";

/** Ülevaade „Mikrokvalifikatsioonidest” eesti keeles. */
export const about = {
	title: "Mikrokvalifikatsioonidest",
	print: "Prindi ülevaade",
	intro:
		"{{school}}: ülevaade õpetajatele ja tugitöötajatele. Mis on mikrokvalifikatsioonid, kuidas need sobituvad meie õppepakkumisse ja vastuvõttudesse ning selle aasta kursused koos olulisemate kuupäevade ja vastutajatega. Seisuga {{date}}.",
	what: {
		heading: "Mis on mikrokvalifikatsioon",
		definition:
			"Mikrokvalifikatsioon on tõend selle kohta, mida inimene on lühikesel kursusel õppinud. See näitab, milliste õpiväljunditeni ta jõudis, ja need õpiväljundid on hinnatud läbipaistvate ja avalike nõuete järgi. Tõend kuulub õppijale: ta võib seda näidata tööandjale, viia teise kooli või liita teistega suuremaks kvalifikatsiooniks.",
		source:
			"Nii määratleb selle Euroopa Liidu Nõukogu 16. juuni 2022. aasta soovituses mikrokvalifikatsioonide Euroopa käsitluse kohta elukestva õppe ja tööalase konkurentsivõime toetamiseks. Soovitus loetleb ka andmed, mis on kirjas igal mikrokvalifikatsioonil, et lugeja teaks, mida see väärt on.",
		caption: "ELi standardandmed ja see, kus Kairos neid meie kursuste puhul hoiab",
		element: "Andmed",
		meaning: "Mida see tähendab",
		inKairos: "Kairoses",
		elements: {
			learner: {
				name: "Õppija isik",
				meaning: "Kes selle omandas.",
				kairos: "Igale osalejale väljastataval tunnistusel; plaanis õppijate nimesid ei ole.",
			},
			title: {
				name: "Nimetus",
				meaning: "Mikrokvalifikatsiooni nimi.",
				kairos: "Kursuse nimetus {{languages}} keeles.",
				kairosWithoutLanguages: "Kursuse nimetus.",
			},
			awardingBody: {
				name: "Väljastaja",
				meaning: "Kes selle annab välja ja selle eest vastutab.",
				kairos: "Meie kool, {{school}}.",
			},
			country: {
				name: "Riik",
				meaning: "Kus väljastaja asub.",
				kairos: "Kooli riik, {{country}}.",
			},
			date: {
				name: "Väljaandmise kuupäev",
				meaning: "Millal see anti.",
				kairos: "Pannakse paika tunnistuse väljastamisel, kui kursus on lõppenud.",
			},
			outcomes: {
				name: "Õpiväljundid",
				meaning: "Mida õppija lõpuks teab ja oskab, kirjutatuna nii, et seda saab hinnata.",
				kairos: "Kursuse õpiväljundid ja iga mooduli enda omad.",
			},
			workload: {
				name: "Töömaht",
				meaning:
					"Kui palju tööd see nõuab, ainepunktides; meie kursustel on kasutusel {{systems}}.",
				meaningWithoutCredits: "Kui palju tööd see nõuab, ainepunktides või õppija töötundides.",
				kairos: "Kursuse maht ja selle ühik.",
			},
			level: {
				name: "Tase",
				meaning: "Kui nõudlik see on, Euroopa kvalifikatsiooniraamistiku järgi (EQF, tasemed 1–8).",
				kairos: "EQF tase ja olemasolu korral ka riiklik tase.",
			},
			assessment: {
				name: "Hindamise viis",
				meaning: "Kuidas õpiväljundeid kontrollitakse: test, praktiline ülesanne, portfoolio.",
				kairos: "Kursuse hindamine.",
			},
			participation: {
				name: "Osalemise vorm",
				meaning: "Kohapeal, veebis või põimõppena.",
				kairos: "Kursuse õppevorm.",
			},
			quality: {
				name: "Kvaliteedi tagamine",
				meaning: "Kvaliteedisüsteem, mis seisab kursuse ja selle hindamise taga.",
				kairos: "Kursuse kvaliteedi tagamise kirjeldus.",
			},
		},
		systems: {
			EKAP: {
				name: "EKAP",
				definition:
					"EKAP on Eesti kutsehariduse arvestuspunkt: 1 EKAP on {{hours}} tundi õppija tööd ja täiskoormusega õppeaasta on {{year}} EKAP.",
			},
			ECTS: {
				name: "EAP (ECTS)",
				definition:
					"EAP (ECTS) on Euroopa kõrghariduse ainepunkt: 1 EAP on {{hours}} tundi õppija tööd ja täiskoormusega õppeaasta on {{year}} EAP.",
			},
			ECVET: {
				name: "ECVET-punktid",
				definition:
					"ECVET-punktid on Euroopa kutsehariduse arvestuspunktid: need kaaluvad õpiväljundeid, mitte ei loe tunde, ja {{year}} punkti vastab täiskoormusega kutseõppe ühe õppeaasta õpiväljunditele.",
			},
			hours: {
				name: "tunnid",
				definition: "Tundides antud maht loeb õppija töötunde.",
			},
		},
		frameworks: {
			EE: "Eesti kutsekvalifikatsioonid on tasemetel 2–5.",
		},
		levels: {
			one: "tasemel {{level}}",
			range: "tasemetel {{levels}}",
			both: "Selles plaanis on kursused EQF {{courses}} ja kvalifikatsioonid {{qualifications}}.",
			courses: "Selles plaanis on kursused EQF {{courses}}.",
			qualifications: "Selles plaanis on kvalifikatsioonid EQF {{qualifications}}.",
		},
		optional:
			"Kui need on asjakohased, on mikrokvalifikatsioonil kirjas ka eeldused ja see, kuidas seda saab teiste tõenditega liita. Kairos näitab mõlemat, kui kursusel need on, ja annab teada igast kursusest, mille standardandmed on puudulikud, et ükski kursus ei jõuaks avalikuks ilma nendeta.",
	},
	offer: {
		heading: "Kuidas need sobituvad meie õppepakkumisse",
		modular:
			"Meie mikrokvalifikatsioonid on modulaarsed. Kursus on lühike (selles plaanis {{credits}}), sageli õhtuti või põimõppena, et töötavad täiskasvanud saaksid seda teha töö kõrvalt. Moodulitest koosneva kursuse saab läbida mooduli kaupa: igal moodulil on oma õpiväljundid, maht ja hindamine ning see loeb ka eraldi.",
		modularWithoutCredits:
			"Meie mikrokvalifikatsioonid on modulaarsed. Kursus on lühike, sageli õhtuti või põimõppena, et töötavad täiskasvanud saaksid seda teha töö kõrvalt. Moodulitest koosneva kursuse saab läbida mooduli kaupa: igal moodulil on oma õpiväljundid, maht ja hindamine ning see loeb ka eraldi.",
		linked:
			"Iga kursus on seotud mõne meie laiema kvalifikatsiooniga. Kes kursuse läbib, on teinud ära osa sellest kvalifikatsioonist, ja see arvestatakse, kui ta asub kogu kvalifikatsiooni omandama. Räägi õppijatele, millise kvalifikatsioonini kursus viib: paljude jaoks on see esimene samm tagasi tasemeõppesse.",
		caption: "Selle aasta kursused ja kvalifikatsioonid, mille hulka need arvestatakse",
		qualification: "Kvalifikatsioon",
		level: "Tase",
		credits: "Maht",
		courses: "Kursused, mis selle hulka arvestatakse",
		eqf: "EQF {{level}}",
		asModule: "{{course}}, moodulina „{{module}}”",
		none: "Ükski selle aasta kursus ei ole veel kvalifikatsiooniga seotud.",
	},
	intakes: {
		heading: "Vastuvõtud",
		cycle:
			"Kool võtab õppijaid vastu vastuvõttudena, millest igaühel on oma vastuvõtuperiood ja õpingute algus (allpool). Iga mikrokvalifikatsioon planeeritakse ühe neist sisse ning sellel on algusest peale oma turundusplaan ja ajakava.",
		why: "Töötavad täiskasvanud otsustavad järgmise poolaasta õpingute üle kuid ette, õppijate otsustusperioodil. Kursus peab olema avalik kogu selle perioodi vältel, koos kuupäevade, hinna, tingimuste ja kontaktiga, muidu jõuab see inimesteni, kes on oma plaanid juba teinud. Seepärast avaldame kursused otsustusperioodi alguses, mitte siis, kui tasemeõppe rühmad on kinnitatud: rühmad kinnitatakse nädalaid pärast otsustusperioodi lõppu, kui on juba hilja neile, kes alles otsustavad. Mikrokvalifikatsioonide koolitajad kinnitatakse seetõttu tasemeõppe rühmadest eraldi.",
		admission: "Vastuvõtt",
		decisionWindow: "Õppijate otsustusperiood",
		studiesStart: "Õpingute algus",
		groupsConfirmed: "Tasemeõppe rühmad kinnitatakse",
		notSet: "määramata",
		range: "{{from}} kuni {{to}}",
		gap_one: "Tasemeõppe rühmad kinnitatakse {{count}} päev pärast otsustusperioodi lõppu.",
		gap_other: "Tasemeõppe rühmad kinnitatakse {{count}} päeva pärast otsustusperioodi lõppu.",
		none: "Plaanis ei ole eelseisva aasta vastuvõttu.",
	},
	offerings: {
		heading: "Selle aasta kursused",
		intro:
			"Iga kursus koos olulisemate kuupäevade ja vastutajatega, nagu salvestatud plaanis. Kuupäevad, mis langesid nädalavahetusele, riigipühale või asutuse suletud ajale, on nihutatud tööpäevale.",
		caption: "{{intake}}: kursused",
		withoutIntake: "Vastuvõtuta kursused",
		course: "Kursus",
		published: "Avaldatakse",
		registrationCloses: "Registreerimine lõpeb",
		goNoGo: "Toimumise otsus",
		starts: "Algab",
		owners: "Vastutajad",
		contact: "Kontakt",
		eqf: "EQF {{level}}",
		modes: { "on-site": "kohapeal", online: "veebis", blended: "põimõpe" },
		countsTowards: "Arvestatakse kvalifikatsiooni „{{qualification}}” hulka",
		countsTowardsModule:
			"Arvestatakse kvalifikatsiooni „{{qualification}}” hulka (moodul „{{module}}”)",
		decision: {
			go: "otsus: toimub",
			"no-go": "otsus: ei toimu",
			postpone: "otsus: edasi lükatud",
			merge: "otsus: ühendatud",
		},
		noDate: "puudub",
		noOwners: "vastutajad määramata",
		noContact: "kontakt määramata",
		none: "Selles vastuvõtus ei ole veel ühtegi kursust.",
	},
	units: {
		EKAP: "{{value}} EKAP",
		ECTS: "{{value}} EAP",
		ECVET_one: "{{value}} ECVET-punkt",
		ECVET_other: "{{value}} ECVET-punkti",
		hours_one: "{{value}} tund",
		hours_other: "{{value}} tundi",
	},
	numberRange: "{{from}}–{{to}}",
} as const satisfies Messages<typeof reference>;
