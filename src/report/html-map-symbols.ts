import { html, type SafeHtml } from "../html/template.ts";
import type { Risk } from "./html-format.ts";

/** Colours with at least 4.5:1 contrast on white, so bars and markers stay legible. */
export const riskColours: Readonly<Record<Risk, string>> = {
	error: "#b42318",
	warning: "#b54708",
	none: "#067647",
};

export const windowFill = "#d1e9ff";
export const windowEdge = "#53b1fd";
export const courseColour = "#344054";
export const todayColour = "#6927da";

/** Each risk has its own fill pattern and marker shape, so colour is never the only signal. */
export const barFill: Readonly<Record<Risk, string>> = {
	error: "url(#kairos-fill-error)",
	warning: "url(#kairos-fill-warning)",
	none: riskColours.none,
};

/**
 * Patterns and marker symbols shared by the timing map and the legend. Rendered once at the
 * top of the page in a zero-size SVG, because `url(#…)` and `<use>` resolve page-wide.
 */
export function renderSvgDefs(): SafeHtml {
	return html`<svg class="svg-defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>
<pattern id="kairos-fill-error" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${riskColours.error}"/><rect width="2.2" height="6" fill="#fff" fill-opacity="0.6"/></pattern>
<pattern id="kairos-fill-warning" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="${riskColours.warning}"/><circle cx="2.5" cy="2.5" r="1.1" fill="#fff" fill-opacity="0.7"/></pattern>
<symbol id="kairos-mark-error" viewBox="0 0 12 12"><circle cx="6" cy="6" r="6" fill="${riskColours.error}"/><path d="M3.8 3.8l4.4 4.4M8.2 3.8l-4.4 4.4" stroke="#fff" stroke-width="1.7" stroke-linecap="round"/></symbol>
<symbol id="kairos-mark-warning" viewBox="0 0 12 12"><path d="M6 .6l5.6 10.6H.4z" fill="${riskColours.warning}"/><path d="M6 4.2v3.4" stroke="#fff" stroke-width="1.5" stroke-linecap="round"/><circle cx="6" cy="9.3" r=".85" fill="#fff"/></symbol>
<symbol id="kairos-mark-none" viewBox="0 0 12 12"><circle cx="6" cy="6" r="6" fill="${riskColours.none}"/><path d="M3.4 6.2l1.8 1.8 3.5-3.8" fill="none" stroke="#fff" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/></symbol>
</defs></svg>`;
}

/** A risk marker as inline SVG for HTML text; the words next to it carry the meaning. */
export function riskMark(risk: Risk, size = 12): SafeHtml {
	return html`<svg class="mark" width="${size}" height="${size}" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><use href="#kairos-mark-${risk}"/></svg>`;
}

const swatch = (body: SafeHtml): SafeHtml =>
	html`<svg class="swatch" width="32" height="14" viewBox="0 0 32 14" aria-hidden="true" focusable="false">${body}</svg>`;

const item = (graphic: SafeHtml, text: string): SafeHtml => html`<li>${graphic} ${text}</li>`;

/** The timing map's key: what the band, the bars, the line and the markers mean. */
export function renderLegend(withToday: boolean): SafeHtml {
	const window = swatch(
		html`<rect x="1" y="0" width="30" height="14" fill="${windowFill}"/><path d="M1 0v14M31 0v14" stroke="${windowEdge}"/>`,
	);
	const bar = swatch(
		html`<rect x="1" y="3" width="30" height="8" rx="1" fill="${riskColours.none}"/>`,
	);
	const course = swatch(
		html`<path d="M2 7h28" stroke="${courseColour}" stroke-width="3" stroke-linecap="round"/>`,
	);
	const today = swatch(
		html`<path d="M16 0v14" stroke="${todayColour}" stroke-width="2" stroke-dasharray="3 2"/>`,
	);
	const risks = (["error", "warning", "none"] as const).map((risk) =>
		item(
			swatch(
				html`<use href="#kairos-mark-${risk}" x="0" y="1" width="12" height="12"/><rect x="15" y="3" width="16" height="8" rx="1" fill="${barFill[risk]}"/>`,
			),
			risk === "none" ? "none" : risk,
		),
	);
	const map = [
		item(window, "decision window"),
		item(bar, "public, from publication to start"),
		item(course, "course, from start to end"),
		...(withToday ? [item(today, "today")] : []),
	];
	return html`<div class="legend" role="group" aria-label="Legend of the timing map">
<ul><li class="legend-title">Timing map:</li>${map}</ul>
<ul><li class="legend-title">Worst finding:</li>${risks}</ul>
</div>`;
}
