import { createContext, useContext } from "react";
import type { PlanFile } from "../../../model/plan-file.ts";
import type { FieldPath, FormValue } from "./form-value.ts";

/** What every input of the offering editor reads and changes: the value, its errors, the plan. */
export interface EditorForm {
	value: FormValue;
	/** Sets the value at `path`; the field counts as touched from then on. */
	set(path: FieldPath, next: unknown): void;
	/** Changes the value as a whole (adding, removing or moving a list's items). */
	update(change: (value: FormValue) => FormValue): void;
	/** Marks a field touched (when the person leaves it), so its error shows. */
	touch(path: FieldPath): void;
	/** The problems shown now at exactly this field; undefined when none. */
	errors(path: FieldPath): readonly string[] | undefined;
	readOnly: boolean;
	/** The institution's languages, the first the default: one input per language. */
	languages: readonly string[];
	/** The saved plan, whose intakes, fields, people, qualifications and templates the selects offer. */
	plan: PlanFile;
}

const EditorFormContext = createContext<EditorForm | null>(null);

export const EditorFormProvider = EditorFormContext.Provider;

/** The offering editor's form, for its inputs. */
export function useEditorForm(): EditorForm {
	const form = useContext(EditorFormContext);
	if (!form) throw new Error("useEditorForm is used outside the offering editor");
	return form;
}
