import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { IntakeBudget, OfferingBudget } from "../../../model/budget-overview.ts";
import { formatGroup } from "../../lib/format.ts";
import { CategoryCell, GroupCells, ShareCell, useMoney } from "./BudgetCells.tsx";
import { BudgetHead } from "./BudgetHead.tsx";
import { breakEvenStanding } from "./budget-lines.ts";

/** One intake's offerings, a row each, with the intake's totals at the foot. */
export function IntakeBudgetTable({ intake }: { intake: IntakeBudget }) {
	const { t } = useTranslation("budget");
	const currencies = intake.totals.length;
	return (
		<div className="budget-scroll">
			<table className="budget-table">
				<caption>{intake.label ?? t("noIntake")}</caption>
				<BudgetHead
					leading={[t("offering"), t("group"), t("fee"), t("costsByCategory")]}
					trailing={[t("breakEven"), t("communicationShare")]}
				/>
				<tbody>
					{intake.offerings.map((offering) => (
						<OfferingRow key={offering.id} offering={offering} />
					))}
				</tbody>
				<tfoot>
					{intake.totals.map((totals) => (
						<tr key={totals.currency}>
							<th scope="row" colSpan={3}>
								{t("total", { count: totals.offerings })}
								{currencies > 1 && ` ${t("inCurrency", { currency: totals.currency })}`}
							</th>
							<CategoryCell costs={totals.costs} currency={totals.currency} />
							{(["atMin", "atMax"] as const).map((at) => (
								<GroupCells key={at} {...totals} at={at} />
							))}
							<td />
							<ShareCell share={totals.communicationShare} />
						</tr>
					))}
				</tfoot>
			</table>
		</div>
	);
}

function OfferingRow({ offering }: { offering: OfferingBudget }) {
	const { t, i18n } = useTranslation("budget");
	const language = i18n.language;
	const money = useMoney(offering.currency);
	return (
		<tr>
			<th scope="row">
				<Link to={`/offerings/${encodeURIComponent(offering.id)}`}>{offering.title}</Link>
			</th>
			<td>{formatGroup(offering.participants.min, offering.participants.max, language)}</td>
			<td className="budget-amount">
				{money(offering.fee)}
				{offering.subsidy > 0 && (
					<span className="budget-note">{t("subsidy", { amount: money(offering.subsidy) })}</span>
				)}
			</td>
			<CategoryCell costs={offering.costs} currency={offering.currency} />
			{(["atMin", "atMax"] as const).map((at) => (
				<GroupCells key={at} {...offering} at={at} />
			))}
			<BreakEvenCell offering={offering} />
			<ShareCell share={offering.communicationShare} />
		</tr>
	);
}

function BreakEvenCell({ offering }: { offering: OfferingBudget }) {
	const { t } = useTranslation("budget");
	const standing = breakEvenStanding(offering);
	if (standing === "never" || offering.breakEvenParticipants === null)
		return (
			<td className="budget-break-even">
				<span className="badge badge-error">{t("never")}</span>
				<span className="budget-note">{t("neverHelp")}</span>
			</td>
		);
	return (
		<td className="budget-break-even">
			{offering.breakEvenParticipants === 0 ? t("anyGroup") : offering.breakEvenParticipants}
			{standing === "aboveMin" && <span className="badge badge-warning">{t("aboveMin")}</span>}
			{standing === "aboveMax" && <span className="badge badge-error">{t("aboveMax")}</span>}
		</td>
	);
}
