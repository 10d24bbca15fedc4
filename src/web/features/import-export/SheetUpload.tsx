import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { OfferingsImportResult } from "../../../model/api/sheets.ts";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { ApiError } from "../../lib/api.ts";
import type { UploadProgress } from "../../lib/upload.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { useImportSheet } from "./api.ts";
import { SheetProblemTable } from "./ProblemTables.tsx";
import { SheetFileField, useSheetFile } from "./SheetFileField.tsx";
import { UploadMeter } from "./UploadMeter.tsx";

/**
 * Imports an offerings sheet (CSV or XLSX). The server reads and checks every row; any problem
 * refuses the whole sheet, and the problems are shown by row and column.
 */
export function SheetUpload() {
	const { t } = useTranslation("importExport");
	const workspace = useWorkspace();
	const importSheet = useImportSheet(workspace.institution.id);
	const sheet = useSheetFile({
		chooseFirst: t("sheet.chooseFirst"),
		wrongType: (name) => t("sheet.wrongType", { name }),
	});
	const [progress, setProgress] = useState<UploadProgress | undefined>();
	const [result, setResult] = useState<{ name: string; imported: OfferingsImportResult }>();
	const [sent, setSent] = useState("");

	function submit(event: FormEvent) {
		event.preventDefault();
		importSheet.reset();
		setResult(undefined);
		const chosen = sheet.checked();
		if (!chosen) return;
		const { file, contentType } = chosen;
		setSent(file.name);
		importSheet.mutate(
			{ file, contentType, onProgress: setProgress },
			{
				onSuccess: (imported) => setResult({ name: file.name, imported }),
				onSettled: () => setProgress(undefined),
			},
		);
	}

	const error = importSheet.error;
	const problems = error instanceof ApiError ? error.problem.errors : undefined;
	return (
		<section className="transfer" aria-labelledby="sheet-upload">
			<h2 id="sheet-upload">{t("sheet.heading")}</h2>
			<p>{t("sheet.hint")}</p>
			<form onSubmit={submit}>
				<SheetFileField label={t("sheet.file")} sheet={sheet} />
				<button type="submit" disabled={importSheet.isPending}>
					{t("sheet.submit")}
				</button>
			</form>
			{progress && <UploadMeter name={sent} progress={progress} />}
			{result && (
				<p className="alert alert-ok" role="status">
					{t("sheet.imported", {
						name: result.name,
						added: result.imported.added,
						updated: result.imported.updated,
						version: result.imported.planVersion,
					})}
				</p>
			)}
			{problems?.length ? (
				<SheetProblemTable name={sent} problems={problems} />
			) : (
				error && <ProblemAlert error={error} />
			)}
		</section>
	);
}
