import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { JobRunView, JobView } from "../../../model/api/jobs.ts";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { formatDateTime, formatNumber } from "../../lib/format.ts";
import { useRunJob } from "./api.ts";

/** A job's name as the reader's language calls it; one this version has no text for keeps its own. */
function useJobTexts() {
	const { t } = useTranslation("jobs");
	const names: Readonly<Record<string, string>> = t("names", { returnObjects: true });
	const descriptions: Readonly<Record<string, string>> = t("descriptions", { returnObjects: true });
	return {
		name: (job: string) => names[job] ?? job,
		description: (job: string) => descriptions[job],
	};
}

/** One job: its schedule, last success and failures, a button to run it now, and its latest runs. */
export function JobSection({ job }: { job: JobView }) {
	const { t } = useTranslation("jobs");
	const headingId = useId();
	const texts = useJobTexts();
	const run = useRunJob();
	const name = texts.name(job.name);
	const description = texts.description(job.name);
	const hours = job.everyMinutes / 60;
	return (
		<section className="job" aria-labelledby={headingId}>
			<h2 id={headingId}>{name}</h2>
			{description && <p>{description}</p>}
			<dl className="job-facts">
				<dt>{t("schedule")}</dt>
				<dd>
					{Number.isInteger(hours)
						? t("everyHours", { count: hours })
						: t("every", { count: job.everyMinutes })}
				</dd>
				<LastSuccess job={job} />
				<dt>{t("failuresInARow")}</dt>
				<dd className={job.failuresInARow > 0 ? "job-failing" : undefined}>{job.failuresInARow}</dd>
			</dl>
			<button
				type="button"
				aria-label={t("runNowLabel", { job: name })}
				disabled={run.isPending}
				onClick={() => run.mutate(job.name)}
			>
				{t("runNow")}
			</button>
			<p role="status">{run.isSuccess && t("requested", { job: name })}</p>
			<ProblemAlert error={run.error} />
			{job.runs.length === 0 ? (
				<p>{t("noRuns")}</p>
			) : (
				<JobRuns caption={t("runsCaption", { job: name })} runs={job.runs} />
			)}
		</section>
	);
}

function LastSuccess({ job }: { job: JobView }) {
	const { t, i18n } = useTranslation("jobs");
	return (
		<>
			<dt>{t("lastSuccess")}</dt>
			<dd>
				{job.lastSucceededAt === null
					? t("never")
					: formatDateTime(job.lastSucceededAt, i18n.language)}
			</dd>
		</>
	);
}

const statusBadge: Record<JobRunView["status"], string> = {
	running: "badge",
	succeeded: "badge badge-ok",
	failed: "badge badge-error",
};

function JobRuns({ caption, runs }: { caption: string; runs: readonly JobRunView[] }) {
	const { t, i18n } = useTranslation("jobs");
	const outcomeLabels: Readonly<Record<string, string>> = t("outcome", { returnObjects: true });
	const outcomeOf = (outcome: Readonly<Record<string, number>>) =>
		Object.entries(outcome)
			.map(
				([what, count]) => `${formatNumber(count, i18n.language)} ${outcomeLabels[what] ?? what}`,
			)
			.join(", ");
	return (
		<div className="job-runs-scroll">
			<table className="job-runs">
				<caption>{caption}</caption>
				<thead>
					<tr>
						<th scope="col">{t("started")}</th>
						<th scope="col">{t("trigger")}</th>
						<th scope="col">{t("attempt")}</th>
						<th scope="col">{t("runner")}</th>
						<th scope="col">{t("result")}</th>
						<th scope="col">{t("details")}</th>
					</tr>
				</thead>
				<tbody>
					{runs.map((run) => (
						<tr key={run.id}>
							<td>{formatDateTime(run.startedAt, i18n.language)}</td>
							<td>{t(`triggers.${run.trigger}`)}</td>
							<td>{run.attempt}</td>
							<td>{run.runner}</td>
							<td>
								<span className={statusBadge[run.status]}>{t(`status.${run.status}`)}</span>
							</td>
							<td>{run.error ?? (run.outcome ? outcomeOf(run.outcome) : "")}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}
