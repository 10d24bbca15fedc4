import { type Day, isoWeek, mondayOf, toDay, toIso, weekday } from "../../engine/days.ts";
import { groupTasks, type Task, tasksOf } from "../../engine/tasks.ts";
import { plannedWithHolidays } from "../../holidays/plan-with-holidays.ts";
import type { Person } from "../../model/institution.ts";
import type { PlanReport } from "../../model/report.ts";
import { digestOptOutsOf } from "../../store/digest-opt-out-repository.ts";
import { listInstitutions } from "../../store/institution-repository.ts";
import { queuedDedupeKeys } from "../../store/mail-queue-repository.ts";
import { nowIso, type ServiceContext } from "../context.ts";
import { type MailLanguage, mailLanguage } from "../mail-content.ts";
import { mailQueued, queueMail } from "../mail-queue.ts";
import { type PlannedInstitution, plannedInstitution } from "../plans.ts";
import { optOutUrl } from "./digest-opt-outs.ts";
import type { Job, JobOutcome } from "./job.ts";
import { type DigestTask, overdueMail, weeklyDigestMail } from "./owner-digest-mail.ts";

/**
 * The owners' digests: on Monday of its institution's week, each person of a plan who has
 * tasks overdue or due that week gets them by mail; on another day, whoever has tasks that fell
 * overdue (were due yesterday, or since their last mail when the job did not run for a day or
 * more, up to `catchUpDays` back) and are not done gets those. In the person's language, with
 * links into the staff app and a link to stop them. Hourly, so Monday's digest goes out within
 * the first hour of the institution's Monday; each mail has a dedupe key, so none goes twice.
 */
export const ownerDigestsJob: Job = {
	name: "owner-digests",
	everyMinutes: 60,
	run: sendOwnerDigests,
};

interface Counts {
	weekly: number;
	overdue: number;
	alreadySent: number;
	optedOut: number;
}

/** Queues the digests due today in every institution; returns how many went and why others did not. */
export async function sendOwnerDigests(context: ServiceContext): Promise<JobOutcome> {
	const counts: Counts = { weekly: 0, overdue: 0, alreadySent: 0, optedOut: 0 };
	for (const institution of await listInstitutions(context.store.db))
		await digestsOf(context, await plannedInstitution(context, institution.id), counts);
	if (counts.weekly + counts.overdue > 0) mailQueued(context);
	return { ...counts };
}

/** How many days back the overdue mail looks for tasks that fell overdue while the job did not run. */
export const catchUpDays = 7;

/** One mail due to one person today, before it is written. */
interface DueMail {
	kind: "weekly" | "overdue";
	dedupeKey: string;
	/** The first due date that the person has not been mailed about as overdue. */
	since: Day;
}

/**
 * The mails a person may have had on the days before `day`, newest first, each with the first
 * due date it leaves unmentioned: an overdue mail on a day lists the tasks due before it, as
 * does Monday's digest.
 */
function earlierMails(key: string, day: Day): { dedupeKey: string; since: Day }[] {
	const mails: { dedupeKey: string; since: Day }[] = [];
	for (let back = 1; back <= catchUpDays; back++) {
		const earlier = day - back;
		mails.push({ dedupeKey: `overdue:${key}:${toIso(earlier)}`, since: earlier });
		if (weekday(earlier) === 1)
			mails.push({ dedupeKey: `digest:${key}:${isoWeek(earlier)}`, since: earlier });
	}
	return mails;
}

