import { useTranslation } from "react-i18next";
import { textIn } from "../../../model/localized-text.ts";
import { modes } from "../../../model/offering.ts";
import { useEditorForm } from "./editor-form.tsx";
import { getIn } from "./form-value.ts";
import { LocalizedInput, SelectInput, TextInput } from "./inputs.tsx";

/** The course itself: its id (fixed once created), title, description, field, language, form of participation, place. */
export function CourseFieldset() {
	const { t, i18n } = useTranslation("offerings");
	const form = useEditorForm();
	const text = textIn(i18n.language, form.languages);
	const fields = form.plan.institution.fields;
	return (
		<fieldset>
			<legend>{t("legend.course")}</legend>
			<p>
				<strong>{t("field.id")}:</strong> <code>{String(getIn(form.value, ["id"]))}</code>
			</p>
			<LocalizedInput path={["title"]} label={t("field.title")} />
			<LocalizedInput path={["description"]} label={t("field.description")} multiline />
			<div className="form-row">
				{fields ? (
					<SelectInput
						path={["field"]}
						label={t("field.field")}
						empty={t("option.none")}
						options={fields.map((field) => [field.id, text(field.name)] as const)}
					/>
				) : (
					<TextInput path={["field"]} label={t("field.field")} />
				)}
				<TextInput
					path={["language"]}
					label={t("field.language")}
					hint={t("hint.language")}
					list="offering-languages"
				/>
				<datalist id="offering-languages">
					{form.languages.map((language) => (
						<option key={language} value={language} />
					))}
				</datalist>
				<SelectInput
					path={["mode"]}
					label={t("field.mode")}
					empty={t("option.none")}
					options={modes.map((mode) => [mode, t(`option.mode.${mode}`)] as const)}
				/>
			</div>
			<LocalizedInput path={["location"]} label={t("field.location")} />
		</fieldset>
	);
}

/** The intake the course runs in, and its dates. */
export function DatesFieldset() {
	const { t, i18n } = useTranslation("offerings");
	const form = useEditorForm();
	const text = textIn(i18n.language, form.languages);
	const intakes = [...form.plan.intakes].sort((a, b) =>
		a.studiesStart.localeCompare(b.studiesStart),
	);
	return (
		<fieldset>
			<legend>{t("legend.dates")}</legend>
			<SelectInput
				path={["intake"]}
				label={t("field.intake")}
				empty={t("option.noIntake")}
				options={intakes.map((intake) => [intake.id, text(intake.label ?? intake.id)] as const)}
			/>
			<div className="form-row">
				<TextInput path={["start"]} label={t("field.start")} type="date" />
				<TextInput path={["end"]} label={t("field.end")} type="date" />
			</div>
		</fieldset>
	);
}
