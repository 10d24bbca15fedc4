import { useTranslation } from "react-i18next";
import { Field } from "../../components/Field.tsx";
import { useEditorForm } from "./editor-form.tsx";
import { type FieldPath, getIn, keyOf } from "./form-value.ts";
import { languagesOf, textOf, withText } from "./localized.ts";
import { controlId } from "./touched.ts";

interface InputProps {
	path: FieldPath;
	label: string;
	hint?: string | undefined;
}

function joined(errors: readonly string[] | undefined): string | undefined {
	return errors && errors.length > 0 ? errors.join("; ") : undefined;
}

/** A one-line text, a date, an e-mail address or a paragraph (`multiline`). */
export function TextInput({
	path,
	label,
	hint,
	type = "text",
	multiline = false,
	list,
}: InputProps & {
	type?: "text" | "date" | "email" | "tel" | "url";
	multiline?: boolean;
	list?: string;
}) {
	const form = useEditorForm();
	const value = getIn(form.value, path);
	const shown = typeof value === "string" ? value : "";
	return (
		<Field label={label} hint={hint} error={joined(form.errors(path))} id={controlId(keyOf(path))}>
			{(control) =>
				multiline ? (
					<textarea
						{...control}
						value={shown}
						disabled={form.readOnly}
						onChange={(event) => form.set(path, event.target.value)}
						onBlur={() => form.touch(path)}
					/>
				) : (
					<input
						{...control}
						type={type}
						list={list}
						value={shown}
						disabled={form.readOnly}
						onChange={(event) => form.set(path, event.target.value)}
						onBlur={() => form.touch(path)}
					/>
				)
			}
		</Field>
	);
}

/** A number; emptied, it is left out of the offering. */
export function NumberInput({
	path,
	label,
	hint,
	step = "any",
	min = 0,
}: InputProps & { step?: "any" | "1"; min?: number }) {
	const form = useEditorForm();
	const value = getIn(form.value, path);
	return (
		<Field label={label} hint={hint} error={joined(form.errors(path))} id={controlId(keyOf(path))}>
			{(control) => (
				<input
					{...control}
					type="number"
					inputMode={step === "1" ? "numeric" : "decimal"}
					step={step}
					min={min}
					value={typeof value === "number" || typeof value === "string" ? value : ""}
					disabled={form.readOnly}
					onChange={(event) =>
						form.set(path, event.target.value === "" ? "" : Number(event.target.value))
					}
					onBlur={() => form.touch(path)}
				/>
			)}
		</Field>
	);
}

/** A choice among `options` ([value, label]); `empty` labels the choice of nothing. */
export function SelectInput({
	path,
	label,
	hint,
	options,
	empty,
	parse = (raw) => raw,
	onSet,
}: InputProps & {
	options: readonly (readonly [string, string])[];
	empty?: string;
	/** Turns the chosen option's value into the offering's (a number, a boolean). */
	parse?: (raw: string) => unknown;
	/** Sets the chosen value in place of setting it at `path` alone (to change what depends on it too). */
	onSet?: (next: unknown) => void;
}) {
	const form = useEditorForm();
	const value = getIn(form.value, path);
	const current = value === undefined ? "" : String(value);
	const known = options.some(([option]) => option === current) || current === "";
	return (
		<Field label={label} hint={hint} error={joined(form.errors(path))} id={controlId(keyOf(path))}>
			{(control) => (
				<select
					{...control}
					value={current}
					disabled={form.readOnly}
					onChange={(event) => {
						const next = event.target.value === "" ? undefined : parse(event.target.value);
						if (onSet) onSet(next);
						else form.set(path, next);
					}}
					onBlur={() => form.touch(path)}
				>
					{empty !== undefined && <option value="">{empty}</option>}
					{!known && <option value={current}>{current}</option>}
					{options.map(([option, text]) => (
						<option key={option} value={option}>
							{text}
						</option>
					))}
				</select>
			)}
		</Field>
	);
}

/** The problems of a group of inputs as a whole (a title with no language, a module with no id). */
export function GroupError({ path }: { path: FieldPath }) {
	const form = useEditorForm();
	const error = joined(form.errors(path));
	if (!error) return null;
	return <p className="field-error group-error">{error}</p>;
}

/** A text in each of the institution's languages (one plain input when it names none). */
export function LocalizedInput({
	path,
	label,
	hint,
	multiline = false,
}: InputProps & { multiline?: boolean }) {
	const { t, i18n } = useTranslation("offerings");
	const form = useEditorForm();
	const value = getIn(form.value, path);
	const languages = languagesOf(value, form.languages);
	if (languages.length === 0)
		return <TextInput path={path} label={label} hint={hint} multiline={multiline} />;
	const names = new Intl.DisplayNames([i18n.language], { type: "language" });
	return (
		<div className="localized">
			{languages.map((language) => {
				const inLanguage = [...path, language];
				return (
					<Field
						key={language}
						label={t("field.inLanguage", { label, language: names.of(language) ?? language })}
						hint={language === languages[0] ? hint : undefined}
						error={joined(form.errors(inLanguage))}
						id={controlId(keyOf(inLanguage))}
					>
						{(control) => {
							const props = {
								...control,
								lang: language,
								value: textOf(value, language, form.languages),
								disabled: form.readOnly,
								onChange: (event: { target: { value: string } }) =>
									form.set(
										path,
										withText(getIn(form.value, path), language, event.target.value, form.languages),
									),
								onBlur: () => form.touch(inLanguage),
							};
							return multiline ? <textarea {...props} /> : <input type="text" {...props} />;
						}}
					</Field>
				);
			})}
			<GroupError path={path} />
		</div>
	);
}