async function digestsOf(
	context: ServiceContext,
	planned: PlannedInstitution,
	counts: Counts,
): Promise<void> {
	const { plan, today } = planned;
	const institution = plan.institution;
	const optedOut = await digestOptOutsOf(context.store.db, institution.id);
	// The report names courses and tasks in the institution's first language; a report in another
	// language is made once, when someone reads that one.
	const reports = new Map<string, PlanReport>();
	if (institution.languages?.[0] !== undefined)
		reports.set(institution.languages[0], planned.report);
	const reportIn = (language: MailLanguage): PlanReport => {
		let report = reports.get(language);
		if (!report) {
			report = plannedWithHolidays(plan, { today, language }).report;
			reports.set(language, report);
		}
		return report;
	};
	const day = toDay(today);
	const monday = weekday(day) === 1;
	const people = institution.people ?? [];
	// What each person was last mailed, so that days the job did not run are caught up on.
	const earlier = new Map(
		monday
			? []
			: people.map((person) => [person.id, earlierMails(`${institution.id}:${person.id}`, day)]),
	);
	const sentEarlier = await queuedDedupeKeys(
		context.store.db,
		[...earlier.values()].flatMap((mails) => mails.map((mail) => mail.dedupeKey)),
	);
	const dueMails = people.flatMap((person) => {
		const last = earlier.get(person.id)?.find((mail) => sentEarlier.has(mail.dedupeKey));
		const due = dueMail(planned.report, person, today, monday, last?.since ?? day - catchUpDays);
		return due ? [{ person, ...due }] : [];
	});
	// The job runs hourly: a mail queued in an earlier run is not written again.
	const queuedBefore = await queuedDedupeKeys(
		context.store.db,
		dueMails.map((due) => due.dedupeKey),
	);
	for (const { person, ...due } of dueMails) {
		if (optedOut.has(person.id)) {
			counts.optedOut += 1;
			continue;
		}
		if (queuedBefore.has(due.dedupeKey)) {
			counts.alreadySent += 1;
			continue;
		}
		const language = mailLanguage(person.language ?? institution.languages?.[0] ?? "et");
		const groups = groupTasks(tasksOf(reportIn(language), person.id), today);
		const fellOverdue = groups.overdue.filter(dueFrom(due.since));
		const common = {
			language,
			name: person.name,
			institutionName: institution.name,
			appUrl: `${context.publicUrl}/app`,
			optOutUrl: await optOutUrl(context, language, {
				institutionId: institution.id,
				personId: person.id,
			}),
		};
		const content =
			due.kind === "weekly"
				? weeklyDigestMail({
						...common,
						week: Number(isoWeek(day).slice(-2)),
						monday: today,
						sunday: toIso(mondayOf(day) + 6),
						overdue: groups.overdue.map(digestTask),
						thisWeek: groups.thisWeek.map(digestTask),
					})
				: overdueMail({
						...common,
						fellOverdue: fellOverdue.map(digestTask),
						dueYesterday: fellOverdue.every((task) => toDay(task.milestone.due) === day - 1),
						overdueCount: groups.overdue.length,
					});
		const queued = await queueMail(
			context.store.db,
			{ to: person.email, ...content, unsubscribeUrl: common.optOutUrl },
			nowIso(context),
			{ institutionId: institution.id, dedupeKey: due.dedupeKey },
		);
		// Another process may have queued it meanwhile: the unique key decides.
		if (!queued) counts.alreadySent += 1;
		else if (due.kind === "weekly") counts.weekly += 1;
		else counts.overdue += 1;
	}
}

/**
 * The mail a person is due today, if any: on Monday the week's digest when they have tasks
 * overdue or due this week; on another day the overdue mail when a task due on `since` or later
 * (yesterday, unless the job missed days) is not done (on Monday the digest lists those with
 * the other overdue tasks).
 */
function dueMail(
	report: PlanReport,
	person: Person,
	today: string,
	monday: boolean,
	since: Day,
): DueMail | undefined {
	const groups = groupTasks(tasksOf(report, person.id), today);
	const key = `${report.institution.id}:${person.id}`;
	if (monday)
		return groups.overdue.length + groups.thisWeek.length > 0
			? { kind: "weekly", dedupeKey: `digest:${key}:${isoWeek(toDay(today))}`, since }
			: undefined;
	return groups.overdue.some(dueFrom(since))
		? { kind: "overdue", dedupeKey: `overdue:${key}:${today}`, since }
		: undefined;
}

/** Whether an overdue task (not done) was due on `since` or later: it fell overdue after it. */
const dueFrom = (since: Day) => (task: Task) => toDay(task.milestone.due) >= since;

function digestTask(task: Task): DigestTask {
	return {
		offeringId: task.offering.id,
		offeringTitle: task.offering.title,
		label: task.milestone.label,
		due: task.milestone.due,
	};
}
