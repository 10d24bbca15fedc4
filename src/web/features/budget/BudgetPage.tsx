import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { budgetOverview } from "../../../engine/budget-overview.ts";
import { budgetWorkbookRoute } from "../../../model/api/budget.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { pathFor } from "../../lib/api.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { IntakeBudgetTable } from "./IntakeBudgetTable.tsx";
import { TotalsTable } from "./TotalsTable.tsx";
import "./budget.css";

/** Every offering's budget by intake, with the totals, as the live report has it; a download. */
export function BudgetPage() {
	const { t } = useTranslation("budget");
	const workspace = useWorkspace();
	const overview = useMemo(
		() => budgetOverview(workspace.preview, workspace.report),
		[workspace.preview, workspace.report],
	);
	return (
		<>
			<PageTitle>{t("title")}</PageTitle>
			<p>{t("intro")}</p>
			<p className="budget-download">
				<a
					className="button-link"
					href={pathFor(budgetWorkbookRoute, { id: workspace.institution.id })}
					download
				>
					{t("download")}
				</a>
				{workspace.drafts.size > 0 && <span className="budget-note">{t("downloadSaved")}</span>}
			</p>
			{overview.intakes.length === 0 ? (
				<p>{t("empty")}</p>
			) : (
				<>
					{overview.intakes.map((intake) => (
						<IntakeBudgetTable key={intake.intake ?? ""} intake={intake} />
					))}
					<TotalsTable overview={overview} />
				</>
			)}
		</>
	);
}
