import { useTranslation } from "react-i18next";
import { creditUnits } from "../../../model/primitives.ts";
import type { FieldPath } from "./form-value.ts";
import { GroupError, LocalizedInput, NumberInput, SelectInput, TextInput } from "./inputs.tsx";
import { ListInput } from "./ListInput.tsx";

const eqfLevels = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/** A workload: its value and unit (both, or neither). */
export function CreditsInput({ path }: { path: FieldPath }) {
	const { t } = useTranslation("offerings");
	return (
		<>
			<div className="form-row">
				<NumberInput path={[...path, "value"]} label={t("field.credits")} />
				<SelectInput
					path={[...path, "unit"]}
					label={t("field.creditUnit")}
					empty={t("option.none")}
					options={creditUnits.map((unit) => [unit, t(`option.unit.${unit}`)] as const)}
				/>
			</div>
			<GroupError path={path} />
		</>
	);
}

/** Learning outcomes, one localized text each. */
export function OutcomesInput({ path }: { path: FieldPath }) {
	const { t } = useTranslation("offerings");
	return (
		<ListInput
			path={path}
			legend={t("field.learningOutcomes")}
			itemLabel={(number) => t("field.learningOutcome", { number })}
			addLabel={t("items.addOutcome")}
			newItem={() => ""}
		>
			{(itemPath, index) => (
				<LocalizedInput
					path={itemPath}
					label={t("field.learningOutcome", { number: index + 1 })}
					multiline
				/>
			)}
		</ListInput>
	);
}

/**
 * The elements of the EU's Council Recommendation on micro-credentials (2022) that the offering
 * gives itself: outcomes, workload, level, assessment, quality assurance, and the optional
 * prerequisites and stackability.
 */
export function EuFieldset() {
	const { t } = useTranslation("offerings");
	return (
		<fieldset>
			<legend>{t("legend.eu")}</legend>
			<OutcomesInput path={["learningOutcomes"]} />
			<CreditsInput path={["credits"]} />
			<div className="form-row">
				<SelectInput
					path={["level", "eqf"]}
					label={t("field.eqf")}
					empty={t("option.none")}
					options={eqfLevels.map((level) => [String(level), String(level)] as const)}
					parse={Number}
				/>
				<TextInput path={["level", "national"]} label={t("field.national")} />
			</div>
			<GroupError path={["level"]} />
			<TextInput path={["assessment"]} label={t("field.assessment")} multiline />
			<TextInput path={["qualityAssurance"]} label={t("field.qualityAssurance")} multiline />
			<TextInput path={["prerequisites"]} label={t("field.prerequisites")} multiline />
			<TextInput path={["stackability"]} label={t("field.stackability")} multiline />
		</fieldset>
	);
}
