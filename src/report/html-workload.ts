import { html, join, type SafeHtml } from "../html/template.ts";
import { type Role, roles } from "../model/primitives.ts";
import type { WorkloadWeek } from "../model/report.ts";
import { hours, mondayOfIsoWeek } from "./html-format.ts";

/** Above this many weeks the table is split in two, side by side, to keep it short. */
const maxWeeksInOneTable = 12;

/**
 * Planned hours against capacity, week × role. A long plan is cut into two side-by-side
 * tables so the section stays compact; over-capacity cells are marked in words too.
 */
export function renderWorkload(workload: readonly WorkloadWeek[]): SafeHtml {
	if (workload.length === 0) return html`<p>No planned work.</p>`;
	const shownRoles = roles.filter((role) => workload.some((cell) => cell.role === role));
	const weeks = [...new Set(workload.map((cell) => cell.week))].sort();
	const cells = new Map(workload.map((cell) => [`${cell.week} ${cell.role}`, cell]));
	// A role whose capacity never changes shows it once, in its header, instead of in every cell.
	const fixedCapacity = new Map(
		shownRoles.map((role) => [role, capacityOf(workload.filter((cell) => cell.role === role))]),
	);
	const header = html`<thead><tr><th scope="col">Week</th>${shownRoles.map((role) => roleHeader(role, fixedCapacity.get(role)))}</tr></thead>`;
	const perTable = weeks.length > maxWeeksInOneTable ? Math.ceil(weeks.length / 2) : weeks.length;
	const tables: SafeHtml[] = [];
	for (let index = 0; index < weeks.length; index += perTable) {
		const chunk = weeks.slice(index, index + perTable);
		const rows = chunk.map((week) => {
			const values = shownRoles.map((role) =>
				renderCell(cells.get(`${week} ${role}`), fixedCapacity.get(role) !== undefined),
			);
			return html`<tr><th scope="row">${week} <span class="aside">${mondayOfIsoWeek(week)}</span></th>${values}</tr>`;
		});
		const range = `${chunk[0] ?? ""} to ${chunk.at(-1) ?? ""}`;
		tables.push(
			html`<table class="workload"><caption class="visually-hidden">Planned hours and capacity, ${range}</caption>${header}<tbody>${rows}</tbody></table>`,
		);
	}
	return html`<div class="workload-tables">${join(tables, "\n")}</div>`;
}

/** The one capacity all of a role's weeks share, or undefined when it varies or is unset. */
function capacityOf(cells: readonly WorkloadWeek[]): number | undefined {
	const capacities = new Set(cells.map((cell) => cell.capacity));
	const [only] = capacities;
	return capacities.size === 1 && only !== null && only !== undefined ? only : undefined;
}

function roleHeader(role: Role, capacity: number | undefined): SafeHtml {
	const note =
		capacity === undefined ? "" : html`<span class="capacity">/ ${hours(capacity)} h</span>`;
	return html`<th scope="col">${role}${note}</th>`;
}

function renderCell(cell: WorkloadWeek | undefined, capacityInHeader: boolean): SafeHtml {
	if (cell === undefined) return html`<td class="empty">–</td>`;
	const capacity = cell.capacity === null || capacityInHeader ? "" : ` / ${hours(cell.capacity)}`;
	if (cell.capacity !== null && cell.hours > cell.capacity) {
		return html`<td class="over"><strong>${hours(cell.hours)}</strong>${capacity} <span class="over-label">over</span></td>`;
	}
	return html`<td>${hours(cell.hours)}${capacity}</td>`;
}
