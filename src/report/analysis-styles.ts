import { baseStyles } from "./html-styles.ts";

/**
 * The analysis page's stylesheet: the shared rules, the plots side by side on a wide screen and
 * one under another on a narrow one, always within the page's width. Print is A4 portrait:
 * a plot or a table row is never split across two pages.
 */
export const analysisStyles = `${baseStyles}
.statements { margin: 0; padding-left: 20px; display: grid; gap: 6px; max-width: 72ch; }
.plots { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr)); gap: 16px 24px; }
.plot { margin: 0; }
.plot figcaption { font-weight: 700; margin-bottom: 4px; }
.plot svg { display: block; width: 100%; max-width: 100%; height: auto; }
.tables { display: flex; flex-wrap: wrap; gap: 12px 32px; align-items: flex-start; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; padding-right: 14px; }
.note { color: var(--muted); margin-bottom: 8px; max-width: 72ch; }

@page { size: A4; margin: 14mm 12mm; }
@media print {
	body { max-width: none; padding: 0; font-size: 9.5pt; }
	h1 { font-size: 20px; }
	h2 { margin: 12px 0 8px; break-after: avoid; }
	h3 { break-after: avoid; }
	table { font-size: 8.5pt; }
	th, td { padding: 1px 8px 1px 0; }
	/* Headings wrap, so a table of many figures stays within the page's width. */
	thead th { white-space: normal; vertical-align: bottom; }
	tr, .plot, .statements li { break-inside: avoid; }
	.plots { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px 16px; }
	.summary .number { display: inline; font-size: 15px; margin-right: 4px; }
	.summary li { padding: 3px 8px; min-width: 0; }
}
`;
