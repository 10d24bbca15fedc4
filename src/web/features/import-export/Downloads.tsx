import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { useDownloadPlan, useDownloadSheet } from "./api.ts";

/** The plan as a YAML file and the offerings as an XLSX workbook, for everyone who reads the plan. */
export function Downloads() {
	const { t } = useTranslation("importExport");
	const { institution } = useWorkspace();
	const plan = useDownloadPlan(institution.id);
	const sheet = useDownloadSheet(institution.id, "offerings");
	return (
		<section className="transfer" aria-labelledby="downloads">
			<h2 id="downloads">{t("download.heading")}</h2>
			<ul className="downloads">
				<li>
					<button type="button" disabled={plan.isPending} onClick={() => plan.mutate()}>
						{t("download.plan")}
					</button>
					<p>{t("download.planHint")}</p>
				</li>
				<li>
					<button type="button" disabled={sheet.isPending} onClick={() => sheet.mutate()}>
						{t("download.sheet")}
					</button>
					<p>{t("download.sheetHint")}</p>
				</li>
			</ul>
			<ProblemAlert error={plan.error ?? sheet.error} />
		</section>
	);
}
