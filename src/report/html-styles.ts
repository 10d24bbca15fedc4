/**
 * The rules every Kairos page shares (the plan's report, the analysis, the yearly report):
 * colours, type, headings, the summary's figures and tables. System fonts only.
 */
export const baseStyles = `
:root {
	--text: #101828; --muted: #475467; --line: #d0d5dd; --faint: #f2f4f7;
	--error: #b42318; --error-bg: #fef3f2; --warning: #b54708; --warning-bg: #fffaeb;
	--none: #067647; --none-bg: #ecfdf3; --accent: #175cd3;
}
* { box-sizing: border-box; }
body {
	margin: 0 auto; max-width: 1200px; padding: 24px 28px 48px; color: var(--text); background: #fff;
	font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
h1, h2, h3, h4 { line-height: 1.25; margin: 0; }
h1 { font-size: 26px; }
h2 { font-size: 19px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--text); }
h3 { font-size: 16px; margin: 24px 0 10px; color: var(--muted); }
h4 { font-size: 15px; display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; }
p { margin: 0; }
a { color: var(--accent); }
code { font: 12px/1.3 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.visually-hidden {
	position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
.svg-defs { position: absolute; }
.aside { color: var(--muted); font-weight: normal; }
.nowrap { white-space: nowrap; }
.mark { vertical-align: -1px; flex: none; }

.page-header { display: grid; gap: 10px; }
.eyebrow { color: var(--muted); font-size: 13px; text-transform: uppercase; letter-spacing: .06em; }
.summary { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; margin: 4px 0 0; padding: 0; }
.summary li { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; min-width: 120px; }
.summary .number { display: block; font-size: 22px; font-weight: 700; }
.summary .errors .number { color: var(--error); }
.summary .warnings .number { color: var(--warning); }

table { border-collapse: collapse; font-size: 12.5px; }
caption { text-align: left; font-weight: 700; padding-bottom: 4px; }
th, td { text-align: left; vertical-align: top; padding: 3px 8px 3px 0; border-bottom: 1px solid #eaecf0; }
thead th { color: var(--muted); font-weight: 600; border-bottom: 1px solid var(--line); white-space: nowrap; }
.page-footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
`;

/**
 * The plan report's only stylesheet, inlined so the page works offline: the shared rules, then
 * its own. Print targets A4 landscape, drops backgrounds and keeps each offering on one page
 * where it fits.
 */
