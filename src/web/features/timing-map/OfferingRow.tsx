import type { LabelPlacement } from "./labels.ts";
import type { MapRow } from "./layout.ts";
import { RiskMark } from "./RiskMark.tsx";
import { atStyle, spanStyle } from "./span-style.ts";

export interface RowTexts {
	risk: string;
	/** The drawing in words: the track's accessible name and tooltip. */
	summary: string;
	/** The blocker or the lateness, written beside its marker. */
	note?: { text: string; placement: LabelPlacement };
	/** Set when the course reaches learners after, or too late in, its decision window. */
	late?: string;
	/** Set when the offering has an unsaved change. */
	unsaved?: string;
}

/**
 * One offering: its mark and linked title, then its track: its own decision window when its
 * intake shares none, the part of the window it missed, the bar from publication to start
 * filled by its worst finding, the course, and the blocker it waits for.
 */
export function OfferingRow({
	row,
	texts,
	href,
}: {
	row: MapRow;
	texts: RowTexts;
	/** Turns an app path into its link (`useRouteLinks`). */
	href: (to: string) => string;
}) {
	const { offering, risk } = row;
	const to = `/offerings/${encodeURIComponent(offering.id)}`;
	return (
		<li className={row.late ? "tm-line tm-row tm-late" : "tm-line tm-row"}>
			<div className="tm-label">
				<RiskMark risk={risk} label={texts.risk} />
				<a className="tm-title" href={href(to)} data-to={to}>
					{offering.title}
				</a>
				{texts.late && <span className="tm-tag tm-tag-late">{texts.late}</span>}
				{texts.unsaved && <span className="tm-tag">{texts.unsaved}</span>}
			</div>
			<div className="tm-track" role="img" aria-label={texts.summary} title={texts.summary}>
				{row.window && <span className="tm-own-window" style={spanStyle(row.window)} />}
				{row.missed && <span className="tm-missed" style={spanStyle(row.missed)} />}
				<span className={`tm-bar tm-bar-${risk}`} style={spanStyle(row.publicSpan)} />
				<span className="tm-course" style={spanStyle(row.course)} />
				{row.blocker && <span className="tm-blocker" style={atStyle(row.blocker.at)} />}
				{texts.note && (
					<span
						className={`tm-note tm-note-${texts.note.placement.side}`}
						style={atStyle(texts.note.placement.at)}
					>
						{texts.note.text}
					</span>
				)}
			</div>
		</li>
	);
}
