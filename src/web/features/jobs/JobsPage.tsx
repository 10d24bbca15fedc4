import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { allows } from "../../../model/api/permissions.ts";
import { Loading } from "../../components/Loading.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { useMe } from "../session/api.ts";
import { jobsQuery } from "./api.ts";
import { JobSection } from "./JobSection.tsx";
import "./jobs.css";

/** The administrator's background jobs: what each did lately, its failures, and running one now. */
export function JobsPage() {
	const { t } = useTranslation("jobs");
	const me = useMe().data;
	const allowed = me !== null && me !== undefined && allows(me.role, "jobs:manage");
	const jobs = useQuery({ ...jobsQuery, enabled: allowed });
	return (
		<section className="jobs">
			<PageTitle>{t("title")}</PageTitle>
			{!allowed ? (
				<p>{t("onlyAdministrators")}</p>
			) : (
				<>
					<p>{t("intro")}</p>
					<ProblemAlert error={jobs.error} />
					{jobs.isPending ? (
						<Loading />
					) : (
						(jobs.data ?? []).map((job) => <JobSection key={job.name} job={job} />)
					)}
				</>
			)}
		</section>
	);
}
