import { civilFromDays, type Day, daysFromCivil, toDay } from "../engine/days.ts";
import { html, join, type SafeHtml } from "../html/template.ts";
import type { OfferingReport, PlanReport } from "../model/report.ts";
import { count, percent, riskOf, sectionId } from "./html-format.ts";
import type { IntakeGroup } from "./html-groups.ts";
import { barFill, courseColour, todayColour, windowEdge, windowFill } from "./html-map-symbols.ts";

// Layout in SVG user units; the SVG scales to the page width, so these are proportions.
const width = 1160;
const chartLeft = 340;
const chartRight = width - 12;
const axisHeight = 42;
const groupHeight = 24;
const rowHeight = 20;
const barHeight = 11;
const footerHeight = 22;
const maxLabelLength = 48;
const monthNames = [
	"Jan",
	"Feb",
	"Mar",
	"Apr",
	"May",
	"Jun",
	"Jul",
	"Aug",
	"Sep",
	"Oct",
	"Nov",
	"Dec",
] as const;

interface Scale {
	/** The first day of the first month shown. */
	first: Day;
	/** The first day of the month after the last one shown. */
	last: Day;
	x(day: Day): number;
}

/**
 * The timing map as inline SVG: a month axis, each intake's decision window shaded, and per
 * offering a bar from publication to start (filled by risk) and a line from start to end.
 */
export function renderTimingMap(report: PlanReport, groups: readonly IntakeGroup[]): SafeHtml {
	if (report.offerings.length === 0) return html`<p>There are no offerings to map.</p>`;
	const scale = scaleOf(report.offerings);
	const stripes: SafeHtml[] = [];
	const bands: SafeHtml[] = [];
	const rows: SafeHtml[] = [];
	let y = axisHeight;
	for (const group of groups) {
		const top = y;
		rows.push(groupHeader(group, top));
		bands.push(windowBands(group, top, scale));
		group.offerings.forEach((offering, index) => {
			const rowTop = rowTopOf(top, index);
			rows.push(offeringRow(offering, rowTop, scale));
			// Faint stripes on every other row lead the eye from a title to its bar.
			if (index % 2 === 1) {
				stripes.push(
					html`<rect class="stripe" x="0" y="${rowTop}" width="${chartRight}" height="${rowHeight}"/>`,
				);
			}
		});
		y = rowTopOf(top, group.offerings.length);
	}
	const height = y + (report.today === undefined ? 8 : footerHeight);
	const errors = report.offerings.filter((offering) => riskOf(offering.findings) === "error");
	const warnings = report.offerings.filter((offering) => riskOf(offering.findings) === "warning");
	const summary =
		`Each intake's decision window is shaded. Each offering has a bar from its publication to its start, ` +
		`filled by its worst finding, and a line from start to end. ` +
		`${count(errors.length, "offering")} with errors, ${count(warnings.length, "offering")} with warnings.`;
	return html`<svg class="timing-map" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="timing-map-title timing-map-desc">
<title id="timing-map-title">Timing map of ${count(report.offerings.length, "offering")}, ${monthLabel(scale.first)} to ${monthLabel(scale.last - 1)}</title>
<desc id="timing-map-desc">${summary}</desc>
${stripes}
${monthAxis(scale, height)}
${join(bands, "\n")}
${join(rows, "\n")}
${report.today === undefined ? "" : todayLine(report.today, scale, height)}
</svg>`;
}

function scaleOf(offerings: readonly OfferingReport[]): Scale {
	const days = offerings.flatMap((offering) =>
		[
			offering.decisionWindow.from,
			offering.decisionWindow.to,
			offering.publication,
			offering.start,
			offering.end,
		].map(toDay),
	);
	const first = firstOfMonth(Math.min(...days));
	const last = firstOfNextMonth(Math.max(...days));
	const perDay = (chartRight - chartLeft) / (last - first);
	return { first, last, x: (day) => round(chartLeft + (day - first) * perDay) };
}

function monthAxis(scale: Scale, height: number): SafeHtml {
	const months: Day[] = [];
	for (let day = scale.first; day < scale.last; day = firstOfNextMonth(day)) months.push(day);
	const monthWidth = (chartRight - chartLeft) / months.length;
	// Label every month when there is room, else every 2nd, 3rd, 6th or 12th.
	const every = [1, 2, 3, 6, 12].find((step) => step * monthWidth >= 30) ?? 12;
	const parts = months.map((day) => {
		const { year, month } = civilFromDays(day);
		const x = scale.x(day);
		const next = scale.x(firstOfNextMonth(day));
		const january = month === 1;
		const grid = html`<line class="grid${january ? " year" : ""}" x1="${x}" y1="${axisHeight - 8}" x2="${x}" y2="${height - 4}"/>`;
		const name =
			(month - 1) % every === 0
				? html`<text class="month" x="${round((x + next) / 2)}" y="${axisHeight - 10}">${monthNames[month - 1]}</text>`
				: "";
		const yearLabel =
			january || day === scale.first
				? html`<text class="year" x="${round(x + 3)}" y="14">${year}</text>`
				: "";
		return html`${grid}${name}${yearLabel}`;
	});
	const end = scale.x(scale.last);
	return html`<g class="axis">${parts}<line class="grid" x1="${end}" y1="${axisHeight - 8}" x2="${end}" y2="${height - 4}"/><line class="baseline" x1="${chartLeft}" y1="${axisHeight}" x2="${chartRight}" y2="${axisHeight}"/></g>`;
}

