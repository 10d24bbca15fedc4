import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { isoWeek, toDay } from "../../../engine/days.ts";
import { groupTasks, type Task, tasksOf } from "../../../engine/tasks.ts";
import { allows } from "../../../model/api/permissions.ts";
import type { Me } from "../../../model/api/session.ts";
import { Field } from "../../components/Field.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { useMe } from "../session/api.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { CalendarSubscription } from "./CalendarSubscription.tsx";
import { DigestSubscription } from "./DigestSubscription.tsx";
import { DoneSection, TaskSection } from "./TaskSection.tsx";
import { seesEveryonesTasks } from "./whose.ts";
import "./tasks.css";

/** Each person's own milestones: overdue, this week, later, and done. */
export function TasksPage() {
	const { t } = useTranslation("tasks");
	const me = useMe();
	if (me.error) return <ProblemAlert error={me.error} />;
	if (!me.data) return <Loading />;
	return (
		<>
			<PageTitle>{t("title")}</PageTitle>
			<p>{t("intro")}</p>
			<PersonTasks me={me.data} />
		</>
	);
}

function PersonTasks({ me }: { me: Me }) {
	const { t } = useTranslation("tasks");
	const workspace = useWorkspace();
	const [params, setParams] = useSearchParams();
	const [marked, setMarked] = useState<Task | null>(null);
	const people = workspace.report.people;
	const picksAnyone = seesEveryonesTasks(me);
	const asked = params.get("person");
	const person = picksAnyone && asked !== null ? asked : me.person;
	const groups = useMemo(
		() => (person === null ? null : groupTasks(tasksOf(workspace.report, person), workspace.today)),
		[person, workspace.report, workspace.today],
	);
	const name = people.find((entry) => entry.id === person)?.name;
	const canMarkDone = allows(me.role, "milestones:update");
	const week = Number(isoWeek(toDay(workspace.today)).slice(-2));
	const sections = { canMarkDone, onMarked: setMarked };
	return (
		<>
			{picksAnyone && (
				<div className="task-person">
					<Field label={t("whose")}>
						{(control) => (
							<select
								{...control}
								value={person ?? ""}
								onChange={(event) => {
									setMarked(null);
									setParams(event.target.value ? { person: event.target.value } : {});
								}}
							>
								{person === null && <option value="">{t("choosePerson")}</option>}
								{people.map((entry) => (
									<option key={entry.id} value={entry.id}>
										{entry.name}
									</option>
								))}
							</select>
						)}
					</Field>
				</div>
			)}
			{person === null && !picksAnyone && <p>{t("notLinked")}</p>}
			{name && <p>{t("ownerOf", { name })}</p>}
			<p role="status" className="task-marked">
				{marked && t("marked", { task: marked.milestone.label })}
			</p>
			{groups && (
				<>
					<TaskSection
						heading={t("groups.overdue")}
						empty={t("none.overdue")}
						tasks={groups.overdue}
						{...sections}
					/>
					<TaskSection
						heading={t("groups.thisWeek", { week })}
						empty={t("none.thisWeek")}
						tasks={groups.thisWeek}
						{...sections}
					/>
					<TaskSection
						heading={t("groups.later")}
						empty={t("none.later")}
						tasks={groups.later}
						{...sections}
					/>
					<DoneSection
						heading={t("groups.done")}
						empty={t("none.done")}
						tasks={groups.done}
						{...sections}
					/>
				</>
			)}
			{me.person !== null && allows(me.role, "calendar:manage") && <CalendarSubscription />}
			{me.person !== null && allows(me.role, "digest:manage") && <DigestSubscription />}
		</>
	);
}
