import { useState } from "react";
import { Field } from "../../components/Field.tsx";
import { sheetContentTypeOf } from "./api.ts";

/** What the field says when no sheet, or a file that is not one, was chosen. */
export interface SheetFileMessages {
	chooseFirst: string;
	wrongType: (name: string) => string;
}

/** The sheet a person chose to import, before it is sent. */
export interface SheetFile {
	file: File | undefined;
	error: string | undefined;
	choose(file: File | undefined): void;
	/**
	 * The chosen sheet with its content type, ready to send; undefined when none is chosen or it
	 * is neither CSV nor XLSX, and then the field says so.
	 */
	checked(): { file: File; contentType: string } | undefined;
}

/** Keeps the chosen sheet and the field's error, for `SheetFileField`. */
export function useSheetFile(messages: SheetFileMessages): SheetFile {
	const [file, setFile] = useState<File | undefined>();
	const [error, setError] = useState<string | undefined>();
	return {
		file,
		error,
		choose(chosen) {
			setFile(chosen);
			setError(undefined);
		},
		checked() {
			const contentType = file && sheetContentTypeOf(file.name);
			if (!file || !contentType) {
				setError(file ? messages.wrongType(file.name) : messages.chooseFirst);
				return undefined;
			}
			setError(undefined);
			return { file, contentType };
		},
	};
}

/** The labelled file input of a sheet to import (CSV or XLSX), with its error beside it. */
export function SheetFileField({ label, sheet }: { label: string; sheet: SheetFile }) {
	return (
		<Field label={label} error={sheet.error}>
			{(control) => (
				<input
					{...control}
					type="file"
					accept=".csv,.xlsx"
					onChange={(event) => sheet.choose(event.target.files?.[0])}
				/>
			)}
		</Field>
	);
}
