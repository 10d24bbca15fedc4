import { useTranslation } from "react-i18next";
import type { AtGroupSizes, CostsByCategory } from "../../../model/budget-overview.ts";
import { formatMoney, formatPercent } from "../../lib/format.ts";
import { categoryLines } from "./budget-lines.ts";

/** Money in the reader's language, in the given currency. */
export function useMoney(currency: string) {
	const { i18n } = useTranslation();
	return (amount: number) => formatMoney(amount, currency, i18n.language);
}

/** The categories with costs, each at the minimum group and, when it grows, the maximum. */
export function CategoryCell({ costs, currency }: { costs: CostsByCategory; currency: string }) {
	const { t } = useTranslation("budget");
	const money = useMoney(currency);
	const lines = categoryLines(costs);
	return (
		<td>
			{lines.length === 0 ? (
				t("nothing")
			) : (
				<ul className="budget-categories">
					{lines.map((line) => (
						<li key={line.category}>
							{t(`categories.${line.category}`)}:{" "}
							{line.perParticipant
								? t("range", { min: money(line.atMin), max: money(line.atMax) })
								: money(line.atMin)}
						</li>
					))}
				</ul>
			)}
		</td>
	);
}

/** Costs, revenue and result at one group size; a loss says so in words as well. */
export function GroupCells({
	totalCosts,
	revenue,
	result,
	at,
	currency,
}: {
	totalCosts: AtGroupSizes;
	revenue: AtGroupSizes;
	result: AtGroupSizes;
	at: keyof AtGroupSizes;
	currency: string;
}) {
	const { t } = useTranslation("budget");
	const money = useMoney(currency);
	const loss = result[at] < 0;
	return (
		<>
			<td className="budget-amount">{money(totalCosts[at])}</td>
			<td className="budget-amount">{money(revenue[at])}</td>
			<td className={loss ? "budget-amount budget-loss" : "budget-amount"}>
				{money(result[at])}
				{loss && <span className="budget-loss-text"> ({t("loss")})</span>}
			</td>
		</>
	);
}

/** The communication share as a percentage. */
export function ShareCell({ share }: { share: number }) {
	const { i18n } = useTranslation();
	return <td className="budget-amount">{formatPercent(share, i18n.language)}</td>;
}
