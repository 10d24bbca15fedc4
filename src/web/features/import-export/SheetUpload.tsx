import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { HistoryImportResult, OfferingsImportResult } from "../../../model/api/sheets.ts";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { ApiError } from "../../lib/api.ts";
import type { UploadProgress } from "../../lib/upload.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { type SheetKind, useImportSheet } from "./api.ts";
import { SheetProblemTable } from "./ProblemTables.tsx";
import { SheetFileField, useSheetFile } from "./SheetFileField.tsx";
import { UploadMeter } from "./UploadMeter.tsx";

/** The offerings sheet's panel: what an import does, and the form. */
export function SheetUpload() {
	const { t } = useTranslation("importExport");
	return (
		<section className="transfer" aria-labelledby="sheet-upload">
			<h2 id="sheet-upload">{t("sheet.heading")}</h2>
			<p>{t("sheet.hint")}</p>
			<SheetImport kind="offerings" />
		</section>
	);
}

/** Each sheet's own texts: its field, its button and what an import did. */
const texts = { offerings: "sheet", history: "history" } as const;

/**
 * Imports a sheet (CSV or XLSX) of offerings or of past offerings, showing how far the upload
 * is. The server reads and checks every row; any problem refuses the whole sheet, and the
 * problems are shown by row and column.
 */
export function SheetImport({ kind }: { kind: SheetKind }) {
	const { t } = useTranslation("importExport");
	const part = texts[kind];
	const workspace = useWorkspace();
	const importSheet = useImportSheet(workspace.institution.id, kind);
	const sheet = useSheetFile({
		chooseFirst: t("sheet.chooseFirst"),
		wrongType: (name) => t("sheet.wrongType", { name }),
	});
	const [progress, setProgress] = useState<UploadProgress | undefined>();
	const [result, setResult] = useState<{
		name: string;
		imported: OfferingsImportResult | HistoryImportResult;
	}>();
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
		<>
			<form onSubmit={submit}>
				<SheetFileField label={t(`${part}.file`)} sheet={sheet} />
				<button type="submit" disabled={importSheet.isPending}>
					{t(`${part}.submit`)}
				</button>
			</form>
			{progress && <UploadMeter name={sent} progress={progress} />}
			{result && (
				<p className="alert alert-ok" role="status">
					{t(`${part}.imported`, {
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
		</>
	);
}
