import { useTranslation } from "react-i18next";
import { Field } from "../../components/Field.tsx";
import {
	type FilterKey,
	type FilterOptions,
	type MapFilters as Filters,
	noIntake,
} from "./filters.ts";

/**
 * The map's filters: intake, field, owner and worst finding. The page keeps them in the URL,
 * so a filtered map can be shared.
 */
export function MapFilters({
	options,
	filters,
	onChange,
	onClear,
}: {
	options: FilterOptions;
	filters: Filters;
	onChange: (key: FilterKey, value: string | undefined) => void;
	onClear: () => void;
}) {
	const { t } = useTranslation("timingMap");
	const choices: [FilterKey, { value: string; label: string }[]][] = [
		[
			"intake",
			options.intake.map((option) =>
				option.value === noIntake ? { ...option, label: t("group.noIntake") } : option,
			),
		],
		["field", options.field],
		["owner", options.owner],
		["severity", options.severity.map((risk) => ({ value: risk, label: t(`risk.${risk}`) }))],
	];
	return (
		<fieldset className="tm-filters">
			<legend className="visually-hidden">{t("filters.label")}</legend>
			{choices.map(([key, values]) => (
				<Field key={key} label={t(`filters.${key}`)}>
					{(control) => (
						<select
							{...control}
							value={filters[key] ?? ""}
							onChange={(event) => onChange(key, event.target.value || undefined)}
						>
							<option value="">{t("filters.all")}</option>
							{values.map((option) => (
								<option key={option.value} value={option.value}>
									{option.label}
								</option>
							))}
						</select>
					)}
				</Field>
			))}
			<button
				type="button"
				onClick={onClear}
				disabled={Object.values(filters).every((value) => value === undefined)}
			>
				{t("filters.clear")}
			</button>
		</fieldset>
	);
}
