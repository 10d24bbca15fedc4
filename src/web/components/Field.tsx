import { type ReactNode, useId } from "react";

interface FieldProps {
	label: string;
	/** The problem with the value, shown next to the field and announced with it. */
	error?: string | undefined;
	hint?: string | undefined;
	/** The control's id, when something else (an error summary) links to it; else a generated one. */
	id?: string | undefined;
	/** Renders the control with the ids that tie it to its label, hint and error. */
	children: (control: {
		id: string;
		"aria-invalid": boolean;
		"aria-describedby": string | undefined;
	}) => ReactNode;
}

/** A labelled form control with its hint and its error beside it. */
export function Field({ label, error, hint, id: givenId, children }: FieldProps) {
	const generatedId = useId();
	const id = givenId ?? generatedId;
	const hintId = `${id}-hint`;
	const errorId = `${id}-error`;
	const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(" ") || undefined;
	return (
		<div className={error ? "field field-invalid" : "field"}>
			<label htmlFor={id}>{label}</label>
			{hint && (
				<p className="field-hint" id={hintId}>
					{hint}
				</p>
			)}
			{children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy })}
			{error && (
				<p className="field-error" id={errorId}>
					{error}
				</p>
			)}
		</div>
	);
}
