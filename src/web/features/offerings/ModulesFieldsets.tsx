import { useTranslation } from "react-i18next";
import { textIn } from "../../../model/localized-text.ts";
import { CreditsInput, OutcomesInput } from "./EuFieldset.tsx";
import { useEditorForm } from "./editor-form.tsx";
import { getIn } from "./form-value.ts";
import { LocalizedInput, SelectInput, TextInput } from "./inputs.tsx";
import { ListInput } from "./ListInput.tsx";

/** The course's modules, each completable on its own: id, title, credits, outcomes, assessment. */
export function ModulesFieldset() {
	const { t } = useTranslation("offerings");
	return (
		<ListInput
			path={["modules"]}
			legend={t("legend.modules")}
			hint={t("hint.modules")}
			itemLabel={(number) => t("field.module", { number })}
			addLabel={t("items.addModule")}
			newItem={() => ({ id: "", title: "" })}
			reorder
		>
			{(path) => (
				<>
					<TextInput path={[...path, "id"]} label={t("field.moduleId")} hint={t("hint.id")} />
					<LocalizedInput path={[...path, "title"]} label={t("field.moduleTitle")} />
					<CreditsInput path={[...path, "credits"]} />
					<OutcomesInput path={[...path, "learningOutcomes"]} />
					<TextInput path={[...path, "assessment"]} label={t("field.assessment")} multiline />
				</>
			)}
		</ListInput>
	);
}

/** The qualifications (and their modules) the course counts towards. */
export function PathwaysFieldset() {
	const { t, i18n } = useTranslation("offerings");
	const form = useEditorForm();
	const text = textIn(i18n.language, form.languages);
	const qualifications = form.plan.qualifications ?? [];
	return (
		<ListInput
			path={["pathways"]}
			legend={t("legend.pathways")}
			itemLabel={(number) => t("field.pathway", { number })}
			addLabel={t("items.addPathway")}
			newItem={() => ({ qualification: qualifications[0]?.id ?? "" })}
		>
			{(path) => {
				const chosen = getIn(form.value, [...path, "qualification"]);
				const qualification = qualifications.find((candidate) => candidate.id === chosen);
				return (
					<div className="form-row">
						<SelectInput
							path={[...path, "qualification"]}
							label={t("field.qualification")}
							empty={t("option.none")}
							options={qualifications.map(
								(candidate) => [candidate.id, text(candidate.title)] as const,
							)}
							onSet={(id) => {
								// Another qualification has other modules: the chosen one no longer applies.
								form.set([...path, "module"], undefined);
								form.set([...path, "qualification"], id);
							}}
						/>
						<SelectInput
							path={[...path, "module"]}
							label={t("field.qualificationModule")}
							empty={t("option.wholeQualification")}
							options={(qualification?.modules ?? []).map(
								(module) => [module.id, text(module.title)] as const,
							)}
						/>
					</div>
				);
			}}
		</ListInput>
	);
}