export const styles = `${baseStyles}.legend { display: flex; flex-wrap: wrap; gap: 4px 36px; font-size: 13px; color: var(--muted); }
.legend ul { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; margin: 0; padding: 0; }
.legend li { display: flex; align-items: center; gap: 6px; }
.legend .legend-title { font-weight: 700; color: var(--text); }

.timing-map { display: block; width: 100%; height: auto; font-size: 12px; }
.timing-map .grid { stroke: #eaecf0; }
.timing-map .stripe { fill: #f9fafb; }
.timing-map .grid.year { stroke: #98a2b3; }
.timing-map .baseline { stroke: #98a2b3; }
.timing-map .month { fill: var(--muted); text-anchor: middle; font-size: 11px; }
.timing-map .year { fill: var(--text); font-weight: 700; font-size: 12px; }
.timing-map .intake-rule { stroke: #98a2b3; }
.timing-map .intake-label { fill: var(--text); font-weight: 700; font-size: 13px; }
.timing-map .window-label { fill: #1849a9; font-size: 11px; font-style: italic; }
.timing-map .row-label { fill: var(--text); }
.timing-map .today text { text-anchor: middle; font-size: 11px; font-weight: 700; }
.timing-map a:hover .row-label, .timing-map a:focus .row-label { text-decoration: underline; }
.timing-map a:hover .bar { stroke: var(--text); stroke-width: 1; }

.findings { list-style: none; margin: 10px 0 0; padding: 0; display: grid; gap: 8px; }
.finding { border-left: 3px solid var(--line); padding: 2px 0 2px 10px; }
.finding.severity-error { border-color: var(--error); }
.finding.severity-warning { border-color: var(--warning); }
.finding-head { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; }
.finding .severity { font-weight: 700; text-transform: uppercase; font-size: 12px; letter-spacing: .03em; }
.severity-error .severity { color: var(--error); }
.severity-warning .severity { color: var(--warning); }
.finding-milestone { color: var(--muted); font-size: 13px; }
.suggestion-label { font-weight: 700; }
.finding-offerings { font-size: 13px; color: var(--muted); }
.no-findings { margin-top: 10px; color: var(--none); }

.offering { border: 1px solid var(--line); border-left: 5px solid var(--none); border-radius: 6px; padding: 12px 14px; margin: 0 0 14px; }
.offering.risk-error { border-left-color: var(--error); }
.offering.risk-warning { border-left-color: var(--warning); }
.offering-id { color: var(--muted); font-weight: normal; }
.risk-badge { display: inline-flex; align-items: center; gap: 4px; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; padding: 1px 8px; border-radius: 999px; border: 1px solid currentColor; }
.risk-badge.risk-error { color: var(--error); background: var(--error-bg); }
.risk-badge.risk-warning { color: var(--warning); background: var(--warning-bg); }
.risk-badge.risk-none { color: var(--none); background: var(--none-bg); }
.offering-body { display: grid; grid-template-columns: minmax(0, 0.8fr) minmax(0, 1.2fr); gap: 18px; margin-top: 10px; align-items: start; }
.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 8px 14px; margin: 0; }
.facts dt { font-size: 12px; color: var(--muted); }
.facts dd { margin: 0; font-weight: 600; }
.facts .flag-error dd { color: var(--error); }
.facts .flag-warning dd { color: var(--warning); }

.milestones { width: 100%; }
.milestones td:first-child { white-space: nowrap; font-variant-numeric: tabular-nums; }
.milestones tbody th { font-weight: 600; }
.milestones td:nth-child(3), .milestones td:nth-child(4), .milestones td:nth-child(5) { white-space: nowrap; }
.milestones .status-done { color: var(--muted); }
.milestones .status-done th { font-weight: normal; }
.milestones .flagged td:first-child { color: var(--warning); font-weight: 700; }
.missing { color: var(--warning); }

.workload-tables { display: flex; flex-wrap: wrap; gap: 12px 32px; align-items: flex-start; margin-top: 8px; }
.workload td, .workload th { font-variant-numeric: tabular-nums; white-space: nowrap; }
.workload td { text-align: right; padding-right: 14px; }
.workload thead th { text-align: right; padding-right: 14px; vertical-align: bottom; }
.workload thead th:first-child { text-align: left; }
.workload .capacity { display: block; font-weight: normal; font-size: 11px; }
.workload tbody th { font-weight: 600; }
.workload .over { color: var(--error); background: var(--error-bg); }
.workload .over-label { font-size: 11px; font-weight: 700; text-transform: uppercase; }
.workload .empty { color: #98a2b3; }

@media screen and (max-width: 800px) {
	.offering-body { grid-template-columns: 1fr; }
}
@page { size: A4 landscape; margin: 8mm 10mm; }
@media print {
	body { max-width: none; padding: 0; font-size: 9pt; }
	h1 { font-size: 20px; }
	.summary .number { display: inline; font-size: 16px; margin-right: 4px; }
	table { font-size: 8.5pt; }
	th, td { padding: 1px 8px 1px 0; }
	.legend { font-size: 8.5pt; }
	h2 { margin: 12px 0 8px; break-after: avoid; }
	.page-header { gap: 4px; }
	h3, h4 { break-after: avoid; }
	a { color: inherit; text-decoration: none; }
	.map-section { break-inside: avoid; }
	.offering { break-inside: avoid; padding: 8px 10px; margin-bottom: 8px; }
	.finding, tr { break-inside: avoid; }
	.summary li { padding: 4px 10px; }
	.workload-section { break-inside: avoid; }
	.offering-body { grid-template-columns: minmax(0, 0.7fr) minmax(0, 1.3fr); }
}
`;
