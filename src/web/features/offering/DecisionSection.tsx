import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { FollowThroughView } from "../../../model/api/decisions.ts";
import { textIn } from "../../../model/localized-text.ts";
import { decisionOf, goNoGoKey, type Offering } from "../../../model/offering.ts";
import type { OfferingReport } from "../../../model/report.ts";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { formatDate } from "../../lib/format.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { decisionQuery } from "./decision-api.ts";

/**
 * The go/no-go decision of a saved offering: what was decided, by whom, when and why, where a
 * postponed or merged course went, and whether every registrant has been told; or when it is
 * due. (The page's header and the go-no-go milestone open the dialog that records it.)
 */
export function DecisionSection({
	offering,
	report,
}: {
	offering: Offering;
	report: OfferingReport;
}) {
	const { t, i18n } = useTranslation("decision");
	const workspace = useWorkspace();
	const view = useQuery(decisionQuery(workspace.institution.id, offering.id));
	const decision = view.data?.decision ?? decisionOf(offering);
	const language = i18n.language;
	const { institution, offerings } = workspace.saved;
	const text = textIn(language, institution.languages ?? []);
	const who = (id: string) => institution.people?.find((person) => person.id === id)?.name ?? id;
	const due = report.milestones.find((milestone) => milestone.key === goNoGoKey)?.due;
	const target = offerings.find((entry) => entry.id === decision?.into);
	return (
		<section className="decision" aria-labelledby="decision-heading">
			<h2 id="decision-heading">{t("title")}</h2>
			{decision ? (
				<dl>
					<dt>{t("title")}</dt>
					<dd>{t(`outcome.${decision.outcome}`)}</dd>
					{target && (
						<>
							<dt>{t("into")}</dt>
							<dd>
								<Link to={`/offerings/${encodeURIComponent(target.id)}`}>{text(target.title)}</Link>{" "}
								({formatDate(target.start, language)})
							</dd>
						</>
					)}
					{decision.decidedBy && (
						<>
							<dt>{t("decidedBy")}</dt>
							<dd>{who(decision.decidedBy)}</dd>
						</>
					)}
					{decision.decidedOn && (
						<>
							<dt>{t("decidedOn")}</dt>
							<dd>{formatDate(decision.decidedOn, language)}</dd>
						</>
					)}
					{decision.reason && (
						<>
							<dt>{t("reason")}</dt>
							<dd>{decision.reason}</dd>
						</>
					)}
					{view.data?.followThrough && (
						<>
							<dt>{t("told")}</dt>
							<dd role="status">{toldText(view.data.followThrough, t, language)}</dd>
						</>
					)}
				</dl>
			) : (
				<p>{due ? t("undecided", { date: formatDate(due, language) }) : t("undecidedNoDate")}</p>
			)}
			<ProblemAlert error={view.error} />
		</section>
	);
}

function toldText(
	followThrough: FollowThroughView,
	t: ReturnType<typeof useTranslation<"decision">>["t"],
	language: string,
): string {
	if (followThrough.state === "pending") return t("pending");
	const date = formatDate(followThrough.completedAt.slice(0, 10), language);
	const mails = t("done", { count: followThrough.mails, date });
	return followThrough.moved > 0
		? `${mails}; ${t("moved", { count: followThrough.moved })}`
		: mails;
}
