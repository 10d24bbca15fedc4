import type { Messages } from "./en.ts";

/** Eesti keel. */
export const et: Messages = {
	site: {
		skipToContent: "Otse sisu juurde",
		language: "Keel",
		catalogue: "Kursused",
		poweredBy: "Kursuste planeerimine: Kairos",
		inLanguage: "({{language}} keeles)",
	},
	status: {
		planned: "Planeeritud",
		open: "Registreerimine avatud",
		confirmed: "Grupp kinnitatud",
		full: "Täis",
		cancelled: "Ära jäetud",
		postponed: "Edasi lükatud",
		merged: "Ühendatud",
	},
	statusHelp: {
		planned: "Ajad ja hind on paigas; registreerimine avaneb {{date}}.",
		open: "Registreerimine on avatud kuni {{date}}.",
		confirmed: "Grupp toimub.",
		full: "Kõik kohad on täis; anna teada oma huvist järgmise grupi vastu.",
		cancelled: "See grupp ei toimu.",
		postponed: "See grupp ei toimu: kursus lükati edasi, uus grupp {{course}} algab {{date}}.",
		merged:
			"See grupp eraldi ei toimu: selle õppijad liituvad kursusega {{course}}, mis algab {{date}}.",
	},
	mode: { "on-site": "Kohapeal", online: "Veebis", blended: "Põimõpe (kohapeal ja veebis)" },
	catalogue: {
		title: "Mikrokvalifikatsioonide kursused",
		intro:
			"Lühikursused töötavatele täiskasvanutele, planeeritud koos vastuvõtuga. Iga kursus arvestatakse laiema kvalifikatsiooni osana.",
		filters: "Leia kursus",
		search: "Märksõnad",
		institution: "Kool",
		intake: "Vastuvõtt",
		field: "Valdkond",
		level: "Tase (EKR)",
		languageOfStudy: "Õppekeel",
		mode: "Õppevorm",
		feeMin: "Hind alates (EUR)",
		feeMax: "Hind kuni (EUR)",
		any: "Kõik",
		apply: "Näita kursusi",
		clear: "Tühjenda filtrid",
		found_one: "{{count}} kursus",
		found_other: "{{count}} kursust",
		none: "Nende filtritega kursust veel pole.",
		intakeHeading: "{{intake}}: õpingud algavad {{date}}",
		noIntake: "Muud kursused",
		starts: "Algab {{date}}",
	},
	offering: {
		backToCatalogue: "Kõik kursused",
		when: "Toimumisaeg",
		schedule: "{{start}} – {{end}}",
		where: "Koht",
		online: "Veebis",
		language: "Õppekeel",
		fee: "Hind",
		free: "Tasuta",
		feeNote: "Õppetasu tuleb maksta alles siis, kui grupp on kinnitatud.",
		feeNoteConfirmed: "Grupp on kinnitatud, seega tuleb õppetasu maksta.",
		subsidised: "Kursust toetatakse: hind on see, mida sina maksad.",
		subsidisedFree: "Kursust toetatakse, seega sina ei maksa midagi.",
		includes: "Sisaldab õpet.",
		includesMaterials: "Sisaldab õpet ja õppematerjale.",
		group: "Grupi suurus",
		groupSize_one: "{{group}} osaleja",
		groupSize_other: "{{group}} osalejat",
		conditions: "Tingimused",
		conditionsText_one:
			"Kursus toimub, kui vähemalt {{count}} osaleja registreerub {{date}}. Kinnitame grupi enne algust.",
		conditionsText_other:
			"Kursus toimub, kui vähemalt {{count}} osalejat registreerub {{date}}. Kinnitame grupi enne algust.",
		conditionsConfirmed: "Grupp on kinnitatud: kursus toimub.",
		prerequisites: "Eeldused",
		none: "Puuduvad",
		credentialHeading: "Mida saad",
		credits: "Maht",
		level: "Tase",
		outcomes: "Õpiväljundid",
		assessment: "Hindamine",
		qualityAssurance: "Kvaliteedi tagamine",
		awardedBy: "Väljastaja",
		modules: "Moodulid",
		modulesIntro: "Iga mooduli saab läbida ja tunnustada eraldi.",
		pathway: "Õpitee",
		pathwayText: "Arvestatakse kvalifikatsiooni {{qualification}} (EQF {{level}}) osana",
		pathwayModule: "moodul {{module}}",
		contact: "Küsimused?",
		contactIntro: "Küsi: {{name}}.",
		addToCalendar: "Lisa kalendrisse (.ics)",
		registration: "Registreerimine",
		registrationWindow: "Registreerimine on avatud {{from}} kuni {{to}}.",
		movedLink: "Vaata uut gruppi",
	},
	signUp: {
		heading: "Anna mulle teada",
		intro:
			"Jäta oma e-posti aadress ja anname teada, kui registreerimine avaneb ja grupp kinnitatakse.",
		name: "Nimi",
		email: "E-post",
		phone: "Telefon (vabatahtlik)",
		consent:
			"Nõustun, et {{institution}} kasutab minu nime ja kontakte ainult selleks, et anda teada sellest kursusest ja selle järgmistest gruppidest. Andmeid hoitakse kuni {{months}} kuud pärast kursuse lõppu või kuni loobun; igas kirjas on link nende vaatamiseks ja kustutamiseks.",
		submit: "Registreeri huvi",
		honeypot: "Jäta see väli tühjaks",
		checkEmail: "Peaaegu valmis: vaata oma e-posti",
		checkEmailText:
			"Saatsime lingi aadressile {{email}}. Ava see kinnitamiseks, et kirjutaksime ainult neile, kes seda soovisid.",
		confirmed: "Aitäh, oled nimekirjas",
		confirmedText: "Anname teada kursusest {{course}}. Igas kirjas on link loobumiseks.",
		confirmHeading: "Kinnita oma huvi",
		confirmPrompt: "Vajuta nuppu, et kinnitada, et soovid selle kursuse kohta teateid.",
		confirmButton: "Kinnita",
		unsubscribeHeading: "Loobu kirjadest",
		unsubscribePrompt: "Vajuta nuppu ja me ei kirjuta sulle selle kursuse kohta enam.",
		unsubscribeButton: "Loobu",
		unsubscribed: "Oled loobunud",
		unsubscribedText: "Me ei kirjuta sulle sellest kursusest enam.",
		invalidLink: "See link ei kehti enam.",
		problems: "Palun kontrolli vormi",
		tooMany: "Siit on tulnud liiga palju registreerimisi; proovi mõne minuti pärast uuesti.",
	},
	myData: {
		title: "Sinu andmed: {{institution}}",
		intro:
			"Mida {{institution}} aadressi {{email}} kohta hoiab. Sellele lehele pääseb ainult nende kirjade lingiga, mis sellele aadressile saatsime.",
		retention:
			"Hoiame registreeringut kuni {{months}} kuud pärast kursuse lõppu ja registreeringut, mille e-posti aadressi ei kinnitatud, {{days}} päeva.",
		registrations: "Registreeringud",
		noRegistrations: "Selle aadressi kohta ei hoia me ühtki registreeringut.",
		courseGone: "Kursus, mida enam ei kavandata ({{id}})",
		consent: "Sinu nõusolek",
		consentGiven: "Antud {{date}} (versioon {{version}})",
		courseEnd: "Kursuse viimane päev",
		keptUntil: "Hoiame kuni",
		notYet: "veel mitte",
		none: "puudub",
		field: {
			state: "Olek",
			name: "Nimi",
			email: "E-post",
			phone: "Telefon",
			language: "Kirjade keel",
			source: "Kuidas kursuseni jõudsid",
			referrer: "Leht, mis kursusele viitas",
			address: "Internetiaadress, kust registreering tuli",
			createdAt: "Registreeritud",
			confirmSentAt: "Kinnituskiri saadetud",
			confirmedAt: "E-posti aadress kinnitatud",
			unsubscribedAt: "Kirjadest loobutud",
			appliedAt: "Kandideeritud",
			waitlistedAt: "Ootenimekirja kantud",
			enrolledAt: "Vastu võetud",
			withdrawnAt: "Loobutud",
			invitedAt: "Teatatud, et registreerimine on avatud",
		},
		state: {
			interest: "Huviline",
			applied: "Kandideerinud",
			waitlisted: "Ootenimekirjas",
			enrolled: "Vastu võetud",
			withdrawn: "Loobunud",
		},
		mails: "Kirjad, mis sulle saatsime",
		mailsKept:
			"Hoiame iga kirja teemat ja aega, mitte kunagi selle teksti, kuni 30 päeva pärast saatmist.",
		noMails: "Sellele aadressile saadetud kirju me ei hoia.",
		mailSubject: "Teema",
		mailDate: "Aeg",
		mailStatus: "Olek",
		mailSent: "saadetud",
		mailWaiting: "ootab saatmist",
		mailFailed: "ei jõudnud kohale",
		download: "Laadi minu andmed alla (JSON)",
		eraseHeading: "Kustuta minu andmed",
		eraseIntro:
			"Kustutamine eemaldab kõik ülalolevad registreeringud, sellele aadressile saadetud kirjad, mida hoiame, ja selle lehe. Me ei kirjuta sulle enam, kui sa uuesti ei registreeru.",
		eraseButton: "Kustuta minu andmed …",
		confirmHeading: "Kas kustutada sinu andmed ({{institution}})?",
		confirmText_zero:
			"See kustutab kõik, mida aadressi {{email}} kohta hoiame. Seda ei saa tagasi võtta.",
		confirmText_one:
			"See kustutab sinu registreeringu ja kõik muu, mida aadressi {{email}} kohta hoiame. Seda ei saa tagasi võtta.",
		confirmText_other:
			"See kustutab sinu {{count}} registreeringut ja kõik muu, mida aadressi {{email}} kohta hoiame. Seda ei saa tagasi võtta.",
		confirmButton: "Jah, kustuta minu andmed",
		cancel: "Ei, jäta andmed alles",
		erased: "Sinu andmed on kustutatud",
		erasedText:
			"Sinu aadressi kohta ei hoia me enam midagi ja meie varasemate kirjade lingid enam ei tööta.",
		invalidLink: "See link ei tööta",
		invalidLinkText:
			"See võib olla valesti kirjutatud või üle aasta vana, või on andmed, mida see näitas, kustutatud. Ava link meie uuemast kirjast või küsi koolilt.",
	},
	digests: {
		optOutHeading: "Loobu ülesannete kokkuvõtetest",
		optOutPrompt:
			"Vajuta nuppu ja Kairos ei saada sulle enam esmaspäevast ülesannete kokkuvõtet ega kirja päeval, mil mõni ülesanne hilineb.",
		optOutButton: "Loobu kokkuvõtetest",
		optedOut: "Sa ei saa enam kokkuvõtteid",
		optedOutText:
			"Sinu ülesanded on endiselt töölaual. Kokkuvõtted saad tagasi siit või töölaua ülesannete lehelt.",
		optInButton: "Saada mulle kokkuvõtteid jälle",
		optedIn: "Saad kokkuvõtteid jälle",
		optedInText: "Esmaspäeviti nädala ülesanded ja kiri päeval, mil mõni ülesanne hilineb.",
		invalidLink: "See link ei kehti.",
	},
	apply: {
		heading: "Kandideeri",
		intro:
			"Registreerimine on avatud. Kandideeri nüüd: kuni kohti jagub, saad koha; kui grupp on täis, jääd ootejärjekorda.",
		consent:
			"Nõustun, et {{institution}} kasutab minu nime ja kontakte minu avalduse menetlemiseks sellele kursusele. Andmeid hoitakse kuni {{months}} kuud pärast kursuse lõppu või kuni loobun; igas kirjas on link nende vaatamiseks ja kustutamiseks.",
		submit: "Saada avaldus",
		elsewhereIntro:
			"Registreerimine on avatud. Sellele kursusele kandideeritakse keskkonnas {{site}}.",
		elsewhere: "Kandideeri: {{site}}",
		appliedHeading: "Avaldus on saadetud: vaata oma e-posti",
		appliedText:
			"Sinu kohta grupis hoitakse 48 tundi. Saatsime lingi aadressile {{email}}: ava see, et aadress kinnitada ja koht alles jätta.",
		waitlistedHeading: "Oled ootejärjekorras: vaata oma e-posti",
		waitlistedText:
			"Grupp on täis, seega oled ootejärjekorras {{position}}. kohal. Saatsime lingi aadressile {{email}}: ava see, et aadress kinnitada. Kirjutame kohe, kui koht vabaneb.",
		notOpen: "Sellele kursusele ei saa praegu registreeruda.",
		confirmedText: "Kirjutame sulle sinu avaldusest kursusele {{course}}.",
	},
	pathway: {
		title: "Õpitee: {{qualification}}",
		intro:
			"Need mikrokvalifikatsioonid arvestatakse kvalifikatsiooni {{qualification}} ({{credits}}) osana. Läbi need ükshaaval, mis tahes vastuvõtus, allolevas järjekorras.",
		level: "Tase",
		credits: "Kogumaht",
		modules: "Kvalifikatsiooni moodulid",
		courses: "Kursused, mis selle osana arvestatakse",
		none: "Sellel õpiteel pole veel avaldatud kursusi.",
	},
	calendar: {
		status: "Olek",
		deadline: "Registreerimise tähtaeg: {{course}}",
		movedTo: "Üle viidud: {{course}}, algab {{date}}",
	},
	units: { EKAP: "EKAP", ECTS: "EAP", ECVET: "ECVET-punkti", hours: "tundi" },
	followThrough: {
		subject: {
			go: "Toimub: {{course}}",
			"no-go": "Ära jäetud: {{course}}",
			postpone: "Edasi lükatud: {{course}}",
			merge: "Ühendatud teise grupiga: {{course}}",
		},
		news: {
			go: "Hea uudis: kursuse „{{course}}” grupp toimub. Õpe algab {{start}}.",
			"no-go": "Kahjuks kursus „{{course}}”, mis pidi algama {{start}}, ei toimu.",
			postpone:
				"Kursus „{{course}}” ei alga {{start}}: see lükati edasi järgmisse vastuvõttu ja uus grupp „{{target}}” alustab {{targetStart}}.",
			merge:
				"Kursuse „{{course}}” grupp ei toimu eraldi: see liidetakse kursusega „{{target}}”, mis algab {{targetStart}}.",
		},
		moved: "Sinu registreering liikus kaasa: uuesti registreeruma ei pea.",
		waitlisted:
			"Uus grupp on täis: sinu registreering liikus selle ootejärjekorda ja me kirjutame, kui koht vabaneb.",
		alreadyThere: "Sa oled sinna juba registreerunud.",
		notMoved: "Sinu koht ise kaasa ei liigu: palun anna teada, kas soovid uue grupiga liituda.",
		alternatives: "Sulle võivad sobida hoopis need kursused:",
		alternative: "{{course}}, algab {{start}}",
		coursePage: "Kursuse leht:",
		purpose: "Kirjutame, sest registreerusid sellele kursusele.",
	},
	analysis: {
		title: "Mida ajastus täitumusega tegi",
		eyebrow: "Ajaloo analüüs",
		asOf: "seisuga {{date}}",
		summary: "Kokkuvõte",
		plots: "Joonised",
		groups: "Täitumus rühmiti",
		groupsNote:
			"Iga keskmise juures on n ja 95% usaldusvahemik: väikese rühma vahemik on lai. Tabelid ei kontrolli, kas rühmad erinevad, seega ära järjesta neid keskmiste järgi.",
		byField: "Valdkonniti",
		byIntake: "Vastuvõttude kaupa",
		byChannel: "Registreerumised kanalite kaupa",
		atRisk: "Selle aasta ohus pakkumised",
		atRiskIntro:
			"Praegu kavandatud pakkumised, mille ettevalmistusaeg või otsustusakna katvus jääb sinna, kus varasematele pakkumistele sobitatud joon on allpool nende miinimumrühma: nii ajastatud pakkumised jäid pigem alla miinimumi. Vahemik näitab, kuhu jääks 95 juhul 100-st ühe nii ajastatud pakkumise täitumus; see on lai, sest üksikud kursused erinevad palju rohkem kui keskmine.",
		noneAtRisk: "Ükski praegu kavandatud pakkumine ei jää sinna, kus varasemad halvasti täitusid.",
		noRows: "Ükski varasem pakkumine seda ei anna.",
		atRiskUnknown:
			"Ajalugu ei näita veel selget seost ajastuse ja täitumuse vahel, seega ei saa sellest öelda, millised praegu kavandatud pakkumised on ohus.",
		pastOfferings: "Varasemad pakkumised",
		madeBy: "Koostas Kairos asutuse {{institution}} ({{id}}) plaanist.",
		column: {
			offering: "Pakkumine",
			field: "Valdkond",
			intake: "Vastuvõtt",
			group: "Rühm",
			n: "n",
			fill: "Täitumus",
			interval: "95% vahemik",
			channel: "Kanal",
			registrations: "Registreerumisi",
			registrationsOfPlaces: "Registreerunuid / kohti",
			share: "Osakaal",
			leadTime: "Ettevalmistusaeg",
			coverage: "Katvus",
			expectedFill: "Oodatav täitumus (95% vahemik)",
			minimum: "Miinimumtäitumus",
			places: "Kohti",
			by: "Alus",
			status: "Seis",
			publication: "Avalik alates",
			start: "Algus",
			spend: "Kommunikatsioon",
			costPerEnrolment: "Õppija kohta",
		},
		by: { leadTime: "ettevalmistusaeg", coverage: "katvus" },
		weeks_one: "{{count}} nädal",
		weeks_other: "{{count}} nädalat",
		days_one: "{{count}} päev",
		days_other: "{{count}} päeva",
		unitWeeks_one: "nädala",
		unitWeeks_other: "{{count}} nädala",
		unitDays_one: "päeva",
		unitDays_other: "{{count}} päeva",
		otherChannels_one: "{{count}} muu kanal",
		otherChannels_other: "{{count}} muud kanalit",
		otherGroups_one: "{{count}} muu rühm",
		otherGroups_other: "{{count}} muud rühma",
		none: "–",
		plot: {
			"lead-time": "Täitumus ettevalmistusaja järgi",
			coverage: "Täitumus otsustusakna katvuse järgi",
			spend: "Registreerumised kommunikatsioonikulu järgi",
			"cost-per-enrolment": "Kulu õppija kohta kommunikatsioonikulu järgi",
			leadTimeAxis: "Ettevalmistusaeg (nädalat)",
			coverageAxis: "Otsustusaknast kaetud (%)",
			fillAxis: "Täitumus (% kohtadest)",
			spendAxis: "Kommunikatsioonikulu",
			registrationsAxis: "Registreerumisi",
			costPerEnrolmentAxis: "Kulu õppija kohta",
			ran: "Toimus",
			cancelled: "Jäi ära",
			line: "Sobitatud joon",
			band: "95% vahemik",
			noLine: "Liiga vähe punkte või liiga väike hajuvus: joont ei sobitatud",
			tooLittleData: "Selle joonise jaoks on andmeid liiga vähe",
		},
		statement: {
			tooLittleData:
				"Andmeid on veel liiga vähe, et midagi järeldada: teadaolev tulemus on {{n}} varasemal pakkumisel, analüüs vajab vähemalt {{needed}}.",
			overallFill:
				"Varasemad pakkumised täitsid keskmiselt {{fill}} oma kohtadest (n = {{n}}{{interval}}); {{reached}} neist said miinimumrühma kokku.",
			noPastOfferings: "Ühegi varasema pakkumise tulemus pole veel teada.",
			intervalPart: "; 95% usaldusvahemik {{low}} kuni {{high}}",
			bothGroups:
				"Kogu otsustusakna vältel avalikud pakkumised täitsid keskmiselt {{a}} oma kohtadest (n = {{na}}); pärast seda avaldatud täitsid {{b}} (n = {{nb}})",
			onlyWhole:
				"Kogu otsustusakna vältel avalikud pakkumised täitsid keskmiselt {{a}} oma kohtadest (n = {{na}}); ühtki ei avaldatud pärast akent, seega pole millega võrrelda.",
			onlyAfter:
				"Pärast otsustusakent avaldatud pakkumised täitsid keskmiselt {{b}} oma kohtadest (n = {{nb}}); ükski polnud avalik kogu akna vältel, seega pole millega võrrelda.",
			noGroups:
				"Ükski varasem pakkumine polnud avalik kogu otsustusakna vältel ega avaldatud pärast seda, seega pole millega võrrelda.",
			difference_one:
				"{{groups}}: vahe on {{difference}} protsendipunkt (95% usaldusvahemik {{low}} kuni {{high}}).",
			difference_other:
				"{{groups}}: vahe on {{difference}} protsendipunkti (95% usaldusvahemik {{low}} kuni {{high}}).",
			noClearDifference_one:
				"{{groups}}. Selget vahet pole: {{difference}} protsendipunkt, 95% usaldusvahemik {{low}} kuni {{high}}.",
			noClearDifference_other:
				"{{groups}}. Selget vahet pole: {{difference}} protsendipunkti, 95% usaldusvahemik {{low}} kuni {{high}}.",
			tooFewToConclude_one:
				"{{groups}}. Kui rühmas on alla {{needed}} pakkumise, on seda järeldamiseks liiga vähe: {{difference}} protsendipunkt, 95% usaldusvahemik {{low}} kuni {{high}}.",
			tooFewToConclude_other:
				"{{groups}}. Kui rühmas on alla {{needed}} pakkumise, on seda järeldamiseks liiga vähe: {{difference}} protsendipunkti, 95% usaldusvahemik {{low}} kuni {{high}}.",
			tooFewToCompare: "{{groups}}; rühmades on võrdlemiseks liiga vähe pakkumisi.",
			partial: " Osa akna vältel avalikud täitsid {{fill}} (n = {{n}}).",
			higher: "suurema",
			lower: "väiksema",
			more: "suurema",
			fewer: "väiksema",
			noSpread: {
				leadTime:
					"Kõigil {{n}} varasemal pakkumisel oli sama ettevalmistusaeg ({{value}}), seega pole joont, millega täitumust siduda.",
				coverage:
					"Kõigil {{n}} varasemal pakkumisel oli sama otsustusakna katvus ({{value}}), seega pole joont, millega täitumust siduda.",
			},
			timingHint:
				"Ülaltoodud {{tests}} ajastuse võrdlusest näitab seost vaid {{conclusive}}. Iga võrdlus tehakse 95% tasemel, nii et mitme seast võib üks seost näidata ka juhuslikult: pea seda märguandeks, mida jälgida, mitte leiuks.",
			timingAgree:
				"Ülaltoodud {{tests}} ajastuse võrdlusest näitab seost {{conclusive}}, kõik samas suunas. Need vaatavad samu pakkumisi, seega kinnitavad nad üksteist vähem kui eraldi tõendid, ja ajalugu näitab, mis käis koos, mitte mis mida põhjustas: varem avaldatud pakkumised võivad erineda ka muu poolest.",
			timingDisagree:
				"Seost näitavad ajastuse võrdlused osutavad eri suundadesse, seega ei näita nad koos ühtset seost.",
			leadTime_one:
				"Iga {{unit}} võrra pikem ettevalmistusaeg käis kaasas {{change}} protsendipunkti võrra {{direction}} täitumusega (95% usaldusvahemik {{low}} kuni {{high}}; n = {{n}}, ettevalmistusajad {{from}} kuni {{to}}).",
			leadTime_other:
				"Iga {{unit}} võrra pikem ettevalmistusaeg käis kaasas {{change}} protsendipunkti võrra {{direction}} täitumusega (95% usaldusvahemik {{low}} kuni {{high}}; n = {{n}}, ettevalmistusajad {{from}} kuni {{to}}).",
			leadTimeUnclear_one:
				"Ettevalmistusajal pole täitumusega selget seost (n = {{n}}, ettevalmistusajad {{from}} kuni {{to}}): iga {{unit}} kohta muutub sobitatud joon {{change}} protsendipunkti, 95% usaldusvahemik {{low}} kuni {{high}}.",
			leadTimeUnclear_other:
				"Ettevalmistusajal pole täitumusega selget seost (n = {{n}}, ettevalmistusajad {{from}} kuni {{to}}): iga {{unit}} kohta muutub sobitatud joon {{change}} protsendipunkti, 95% usaldusvahemik {{low}} kuni {{high}}.",
			coverage_one:
				"Iga 10 protsendipunkti suurem otsustusakna katvus käis kaasas {{change}} protsendipunkti võrra {{direction}} täitumusega (95% usaldusvahemik {{low}} kuni {{high}}; n = {{n}}, katvus {{from}} kuni {{to}}).",
			coverage_other:
				"Iga 10 protsendipunkti suurem otsustusakna katvus käis kaasas {{change}} protsendipunkti võrra {{direction}} täitumusega (95% usaldusvahemik {{low}} kuni {{high}}; n = {{n}}, katvus {{from}} kuni {{to}}).",
			coverageUnclear_one:
				"Otsustusakna katvusel pole täitumusega selget seost (n = {{n}}, katvus {{from}} kuni {{to}}): iga 10 protsendipunkti kohta muutub sobitatud joon {{change}} protsendipunkti, 95% usaldusvahemik {{low}} kuni {{high}}.",
			coverageUnclear_other:
				"Otsustusakna katvusel pole täitumusega selget seost (n = {{n}}, katvus {{from}} kuni {{to}}): iga 10 protsendipunkti kohta muutub sobitatud joon {{change}} protsendipunkti, 95% usaldusvahemik {{low}} kuni {{high}}.",
			spend_one:
				"Iga 100 võrra suurem kommunikatsioonikulu käis kaasas {{change}} võrra {{direction}} registreerumiste arvuga (95% usaldusvahemik {{low}} kuni {{high}}; n = {{n}}, kulu {{from}} kuni {{to}}). See ei näita, mida suurem kulutamine tooks: suurem rühm ja osaleja kohta eelarvestatud kulud suurendavad kulu ja registreerumisi koos.",
			spend_other:
				"Iga 100 võrra suurem kommunikatsioonikulu käis kaasas {{change}} võrra {{direction}} registreerumiste arvuga (95% usaldusvahemik {{low}} kuni {{high}}; n = {{n}}, kulu {{from}} kuni {{to}}). See ei näita, mida suurem kulutamine tooks: suurem rühm ja osaleja kohta eelarvestatud kulud suurendavad kulu ja registreerumisi koos.",
			spendUnclear_one:
				"Kommunikatsioonikulul pole registreerumistega selget seost (n = {{n}}, kulu {{from}} kuni {{to}}): iga 100 kohta muutub sobitatud joon {{change}} registreerumise võrra, 95% usaldusvahemik {{low}} kuni {{high}}.",
			spendUnclear_other:
				"Kommunikatsioonikulul pole registreerumistega selget seost (n = {{n}}, kulu {{from}} kuni {{to}}): iga 100 kohta muutub sobitatud joon {{change}} registreerumise võrra, 95% usaldusvahemik {{low}} kuni {{high}}.",
			spendTooFew_one:
				"Kommunikatsioonikulu on kirjas vaid {{count}} varasemal pakkumisel: sellest on liiga vähe (vaja vähemalt {{needed}}), et öelda, kas suurem kulu käis kaasas rohkemate registreerumistega.",
			spendTooFew_other:
				"Kommunikatsioonikulu on kirjas vaid {{count}} varasemal pakkumisel: sellest on liiga vähe (vaja vähemalt {{needed}}), et öelda, kas suurem kulu käis kaasas rohkemate registreerumistega.",
			spendTooFew_zero:
				"Ühelgi varasemal pakkumisel pole kommunikatsioonikulu kirjas, seega pole midagi registreerumistega siduda.",
			spendNoSpread:
				"Kõik {{n}} varasemat pakkumist, mille kommunikatsioonikulu on kirjas, kulutasid sama palju, seega pole joont, millega registreerumisi kuluga siduda.",
			pooledCost_one:
				" {{count}} toimunud kursus, mille kulu on kirjas, kulutas {{enrolments}} õppijale {{spend}}: {{perEnrolment}} õppija kohta.",
			pooledCost_other:
				" {{count}} toimunud kursust, mille kulu on kirjas, kulutasid {{enrolments}} õppijale {{spend}}: {{perEnrolment}} õppija kohta.",
		},
	},
	yearly: {
		title: "{{institution}}: aasta {{year}}",
		eyebrow: "Aastaaruanne",
		intro:
			"Vastuvõttude kaupa: toimunud, ärajäänud, käimasolevad ja veel kavandatud pakkumised, nende täitumus, kui vara need avalikud olid ja mida nende kommunikatsioon maksis.",
		atAGlance: "Aasta ülevaade",
		glanceNote:
			"Täitumus, õppijad ja kulu õppija kohta on toimunud pakkumiste omad; kommunikatsioonikulu on kõigi pakkumiste oma, ka ärajäänute.",
		studiesStart: "Õpingud algavad {{date}}",
		ran: "Toimus",
		cancelled: "Jäi ära",
		running: "Käimas",
		planned: "Kavandatud",
		fill: "Täitumus",
		leadTime: "Ettevalmistusaeg",
		leadTimeRange: "Ettevalmistusaja mediaan ({{min}} kuni {{max}})",
		coverage: "Otsustusaknast kaetud",
		enrolments: "Õppijaid",
		spend: "Kommunikatsioonikulu",
		costPerEnrolment: "Kulu õppija kohta",
		offerings: "Pakkumised",
		noIntakes: "Selle aasta vastuvõttudes pole pakkumisi.",
		otherIntakes_one: "{{count}} muu vastuvõtt",
		otherIntakes_other: "{{count}} muud vastuvõttu",
		otherIntakesNote:
			"Sel aastal on rohkem vastuvõtte, kui ükski kool korraldab: need, mis jäävad väljapoole {{kept}} kõige rohkemate pakkumistega vastuvõttu, on siin kokku võetud ja nende pakkumised on ühes tabelis.",
		analysis: "Mida ajalugu näitab",
		column: { leadTime: "Ette\u00advalmistus\u00adaeg", spend: "Kommuni\u00adkatsioon" },
		status: { ran: "Toimus", cancelled: "Jäi ära", running: "Käimas", planned: "Kavandatud" },
	},
	notFound: "Seda lehte pole või kursus pole veel avalik.",
};
