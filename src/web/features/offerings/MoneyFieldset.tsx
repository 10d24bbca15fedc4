import { useTranslation } from "react-i18next";
import { budgetCategories } from "../../../model/offering.ts";
import { GroupError, NumberInput, SelectInput, TextInput } from "./inputs.tsx";
import { ListInput } from "./ListInput.tsx";

/** The fee and subsidy, the group size and the budget lines, which give break-even and the communication share. */
export function MoneyFieldset() {
	const { t } = useTranslation("offerings");
	return (
		<fieldset>
			<legend>{t("legend.money")}</legend>
			<div className="form-row">
				<NumberInput path={["fee", "amount"]} label={t("field.fee")} />
				<TextInput path={["fee", "currency"]} label={t("field.currency")} />
				<NumberInput
					path={["subsidy", "amount"]}
					label={t("field.subsidy")}
					hint={t("hint.subsidy")}
				/>
			</div>
			<GroupError path={["fee"]} />
			<GroupError path={["subsidy"]} />
			<div className="form-row">
				<NumberInput path={["participants", "min"]} label={t("field.min")} step="1" min={1} />
				<NumberInput path={["participants", "max"]} label={t("field.max")} step="1" min={1} />
			</div>
			<GroupError path={["participants"]} />
			<ListInput
				path={["budget"]}
				legend={t("field.budget")}
				itemLabel={(number) => t("field.budgetLine", { number })}
				addLabel={t("items.addBudgetLine")}
				newItem={() => ({ category: "communication", amount: "" })}
			>
				{(path) => (
					<div className="form-row">
						<SelectInput
							path={[...path, "category"]}
							label={t("field.category")}
							options={budgetCategories.map(
								(category) => [category, t(`option.category.${category}`)] as const,
							)}
						/>
						<NumberInput path={[...path, "amount"]} label={t("field.amount")} />
						<SelectInput
							path={[...path, "per"]}
							label={t("field.per")}
							options={[
								["course", t("option.course")],
								["participant", t("option.participant")],
							]}
						/>
						<TextInput path={[...path, "label"]} label={t("field.label")} />
					</div>
				)}
			</ListInput>
		</fieldset>
	);
}
