import { useTranslation } from "react-i18next";
import type { BudgetOverview, BudgetTotals } from "../../../model/budget-overview.ts";
import { CategoryCell, GroupCells, ShareCell } from "./BudgetCells.tsx";
import { BudgetHead } from "./BudgetHead.tsx";

/** The totals of each intake and of all of them, a row per intake and currency. */
export function TotalsTable({ overview }: { overview: BudgetOverview }) {
	const { t } = useTranslation("budget");
	const row = (name: string, totals: BudgetTotals, currencies: number) => (
		<tr key={`${name}/${totals.currency}`}>
			<th scope="row">
				{name}
				{currencies > 1 && ` ${t("inCurrency", { currency: totals.currency })}`}
			</th>
			<td className="budget-amount">{totals.offerings}</td>
			<CategoryCell costs={totals.costs} currency={totals.currency} />
			{(["atMin", "atMax"] as const).map((at) => (
				<GroupCells key={at} {...totals} at={at} />
			))}
			<ShareCell share={totals.communicationShare} />
		</tr>
	);
	return (
		<div className="budget-scroll">
			<table className="budget-table">
				<caption>{t("allIntakes")}</caption>
				<BudgetHead
					leading={[t("intake"), t("offerings"), t("costsByCategory")]}
					trailing={[t("communicationShare")]}
				/>
				<tbody>
					{overview.intakes.flatMap((intake) =>
						intake.totals.map((totals) =>
							row(intake.label ?? t("noIntake"), totals, intake.totals.length),
						),
					)}
				</tbody>
				<tfoot>
					{overview.totals.map((totals) => row(t("allIntakes"), totals, overview.totals.length))}
				</tfoot>
			</table>
		</div>
	);
}
