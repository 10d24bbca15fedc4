import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../components/Field.tsx";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { ApiError } from "../../lib/api.ts";
import { sheetContentTypeOf } from "../import-export/api.ts";
import { SheetProblemTable } from "../import-export/ProblemTables.tsx";
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
	const [file, setFile] = useState<File | undefined>();
	const [fileError, setFileError] = useState<string | undefined>();
	const submit = (event: FormEvent) => {
		event.preventDefault();
		importSheet.reset();
		const contentType = file && sheetContentTypeOf(file.name);
		if (!file || !contentType) {
			setFileError(file ? t("sheet.wrongType", { name: file.name }) : t("sheet.chooseFirst"));
			return;
		}
		setFileError(undefined);
		importSheet.mutate({ file, contentType });
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
						<Field label={t("sheet.file")} error={fileError}>
							{(control) => (
								<input
									{...control}
									type="file"
									accept=".csv,.xlsx"
									onChange={(event) => {
										setFile(event.target.files?.[0]);
										setFileError(undefined);
									}}
								/>
							)}
						</Field>
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
						<SheetProblemTable name={file?.name ?? ""} problems={problems} />
					) : (
						<ProblemAlert error={error} />
					)}
				</>
			)}
		</section>
	);
}
