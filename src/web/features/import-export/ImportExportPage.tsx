import { useTranslation } from "react-i18next";
import { allows } from "../../../model/api/permissions.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useMe } from "../session/api.ts";
import { Downloads } from "./Downloads.tsx";
import { HistorySheet } from "./HistorySheet.tsx";
import { PlanUpload } from "./PlanUpload.tsx";
import { SheetUpload } from "./SheetUpload.tsx";
import "./import-export.css";

/**
 * Import and export: download the plan, the offerings sheet and the past offerings; upload any
 * of them, checked first.
 */
export function ImportExportPage() {
	const { t } = useTranslation("importExport");
	const role = useMe().data?.role;
	const mayReplace = role !== undefined && allows(role, "plan:replace");
	const mayImport = role !== undefined && allows(role, "offerings:create");
	return (
		<>
			<PageTitle>{t("title")}</PageTitle>
			<p className="lead">{t("intro")}</p>
			<Downloads />
			{mayReplace && <PlanUpload />}
			{mayImport && <SheetUpload />}
			<HistorySheet mayImport={mayReplace} />
			{!mayReplace && !mayImport && <p>{t("onlyManagers")}</p>}
		</>
	);
}
