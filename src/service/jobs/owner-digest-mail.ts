/** The owners' digest mails, in Estonian and English: the week's tasks, and the day one falls overdue. */
import { formatDate } from "../../i18n/format.ts";
import {
	type MailContent,
	type MailLanguage,
	mailContent,
	type Paragraph,
} from "../mail-content.ts";

/** One task as a digest lists it. */
export interface DigestTask {
	offeringId: string;
	offeringTitle: string;
	label: string;
	/** `YYYY-MM-DD`. */
	due: string;
}

interface DigestCommon {
	language: MailLanguage;
	name: string;
	institutionName: string;
	/** The staff app's address, `<public address>/app`. */
	appUrl: string;
	optOutUrl: string;
}

export interface WeeklyDigestDetails extends DigestCommon {
	/** The ISO week's number and its Monday and Sunday. */
	week: number;
	monday: string;
	sunday: string;
	overdue: readonly DigestTask[];
	thisWeek: readonly DigestTask[];
}

export interface OverdueMailDetails extends DigestCommon {
	/** The tasks that fell overdue since the person's last mail (yesterday, mostly), not done. */
	fellOverdue: readonly DigestTask[];
	/** Whether they were all due yesterday: else the job caught up on days it did not run. */
	dueYesterday: boolean;
	/** Every overdue task of theirs, those included. */
	overdueCount: number;
}

interface Wording {
	greeting(name: string): string;
	weeklySubject(week: number, due: number, overdue: number): string;
	weeklyIntro(institution: string, monday: string, sunday: string): string;
	overdueHeading: string;
	thisWeekHeading: string;
	nothingThisWeek: string;
	overdueSubject(count: number): string;
	overdueIntro(institution: string, dueYesterday: boolean): string;
	overdueTotal(count: number): string;
	task(due: string, title: string, label: string): string;
	openOffering: string;
	allTasks: string;
	allTasksLabel: string;
	optOut: string;
	optOutLabel: string;
}

/** The parts of a subject whose count is not 0, joined: "1 due, 2 overdue". */
const counted = (...parts: [number, string][]) =>
	parts
		.filter(([count]) => count > 0)
		.map(([, text]) => text)
		.join(", ");

const wordings: Record<MailLanguage, Wording> = {
	et: {
		greeting: (name) => `Tere, ${name}!`,
		weeklySubject: (week, due, overdue) =>
			`Sinu ülesanded, ${week}. nädal: ${counted([due, `${due} sel nädalal`], [overdue, `${overdue} hilinenud`])}`,
		weeklyIntro: (institution, monday, sunday) =>
			`Sinu ülesanded koolis ${institution} sel nädalal (${monday}–${sunday}):`,
		overdueHeading: "Hilinenud:",
		thisWeekHeading: "Tähtaeg sel nädalal:",
		nothingThisWeek: "Sel nädalal tähtaegu ei ole.",
		overdueSubject: (count) =>
			count === 1 ? "Ülesanne jäi tähtajast maha" : `${count} ülesannet jäid tähtajast maha`,
		overdueIntro: (institution, dueYesterday) =>
			dueYesterday
				? `Need sinu ülesanded koolis ${institution} olid tähtajaga eile ega ole veel tehtud:`
				: `Need sinu ülesanded koolis ${institution} jäid pärast eelmist kirja tähtajast maha ega ole veel tehtud:`,
		overdueTotal: (count) => `Hilinenud ülesandeid kokku: ${count}.`,
		task: (due, title, label) => `${due} · ${title}: ${label}`,
		openOffering: "Ava kursus",
		allTasks: "Kõik sinu ülesanded:",
		allTasksLabel: "Minu ülesanded Kairoses",
		optOut: "Kui sa neid kokkuvõtteid ei soovi, loobu neist siin:",
		optOutLabel: "Loobu kokkuvõtetest",
	},
	en: {
		greeting: (name) => `Hello ${name},`,
		weeklySubject: (week, due, overdue) =>
			`Your tasks, week ${week}: ${counted([due, `${due} due`], [overdue, `${overdue} overdue`])}`,
		weeklyIntro: (institution, monday, sunday) =>
			`Your tasks at ${institution} this week (${monday} – ${sunday}):`,
		overdueHeading: "Overdue:",
		thisWeekHeading: "Due this week:",
		nothingThisWeek: "Nothing is due this week.",
		overdueSubject: (count) => (count === 1 ? "A task is overdue" : `${count} tasks are overdue`),
		overdueIntro: (institution, dueYesterday) =>
			dueYesterday
				? `These tasks of yours at ${institution} were due yesterday and are not done yet:`
				: `These tasks of yours at ${institution} fell overdue since your last mail and are not done yet:`,
		overdueTotal: (count) => `Overdue tasks in all: ${count}.`,
		task: (due, title, label) => `${due} · ${title}: ${label}`,
		openOffering: "Open the course",
		allTasks: "All your tasks:",
		allTasksLabel: "My tasks in Kairos",
		optOut: "If you would rather not get these digests, stop them here:",
		optOutLabel: "Stop the digests",
	},
};

/** A task's paragraph: its date, course and label, and the link to its course in the staff app. */
function taskParagraph(
	wording: Wording,
	language: MailLanguage,
	appUrl: string,
	task: DigestTask,
): Paragraph {
	return [
		wording.task(formatDate(task.due, language), task.offeringTitle, task.label),
		{
			href: `${appUrl}/offerings/${encodeURIComponent(task.offeringId)}`,
			label: wording.openOffering,
		},
	];
}

function closing(wording: Wording, details: DigestCommon): Paragraph[] {
	return [
		[wording.allTasks, { href: `${details.appUrl}/tasks`, label: wording.allTasksLabel }],
		[wording.optOut, { href: details.optOutUrl, label: wording.optOutLabel }],
	];
}

/** Monday's digest: the tasks overdue, then those due this week, each with its course's link. */
export function weeklyDigestMail(details: WeeklyDigestDetails): MailContent {
	const wording = wordings[details.language];
	const task = (entry: DigestTask) =>
		taskParagraph(wording, details.language, details.appUrl, entry);
	const section = (heading: string, tasks: readonly DigestTask[]): Paragraph[] =>
		tasks.length === 0 ? [] : [[heading], ...tasks.map(task)];
	return mailContent(
		details.language,
		wording.weeklySubject(details.week, details.thisWeek.length, details.overdue.length),
		[
			[wording.greeting(details.name)],
			[
				wording.weeklyIntro(
					details.institutionName,
					formatDate(details.monday, details.language),
					formatDate(details.sunday, details.language),
				),
			],
			...section(wording.overdueHeading, details.overdue),
			...(details.thisWeek.length === 0
				? [[wording.nothingThisWeek]]
				: section(wording.thisWeekHeading, details.thisWeek)),
			...closing(wording, details),
		],
	);
}

/** The mail of the day tasks fall overdue: those tasks, and how many are overdue in all. */
export function overdueMail(details: OverdueMailDetails): MailContent {
	const wording = wordings[details.language];
	return mailContent(details.language, wording.overdueSubject(details.fellOverdue.length), [
		[wording.greeting(details.name)],
		[wording.overdueIntro(details.institutionName, details.dueYesterday)],
		...details.fellOverdue.map((task) =>
			taskParagraph(wording, details.language, details.appUrl, task),
		),
		...(details.overdueCount > details.fellOverdue.length
			? [[wording.overdueTotal(details.overdueCount)]]
			: []),
		...closing(wording, details),
	]);
}
