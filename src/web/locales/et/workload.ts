import type { workload as reference } from "../en/workload.ts";
import type { Messages } from "../messages.ts";

/** Töökoormuse vaade eesti keeles. */
export const workload = {
	title: "Töökoormus",
	intro:
		"Kõigi kursuste ülesannete planeeritud tunnid rolli ja ISO nädala kaupa, võrrelduna iga rolli nädala töömahuga. Ülesande töö jaotatakse tähtajani jäävate tööpäevade peale.",
	role: "Roll",
	allRoles: "Kõik rollid",
	onlyOver: "Ainult nädalad, kus töömaht on ületatud",
	overSummary_one: "{{count}} nädala ja rolli töömaht on ületatud.",
	overSummary_other: "{{count}} nädala ja rolli töömaht on ületatud.",
	noneOver: "Ühegi nädala töömaht pole ületatud.",
	noneAhead: "Alates sellest nädalast pole ühegi nädala töömaht ületatud.",
	pastOver_one: "Möödunud nädalatel oli töömaht ületatud {{count}} nädala ja rolli puhul.",
	pastOver_other: "Möödunud nädalatel oli töömaht ületatud {{count}} nädala ja rolli puhul.",
	empty: "Nende rollide ülesannetele pole tööd planeeritud.",
	chartLabel:
		"Tulpdiagramm: planeeritud tunnid nädala kaupa rollidele {{roles}}, iga rolli töömaht katkendjoonena; {{over}}. Allolev tabel annab samad arvud.",
	chartHint:
		"Töömahtu ületavad tunnid on punased ja märgitud sõnaga „üle”. Vali tulp või tabelis arv, et näha selle taga olevaid ülesandeid.",
	chartLoading: "Laadin diagrammi…",
	chartFailed: "Diagrammi ei õnnestunud joonistada; allolevas tabelis on samad arvud.",
	capacityLine: "{{role}}: töömaht {{hours}} t",
	overMark: "üle",
	table: "Tunnid nädala ja rolli kaupa",
	week: "Nädal",
	axisWeek: "{{number}}. nädal\n{{year}}",
	weekName: "{{number}}. nädal",
	from: "alates {{date}}",
	hours: "{{hours}} t",
	ofCapacity: "{{hours}} tunnist",
	noCapacity: "töömahtu pole määratud",
	overBy: "Töömaht ületatud {{hours}} tunni võrra",
	showTasks: "Näita ülesandeid, mis annavad rollile {{role}} {{week}}. nädalal {{hours}} t",
	behind: {
		title: "Rolli {{role}} ülesanded {{week}}. nädalal (alates {{date}})",
		load: "Planeeritud {{hours}} t, töömaht {{capacity}} t.",
		loadNoCapacity: "Planeeritud {{hours}} t; selle rolli töömahtu pole määratud.",
		offering: "Kursus",
		task: "Ülesanne",
		due: "Tähtaeg",
		owner: "Vastutaja",
		effort: "Töömaht",
		thisWeek: "Tunde sel nädalal",
		noOwner: "keegi",
		none: "Ükski ülesanne ei lisa sellele nädalale tunde.",
		close: "Sulge loetelu",
	},
	roles: {
		manager: "programmijuht",
		pedagogy: "pedagoogika",
		marketing: "turundus",
		support: "tugiteenused",
	},
} as const satisfies Messages<typeof reference>;
