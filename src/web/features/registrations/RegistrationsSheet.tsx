import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { ApiError } from "../../lib/api.ts";
import { SheetProblemTable } from "../import-export/ProblemTables.tsx";
import { SheetFileField, useSheetFile } from "../import-export/SheetFileField.tsx";
import { useDownloadRegistrations, useImportRegistrations } from "./api.ts";

/**
 * The registrations as a sheet: download them as XLSX, and (for those who may change them)
 * import applications made elsewhere, whose problems are shown by row and column.
 */
export function RegistrationsSheet({
	institution,
	offering,
	canManage,
}: {
	institution: string;
	offering: string;
	canManage: boolean;
}) {
	const { t } = useTranslation("registrations");
	const download = useDownloadRegistrations(institution, offering);
	const importSheet = useImportRegistrations(institution, offering);
	const sheet = useSheetFile({
		chooseFirst: t("sheet.chooseFirst"),
		wrongType: (name) => t("sheet.wrongType", { name }),
	});
	const submit = (event: FormEvent) => {
		event.preventDefault();
		importSheet.reset();
		const chosen = sheet.checked();
		if (chosen) importSheet.mutate(chosen);
	};
	const error = importSheet.error;
	const problems = error instanceof ApiError ? error.problem.errors : undefined;
	return (
		<section className="registration-sheet" aria-labelledby="registration-sheet">
			<h2 id="registration-sheet">{t("sheet.title")}</h2>
			<p>
				<button type="button" onClick={() => download.mutate()} disabled={download.isPending}>
					{t("sheet.download")}
				</button>
			</p>
			<ProblemAlert error={download.error} />
			{canManage && (
				<>
					<p>{t("sheet.hint")}</p>
					<form onSubmit={submit} noValidate>
						<SheetFileField label={t("sheet.file")} sheet={sheet} />
						<button type="submit" disabled={importSheet.isPending}>
							{t("sheet.submit")}
						</button>
					</form>
					{importSheet.data && (
						<p className="alert alert-ok" role="status">
							{t("sheet.imported", importSheet.data)}
						</p>
					)}
					{problems?.length ? (
						<SheetProblemTable name={sheet.file?.name ?? ""} problems={problems} />
					) : (
						<ProblemAlert error={error} />
					)}
				</>
			)}
		</section>
	);
}
