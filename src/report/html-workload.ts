import { type Role, roles } from "../model/primitives.ts";
import type { WorkloadWeek } from "../model/report.ts";
import { escapeHtml } from "./html-escape.ts";
import { hours, mondayOfIsoWeek } from "./html-format.ts";

/** Above this many weeks the table is split in two, side by side, to keep it short. */
const maxWeeksInOneTable = 12;

/**
 * Planned hours against capacity, week × role. A long plan is cut into two side-by-side
 * tables so the section stays compact; over-capacity cells are marked in words too.
 */
export function renderWorkload(workload: readonly WorkloadWeek[]): string {
	if (workload.length === 0) return `<p>No planned work.</p>`;
	const shownRoles = roles.filter((role) => workload.some((cell) => cell.role === role));
	const weeks = [...new Set(workload.map((cell) => cell.week))].sort();
	const cells = new Map(workload.map((cell) => [`${cell.week} ${cell.role}`, cell]));
	// A role whose capacity never changes shows it once, in its header, instead of in every cell.
	const fixedCapacity = new Map(
		shownRoles.map((role) => [role, capacityOf(workload.filter((cell) => cell.role === role))]),
	);
	const header = `<thead><tr><th scope="col">Week</th>${shownRoles.map((role) => roleHeader(role, fixedCapacity.get(role))).join("")}</tr></thead>`;
	const perTable = weeks.length > maxWeeksInOneTable ? Math.ceil(weeks.length / 2) : weeks.length;
	const tables: string[] = [];
	for (let index = 0; index < weeks.length; index += perTable) {
		const chunk = weeks.slice(index, index + perTable);
		const rows = chunk.map((week) => {
			const values = shownRoles.map((role) =>
				renderCell(cells.get(`${week} ${role}`), fixedCapacity.get(role) !== undefined),
			);
			return `<tr><th scope="row">${escapeHtml(week)} <span class="aside">${mondayOfIsoWeek(week)}</span></th>${values.join("")}</tr>`;
		});
		const range = `${chunk[0] ?? ""} to ${chunk.at(-1) ?? ""}`;
		tables.push(
			`<table class="workload"><caption class="visually-hidden">Planned hours and capacity, ${escapeHtml(range)}</caption>${header}<tbody>${rows.join("")}</tbody></table>`,
		);
	}
	return `<div class="workload-tables">${tables.join("\n")}</div>`;
}

/** The one capacity all of a role's weeks share, or undefined when it varies or is unset. */
function capacityOf(cells: readonly WorkloadWeek[]): number | undefined {
	const capacities = new Set(cells.map((cell) => cell.capacity));
	const [only] = capacities;
	return capacities.size === 1 && only !== null && only !== undefined ? only : undefined;
}

function roleHeader(role: Role, capacity: number | undefined): string {
	const note = capacity === undefined ? "" : `<span class="capacity">/ ${hours(capacity)} h</span>`;
	return `<th scope="col">${escapeHtml(role)}${note}</th>`;
}

function renderCell(cell: WorkloadWeek | undefined, capacityInHeader: boolean): string {
	if (cell === undefined) return `<td class="empty">–</td>`;
	const capacity = cell.capacity === null || capacityInHeader ? "" : ` / ${hours(cell.capacity)}`;
	if (cell.capacity !== null && cell.hours > cell.capacity) {
		return `<td class="over"><strong>${hours(cell.hours)}</strong>${capacity} <span class="over-label">over</span></td>`;
	}
	return `<td>${hours(cell.hours)}${capacity}</td>`;
}
