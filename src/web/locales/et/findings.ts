import type { findings as reference } from "../en/findings.ts";
import type { Messages } from "../messages.ts";

/** Mootori leiud sõnades, koodi järgi: teade ja soovitus leiu `params` väärtustest. */
export const findings = {
	NOT_ALIGNED_WITH_INTAKE: {
		message_noIntake:
			"pole seotud ühegi vastuvõtuga: {{start, date}} algav kursus jääb vastuvõtutsüklist välja, nii et selle otsustusaken on tuletatud alguskuupäevast",
		message_noIntakeUndated:
			"pole seotud ühegi vastuvõtuga: {{start, date}} algav kursus jääb vastuvõtutsüklist välja, nii et selle otsustusaken on tuletatud alguskuupäevast ning verstapostidele {{undated, list(join: comma)}} ei saa kuupäeva määrata",
		message_beforeAdmission:
			"algab {{start, date}}, enne kui vastuvõtt „{{intake}}” avatakse ({{admissionOpens, date}})",
		message_lateStart:
			"algab {{start, date}}, {{lateDays, count(of: day)}} pärast seda, kui vastuvõtu „{{intake}}” õpingud algavad ({{studiesStart, date}}); lubatud on kuni {{maxDays, number}}",
		suggestion:
			"seo see vastuvõtuga, mille õpingud algavad kursusest varem ja sellele kõige lähemal, et kursust planeeritaks ja kuulutataks välja koos selle vastuvõtutsükliga",
		suggestion_beforeAdmission:
			"lükka algus hilisemaks kui {{admissionOpens, date}} või seo kursus varasema vastuvõtuga",
		suggestion_lateStart: "alusta hiljemalt {{startBy, date}} või seo kursus järgmise vastuvõtuga",
	},
	PUBLISHED_AFTER_DECISION_WINDOW: {
		message:
			"avalik alates {{publication, date}}, kuid otsustusaken sulgus juba {{windowTo, date}}{{cause, term(of: PUBLISHED_AFTER_DECISION_WINDOW.cause)}}",
		cause: { open: "", blocked: "; avaldamist takistab {{blockerKind, term(of: blocker)}}" },
		suggestion:
			"{{cause, term(of: PUBLISHED_AFTER_DECISION_WINDOW.remedy)}} või {{next, term(of: PUBLISHED_AFTER_DECISION_WINDOW.next)}}",
		suggestion_windowLeft:
			"avalda kohe, et kursus oleks avalik otsustusakna viimase {{daysLeft, number}} päeva jooksul või {{next, term(of: PUBLISHED_AFTER_DECISION_WINDOW.next)}}",
		suggestion_windowClosed:
			"{{next, term(of: PUBLISHED_AFTER_DECISION_WINDOW.next)}}: selle vastuvõtu otsustusaken on juba sulgunud",
		remedy: {
			open: "avalda hiljemalt {{windowFrom, date}}, et kursus oleks avalik kogu otsustusakna vältel",
			blocked:
				"kuuluta see kohe välja kui „planeeritud”, koos kuupäevade, osalustasu ja kontaktiga, ootamata",
		},
		next: {
			named: "vii see järgmisse vastuvõttu „{{nextIntake}}”",
			unknown: "vii see järgmisse vastuvõttu",
		},
	},
	MARKETING_BLOCKED_BY_DEPENDENCY: {
		message:
			"avaldamist takistab {{blockerKind, term(of: blocker)}}: avalik alates {{publication, date}}, {{delayDays, count(of: day)}} hiljem kui plaanitud {{plannedPublication, date}}; otsustusakna kate {{coverage, term(of: MARKETING_BLOCKED_BY_DEPENDENCY.coverage)}}",
		coverage: {
			stays: "jääb {{plannedCoverage, percent}} juurde",
			drops: "langeb {{plannedCoverage, percent}}-lt {{actualCoverage, percent}}-le",
			dropsBelow:
				"langeb {{plannedCoverage, percent}}-lt {{actualCoverage, percent}}-le, alla miinimumi {{minCoverage, percent}}",
		},
		suggestion: "{{remedy, term(of: MARKETING_BLOCKED_BY_DEPENDENCY.remedy)}}",
		remedy: {
			groups:
				"kinnita koolitajad ja ruumid päevaõppe rühmadest sõltumata või kuuluta kursus kohe välja kui „planeeritud” ja kinnita rühm hiljem",
			dependency:
				"eemalda sõltuvus {{blockerKind, term(of: dependency)}} või kuuluta kursus kohe välja kui „planeeritud” ja kinnita see hiljem",
		},
	},
	LOW_DECISION_WINDOW_COVERAGE: {
		message:
			"avalik alates {{publication, date}}, {{daysIn, count(of: day)}} pärast otsustusakna {{windowFrom, date}} – {{windowTo, date}} avanemist: see katab {{coverage, percent}} aknast (vähemalt {{minCoverage, percent}})",
		suggestion:
			"avalda hiljemalt {{latest, date}}, veel parem aga {{windowOpens, date}}, kui aken avaneb",
		suggestion_latest: "avalda hiljemalt {{latest, date}}",
		suggestion_windowLeft:
			"avalda kohe, et kursus oleks avalik otsustusakna viimase {{daysLeft, number}} päeva jooksul",
		suggestion_windowClosed:
			"otsustusaken on sulgunud: avalda järgmise vastuvõtu kursus enne, kui selle aken avaneb",
	},
	SHORT_LEAD_TIME: {
		message:
			"avalik alates {{publication, date}}, vaid {{leadDays, count(of: day)}} enne algust {{start, date}} (soovitatav on vähemalt {{minDays, number}})",
		suggestion:
			"avalda hiljemalt {{latest, date}}, {{minDays, number}} päeva enne algust, või lükka algus hilisemaks",
		suggestion_now:
			"avalda kohe, {{daysLeft, number}} päeva enne algust, või lükka algus hilisemaks",
	},
	NO_COMMUNICATION_BUDGET: {
		message:
			"eelarves pole kommunikatsioonikulusid: {{min, number}} osalejaga on kulusid {{costs, money}}, kuid mitte midagi selleks, et õppijateni jõuda",
		suggestion:
			"lisa kommunikatsioonirida vähemalt {{needed, money}} ulatuses ({{share, percent}} kuludest) reklaamideks, voldikuteks ja infoüritusteks",
	},
	LOW_COMMUNICATION_BUDGET: {
		message:
			"kommunikatsioon on {{min, number}} osalejaga {{actualShare, percent}} kuludest ({{communication, money}} kogukuludest {{costs, money}}), alla {{share, percent}}",
		suggestion: "suurenda kommunikatsioonikulu vähemalt summani {{needed, money}}",
	},
	BELOW_BREAK_EVEN_AT_MIN: {
		message:
			"tasuvuspiir on {{breakEven, count(of: participant)}}, kuid väikseim rühm on {{min, number}}: {{min, number}} osalejaga jääb kahjumit {{loss, money}}",
		suggestion:
			"tõsta väikseim rühm {{breakEven, number}} osalejani või osalustasu summani {{neededFee, money}}, et {{min, number}} osalejaga kulud kaetaks",
	},
	NEVER_BREAKS_EVEN: {
		message_feeTooLow:
			"ei tasu end kunagi ära: osalustasu {{fee, money}} ei kata kulusid osaleja kohta ({{variableCost, money}}); püsikulud {{fixedCosts, money}}, toetus {{subsidy, money}}",
		message_groupTooSmall:
			"ei tasu end kunagi ära: selleks on vaja {{breakEven, count(of: participant)}}, rohkem kui suurimas rühmas ({{max, number}}); püsikulud {{fixedCosts, money}}, toetus {{subsidy, money}}",
		suggestion:
			"tõsta osalustasu vähemalt summani {{neededFee, money}}, leia toetust {{neededSubsidy, money}} või vähenda püsikulusid",
	},
	MISSING_OWNER: {
		message: "{{role, term(of: roleOf)}} vastutaja puudub: {{milestones, list}}",
		suggestion_candidates:
			"määra {{role, term(of: roleOf)}} vastutaja, näiteks {{candidates, list}}",
		suggestion_nobody:
			"lisa inimene rolliga „{{role, term(of: role)}}” ja määra ta {{role, term(of: roleOf)}} vastutajaks",
	},
	MISSING_CONTACT: {
		message: "kontaktisik puudub: õppijatel pole kelleltki kursuse kohta küsida",
		suggestion_advisor: "lisa kontakt, näiteks tugiteenuste vastutaja {{advisor}} ({{email}})",
		suggestion_nobody:
			"lisa kontakt nime, e-posti aadressi ja telefoninumbriga, tavaliselt õppenõustaja",
	},
	NO_PATHWAY: {
		message: "pole seotud laiema kvalifikatsiooniga: õppijad ei näe, millesse see arvestatakse",
		suggestion_single:
			"lisa õpitee valdkonna {{field}} kvalifikatsiooni ja moodulini, näiteks {{qualifications, list}}",
		suggestion_several:
			"lisa õpitee valdkonna {{field}} kvalifikatsiooni ja moodulini, näiteks ühe neist: {{qualifications, list}}",
		suggestion_none:
			"lisa kvalifikatsioon, milleni kursus viib, jaotisse qualifications ja seo see siis õpiteena",
	},
	INCOMPLETE_EU_ELEMENTS: {
		message: "puuduvad ELi standardelemendid: {{missing, list(of: euElement)}}",
		suggestion:
			"lisa need enne avaldamist ({{publication, date}}), et kataloog näitaks, mida tunnistus väärt on",
	},
	MODULE_INCOMPLETE: {
		message:
			"moodulil „{{module}}” ({{title}}) pole määratud: {{missing, list(of: moduleElement)}}",
		suggestion:
			"lisa moodulile „{{module}}” {{missing, list(of: moduleElement)}}, et seda saaks eraldi läbida ja tunnustada",
	},
	MILESTONE_IN_PAST: {
		message:
			"„{{label}}” pidi valmis olema {{due, date}}, {{daysAgo, count(of: day)}} tagasi, kuid on {{status, term(of: MILESTONE_IN_PAST.status)}}",
		status: { todo: "alustamata", doing: "ikka veel pooleli" },
		suggestion_owner:
			"palu, et {{owner}} selle kohe lõpetaks, või märgi see tehtuks, kui see on tehtud",
		suggestion_nobody:
			"määra vastutaja, kes selle kohe lõpetab, või märgi see tehtuks, kui see on tehtud",
	},
	OVER_CAPACITY: {
		message:
			"{{role, term(of: roleOf)}} koormus nädalal {{week}} (alates {{monday, date}}) on {{hours, hours}}, võimekus {{capacity, hours}}: {{tasks, list(of: task; rest: more)}}",
		suggestion_spread:
			"jaota need ülesanded ümbritsevatele nädalatele (näiteks tee „{{moveTask}}” kursusel {{moveOffering}} nädal varem) või lisa nädalaks {{week}} {{role, term(of: roleOf)}} võimekust {{extra, hours}}",
		suggestion_add: "lisa nädalaks {{week}} {{role, term(of: roleOf)}} võimekust {{extra, hours}}",
	},
	NOT_RELEASED: {
		message:
			"pidi kataloogis olema alates {{publication, date}}, kuid pole avaldatud: õppijad ei näe seda{{deciding, term(of: NOT_RELEASED.deciding)}}; {{hold, term(of: NOT_RELEASED.hold)}}",
		deciding: {
			before: " ning otsustusaken avaneb {{windowFrom, date}}",
			during: ", kuigi otsuseid tehakse kuni {{windowTo, date}}",
			after: "",
		},
		hold: {
			heldBack: "see on tagasi hoitud (released: false)",
			noMilestone: "selle mallis pole verstaposti {{milestoneKey}}, mida tehtuks märkida",
			milestone: "„{{label}}” on {{status, term(of: NOT_RELEASED.status)}}",
		},
		status: { todo: "alustamata", doing: "pooleli" },
		suggestion_heldBack:
			"avalda see kohe (released: true); kui midagi on veel lahtine, kuuluta see välja kui „planeeritud”, koos kuupäevade, osalustasu ja kontaktiga",
		suggestion_noMilestone: "avalda see kohe ja määra released: true",
		suggestion_owner: "palu, et {{owner}} selle kohe avaldaks ja märgiks „{{label}}” tehtuks",
		suggestion_nobody:
			"määra {{role, term(of: roleOf)}} vastutaja, kes selle kohe avaldab, ja märgi „{{label}}” tehtuks",
	},
	FILL_AT_RISK: {
		message_history:
			"registreerunud {{current, number}}, väikseim rühm {{min, number}}, algus {{start, date}} ehk {{daysBeforeStart, count(of: day)}} pärast; {{pastOfferings, number}} varasemal kursusel oli selleks ajaks {{share, percent}} lõplikust registreerunute arvust; oodata on {{expected, number}} ({{low, number}}–{{high, number}}) ja väikseim rühm täitub tõenäosusega {{probability, percent}}",
		message_default:
			"registreerunud {{current, number}}, väikseim rühm {{min, number}}, algus {{start, date}} ehk {{daysBeforeStart, count(of: day)}} pärast; vaikekõvera järgi (varasemaid andmeid on liiga vähe) on kursustel selleks ajaks {{share, percent}} lõplikust registreerunute arvust; oodata on {{expected, number}} ({{low, number}}–{{high, number}}) ja väikseim rühm täitub tõenäosusega {{probability, percent}}",
		suggestion:
			"leia {{needed, count(of: moreParticipant)}}: korralda kampaania huvi tundnud inimestele, palu partnerettevõttel oma töötajaid saata või {{next, term(of: FILL_AT_RISK.next)}}",
		next: {
			named: "vii kursus järgmisse vastuvõttu „{{nextIntake}}”",
			unknown: "vii kursus järgmisse vastuvõttu",
		},
	},
	GO_NO_GO_OVERDUE: {
		message:
			"toimumise otsus, mis tuli teha {{due, date}}, on salvestamata{{counts, term(of: GO_NO_GO_OVERDUE.counts)}} ja kursus algab {{start, date}}",
		counts: {
			known:
				": {{registered, count(of: registration)}}, rühma suurus {{min, number}}–{{max, number}},",
			unknown: "",
		},
		suggestion_owner:
			"palu, et {{owner}} salvestaks otsuse: toimub, ei toimu, lükatakse edasi järgmisse vastuvõttu või ühendatakse teise kursusega, et kõik registreerunud saaksid teada",
		suggestion_nobody:
			"salvesta otsus: toimub, ei toimu, lükatakse edasi järgmisse vastuvõttu või ühendatakse teise kursusega, et kõik registreerunud saaksid teada",
	},
	START_OR_END_ON_HOLIDAY: {
		message_start: "algab {{day, date}}, {{cause, term(of: START_OR_END_ON_HOLIDAY.cause)}}",
		message_end: "lõpeb {{day, date}}, {{cause, term(of: START_OR_END_ON_HOLIDAY.cause)}}",
		cause: {
			holiday: "mis on riigipüha ({{name}})",
			closure: "kui õppeasutus on suletud ({{name}})",
		},
		suggestion_start: "lükka algus järgmisele tööpäevale, {{nextWorkingDay, date}}",
		suggestion_end: "lükka lõpp järgmisele tööpäevale, {{nextWorkingDay, date}}",
	},
	blocker: {
		intake: {
			fullTimeGroupsConfirmed: "päevaõppe rühmade kinnitamine {{blockerDate, date}}",
			admissionOpens: "vastuvõtu avamine {{blockerDate, date}}",
			admissionCloses: "vastuvõtu sulgemine {{blockerDate, date}}",
			studiesStart: "õpingute algus {{blockerDate, date}}",
		},
		decisionWindow: {
			from: "otsustusakna avanemine {{blockerDate, date}}",
			to: "otsustusakna sulgumine {{blockerDate, date}}",
		},
		date: "kuupäev {{blockerDate, date}}",
	},
	dependency: {
		intake: {
			fullTimeGroupsConfirmed: "päevaõppe rühmade kinnitamisest ({{blocker}})",
			admissionOpens: "vastuvõtu avamisest ({{blocker}})",
			admissionCloses: "vastuvõtu sulgemisest ({{blocker}})",
			studiesStart: "õpingute algusest ({{blocker}})",
		},
		decisionWindow: {
			from: "otsustusakna avanemisest ({{blocker}})",
			to: "otsustusakna sulgumisest ({{blocker}})",
		},
		date: "kuupäevast {{blockerDate, date}}",
	},
	role: {
		manager: "programmijuht",
		pedagogy: "pedagoogika",
		marketing: "turundus",
		support: "tugiteenused",
	},
	roleOf: {
		manager: "programmijuhi",
		pedagogy: "pedagoogika",
		marketing: "turunduse",
		support: "tugiteenuste",
	},
	unit: {
		day_one: "{{count, number}} päev",
		day_other: "{{count, number}} päeva",
		participant_one: "{{count, number}} osaleja",
		participant_other: "{{count, number}} osalejat",
		moreParticipant_one: "veel {{count, number}} osaleja",
		moreParticipant_other: "veel {{count, number}} osalejat",
		registration_one: "{{count, number}} registreerunu",
		registration_other: "{{count, number}} registreerunut",
	},
	euElement: {
		title: "pealkiri",
		awardingBody: "väljaandja",
		country: "riik",
		learningOutcomes: "õpiväljundid (learningOutcomes)",
		credits: "maht (credits)",
		level: "tase (level.eqf)",
		assessment: "hindamise viis (assessment)",
		mode: "osalemise vorm (mode)",
		qualityAssurance: "kvaliteedi tagamise viis (qualityAssurance)",
	},
	moduleElement: {
		credits: "maht",
		learningOutcomes: "õpiväljundid",
		assessment: "hindamine",
	},
	task: "{{offering}}: {{label}} ({{hours, hours}})",
	taskMore_one: "veel {{count, number}} ülesanne",
	taskMore_other: "veel {{count, number}} ülesannet",
} as const satisfies Messages<typeof reference>;
