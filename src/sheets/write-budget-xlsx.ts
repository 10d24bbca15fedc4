import ExcelJS from "exceljs";
import type {
	AtGroupSizes,
	BudgetOverview,
	BudgetTotals,
	CostsByCategory,
	OfferingBudget,
} from "../model/budget-overview.ts";
import { budgetCategories } from "../model/offering.ts";
import { escapeFormula } from "./formula-escape.ts";

type Cell = string | number | null;

interface Column {
	header: string;
	width: number;
	format?: string;
}

const moneyFormat = "#,##0.00";
const shareFormat = "0.0%";

/** A pair of columns for an amount at the minimum and at the maximum group. */
const atBoth = (name: string): Column[] => [
	{ header: `${name} at min`, width: 16, format: moneyFormat },
	{ header: `${name} at max`, width: 16, format: moneyFormat },
];

const costColumns: Column[] = [
	...budgetCategories.flatMap(atBoth),
	...atBoth("costs"),
	...atBoth("revenue"),
	...atBoth("result"),
];

const offeringColumns: Column[] = [
	{ header: "intake", width: 16 },
	{ header: "offering", width: 22 },
	{ header: "title", width: 40 },
	{ header: "currency", width: 9 },
	{ header: "fee", width: 10, format: moneyFormat },
	{ header: "subsidy", width: 10, format: moneyFormat },
	{ header: "min group", width: 10 },
	{ header: "max group", width: 10 },
	...costColumns,
	{ header: "break-even participants", width: 12 },
	{ header: "communication share", width: 12, format: shareFormat },
];

const totalColumns: Column[] = [
	{ header: "intake", width: 16 },
	{ header: "label", width: 30 },
	{ header: "currency", width: 9 },
	{ header: "offerings", width: 10 },
	...costColumns,
	{ header: "communication share", width: 12, format: shareFormat },
];

/** Text as a cell: never read as a formula when the sheet is saved as CSV and opened again. */
const text = (value: string | null): Cell => (value === null ? null : escapeFormula(value));

const pair = (amount: AtGroupSizes): Cell[] => [amount.atMin, amount.atMax];

function amounts(
	costs: CostsByCategory,
	budget: Pick<BudgetTotals, "totalCosts" | "revenue" | "result">,
): Cell[] {
	return [
		...budgetCategories.flatMap((category) => pair(costs[category])),
		...pair(budget.totalCosts),
		...pair(budget.revenue),
		...pair(budget.result),
	];
}

function offeringRow(offering: OfferingBudget): Cell[] {
	return [
		text(offering.intake),
		text(offering.id),
		text(offering.title),
		offering.currency,
		offering.fee,
		offering.subsidy,
		offering.participants.min,
		offering.participants.max,
		...amounts(offering.costs, offering),
		offering.breakEvenParticipants ?? "never",
		offering.communicationShare,
	];
}

function totalRow(intake: string | null, label: string, totals: BudgetTotals): Cell[] {
	return [
		text(intake),
		text(label),
		totals.currency,
		totals.offerings,
		...amounts(totals.costs, totals),
		totals.communicationShare,
	];
}

function addSheet(
	workbook: ExcelJS.Workbook,
	name: string,
	columns: readonly Column[],
	rows: readonly Cell[][],
): void {
	const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
	sheet.columns = columns.map((column) => ({
		header: column.header,
		width: column.width,
		...(column.format !== undefined && { style: { numFmt: column.format } }),
	}));
	sheet.getRow(1).font = { bold: true };
	for (const row of rows) sheet.addRow(row);
}

/**
 * The budget view as an XLSX workbook: the sheet "offerings" has one row per offering (by
 * intake) with its costs by category, revenue and result at the minimum and maximum group,
 * break-even and communication share; the sheet "totals" has the same sums per intake and for
 * all intakes, one row per currency. Amounts are numbers in the fee's currency.
 */
export async function budgetToXlsx(overview: BudgetOverview): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = "Kairos";
	addSheet(
		workbook,
		"offerings",
		offeringColumns,
		overview.intakes.flatMap((intake) => intake.offerings.map(offeringRow)),
	);
	addSheet(workbook, "totals", totalColumns, [
		...overview.intakes.flatMap((intake) =>
			intake.totals.map((totals) => totalRow(intake.intake, intake.label ?? "no intake", totals)),
		),
		...overview.totals.map((totals) => totalRow(null, "all intakes", totals)),
	]);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
