import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { useDownloadSheet } from "./api.ts";
import { SheetImport } from "./SheetUpload.tsx";

/**
 * The past offerings (the plan's history, from which the analysis learns): download them as
 * XLSX, and, for those who may replace the plan, import a sheet of them.
 */
export function HistorySheet({ mayImport }: { mayImport: boolean }) {
	const { t } = useTranslation("importExport");
	const { institution } = useWorkspace();
	const download = useDownloadSheet(institution.id, "history");
	return (
		<section className="transfer" aria-labelledby="history-sheet">
			<h2 id="history-sheet">{t("history.heading")}</h2>
			<p>{t("history.hint")}</p>
			<p>
				<button type="button" disabled={download.isPending} onClick={() => download.mutate()}>
					{t("history.download")}
				</button>
			</p>
			<ProblemAlert error={download.error} />
			{mayImport && <SheetImport kind="history" />}
		</section>
	);
}
