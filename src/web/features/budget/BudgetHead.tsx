import { useTranslation } from "react-i18next";

/**
 * The two header rows of a budget table: its leading columns, then costs, revenue and result
 * grouped under the minimum and the maximum group, then the trailing columns.
 */
export function BudgetHead({ leading, trailing }: { leading: string[]; trailing: string[] }) {
	const { t } = useTranslation("budget");
	const groupColumns = [t("costs"), t("revenue"), t("result")];
	return (
		<>
			<colgroup span={leading.length} />
			<colgroup span={3} />
			<colgroup span={3} />
			<colgroup span={trailing.length} />
			<thead>
				<tr>
					{leading.map((name) => (
						<th key={name} scope="col" rowSpan={2}>
							{name}
						</th>
					))}
					<th scope="colgroup" colSpan={3}>
						{t("atMin")}
					</th>
					<th scope="colgroup" colSpan={3}>
						{t("atMax")}
					</th>
					{trailing.map((name) => (
						<th key={name} scope="col" rowSpan={2}>
							{name}
						</th>
					))}
				</tr>
				<tr>
					{[...groupColumns, ...groupColumns].map((name, index) => (
						<th key={`${name}-${index < 3 ? "min" : "max"}`} scope="col">
							{name}
						</th>
					))}
				</tr>
			</thead>
		</>
	);
}
