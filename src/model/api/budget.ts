import { z } from "zod";
import { route } from "./contract.ts";
import { institutionParams } from "./institutions.ts";

/** The media type of an XLSX workbook. */
export const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const budgetWorkbookRoute = route({
	method: "GET",
	path: "/institutions/:id/budget.xlsx",
	permission: "report:read",
	summary:
		"The budget of every offering by intake, as an XLSX workbook: costs by category, revenue and result at the minimum and maximum group, break-even, communication share, and totals per intake and overall",
	tags: ["plan"],
	params: institutionParams,
	responses: { 200: z.string().describe(`an XLSX workbook (${xlsxType})`) },
});