function groupHeader(group: IntakeGroup, top: number): SafeHtml {
	const text = `${group.label} · ${count(group.offerings.length, "offering")}`;
	return html`<g class="intake"><line class="intake-rule" x1="0" y1="${top}" x2="${chartRight}" y2="${top}"/><text class="intake-label" x="4" y="${top + 16}">${text}</text></g>`;
}

/** One band across the group when its offerings share a window, else a band on each row. */
function windowBands(group: IntakeGroup, top: number, scale: Scale): SafeHtml {
	const [firstOffering] = group.offerings;
	if (firstOffering === undefined) return html``;
	const shared =
		group.intake !== null &&
		group.offerings.every(
			(offering) =>
				offering.decisionWindow.from === firstOffering.decisionWindow.from &&
				offering.decisionWindow.to === firstOffering.decisionWindow.to,
		);
	if (shared) {
		const bottom = rowTopOf(top, group.offerings.length);
		return windowBand(firstOffering.decisionWindow, group.label, top, bottom, scale, true);
	}
	const bands = group.offerings.map((offering, index) => {
		const rowTop = rowTopOf(top, index);
		return windowBand(offering.decisionWindow, offering.title, rowTop, rowTop + rowHeight, scale);
	});
	return join(bands, "\n");
}

function windowBand(
	window: { from: string; to: string },
	owner: string,
	top: number,
	bottom: number,
	scale: Scale,
	labelled = false,
): SafeHtml {
	const from = scale.x(toDay(window.from));
	// The window's last day is inside it, so the band ends where the next day begins.
	const to = scale.x(toDay(window.to) + 1);
	const tooltip = `Decision window of ${owner}: ${window.from} to ${window.to}`;
	const label =
		labelled && to - from >= 84
			? html`<text class="window-label" x="${round(from + 4)}" y="${top + 16}">decision window</text>`
			: "";
	return html`<g class="decision-window"><rect x="${from}" y="${top}" width="${round(to - from)}" height="${bottom - top}" fill="${windowFill}"><title>${tooltip}</title></rect><path d="M${from} ${top}V${bottom}M${to} ${top}V${bottom}" stroke="${windowEdge}" stroke-width="1"/>${label}</g>`;
}

/** The top of a group's `index`th offering row, below the group's header. */
function rowTopOf(groupTop: number, index: number): number {
	return groupTop + groupHeight + index * rowHeight;
}

function offeringRow(offering: OfferingReport, top: number, scale: Scale): SafeHtml {
	const risk = riskOf(offering.findings);
	const publication = scale.x(toDay(offering.publication));
	const start = scale.x(toDay(offering.start));
	const end = scale.x(toDay(offering.end) + 1);
	const middle = top + rowHeight / 2;
	const barX = Math.min(publication, start);
	const barWidth = Math.max(2, Math.abs(start - publication));
	const label = truncate(offering.title, maxLabelLength);
	const labelTitle = label === offering.title ? "" : html`<title>${offering.title}</title>`;
	return html`<a class="offering-row risk-${risk}" href="#${sectionId(offering.id)}">
<use href="#kairos-mark-${risk}" x="8" y="${middle - 6}" width="12" height="12"/>
<text class="row-label" x="26" y="${middle + 4}">${label}${labelTitle}</text>
<rect class="bar risk-${risk}" x="${barX}" y="${middle - barHeight / 2}" width="${round(barWidth)}" height="${barHeight}" rx="1.5" fill="${barFill[risk]}"><title>${barTooltip(offering)}</title></rect>
<line class="course" x1="${start}" y1="${middle}" x2="${Math.max(end, start + 2)}" y2="${middle}" stroke="${courseColour}" stroke-width="3" stroke-linecap="butt"/>
</a>`;
}

function barTooltip(offering: OfferingReport): string {
	const errors = offering.findings.filter((finding) => finding.severity === "error").length;
	const warnings = offering.findings.length - errors;
	const findings =
		offering.findings.length === 0
			? "no findings"
			: `${count(errors, "error")}, ${count(warnings, "warning")}: ${offering.findings.map((finding) => finding.code).join(", ")}`;
	return [
		`${offering.title} (${offering.id})`,
		`public ${offering.publication} → start ${offering.start}: ${count(offering.leadTimeDays, "day")} lead time`,
		`course ${offering.start} to ${offering.end}`,
		`decision window ${offering.decisionWindow.from} to ${offering.decisionWindow.to}, ${percent(offering.decisionWindowCoverage)} covered`,
		findings,
	].join("\n");
}

function todayLine(today: string, scale: Scale, height: number): SafeHtml | undefined {
	const day = toDay(today);
	if (day < scale.first || day >= scale.last) return undefined;
	const x = scale.x(day);
	// The label is centred on the line but kept inside the chart near its edges.
	const labelX = Math.min(Math.max(x, chartLeft + 50), chartRight - 50);
	return html`<g class="today"><line x1="${x}" y1="${axisHeight - 8}" x2="${x}" y2="${height - footerHeight + 4}" stroke="${todayColour}" stroke-width="2" stroke-dasharray="4 3"/><text x="${labelX}" y="${height - 6}" fill="${todayColour}">today ${today}</text></g>`;
}

function truncate(text: string, length: number): string {
	return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

function firstOfMonth(day: Day): Day {
	const { year, month } = civilFromDays(day);
	return daysFromCivil(year, month, 1);
}

function firstOfNextMonth(day: Day): Day {
	const { year, month } = civilFromDays(day);
	return month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
}

function monthLabel(day: Day): string {
	const { year, month } = civilFromDays(day);
	return `${monthNames[month - 1]} ${year}`;
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
