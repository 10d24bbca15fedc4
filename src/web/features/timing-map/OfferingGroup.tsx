import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useRegistrationCounts } from "../registrations/api.ts";
import { countsText } from "../registrations/counts-text.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { labelWidth, placeLabel } from "./labels.ts";
import type { MapGroup, MapRow } from "./layout.ts";
import { OfferingRow, type RowTexts } from "./OfferingRow.tsx";
import { spanStyle } from "./span-style.ts";
import { rowNote, rowSummary } from "./texts.ts";

/**
 * The offerings of one intake under its heading, its decision window shaded behind them; each
 * row's tooltip ends with its registrations per state.
 */
export function OfferingGroup({
	group,
	unsaved,
}: {
	group: MapGroup;
	/** The offerings with unsaved changes. */
	unsaved: ReadonlySet<string>;
}) {
	const { t, i18n } = useTranslation("timingMap");
	const { t: tr } = useTranslation("registrations");
	const registrations = useRegistrationCounts(useWorkspace().institution.id);
	const headingId = useId();
	const textsOf = (row: MapRow): RowTexts => {
		const note = rowNote(t, i18n.language, row);
		const counts = registrations.get(row.offering.id);
		const texts: RowTexts = {
			risk: t(`risk.${row.risk}`),
			summary: rowSummary(
				t,
				i18n.language,
				row,
				note,
				counts && t("row.registrations", { counts: countsText(tr, counts) }),
			),
		};
		if (note) {
			const marker = row.blocker?.at ?? row.publicSpan.left;
			const clearAfter = row.course.left + row.course.width;
			texts.note = {
				text: note,
				placement: placeLabel({ marker, clearAfter, width: labelWidth(note) }),
			};
		}
		if (row.late) texts.late = t("row.late");
		if (unsaved.has(row.offering.id)) texts.unsaved = t("row.unsaved");
		return texts;
	};
	return (
		<section className="tm-group" aria-labelledby={headingId}>
			{group.window && <div className="tm-group-window" style={spanStyle(group.window)} />}
			<div className="tm-line tm-group-heading">
				<h2 className="tm-label" id={headingId}>
					{group.intake?.label ?? t("group.noIntake")}
					<span className="tm-count">{t("group.count", { count: group.rows.length })}</span>
				</h2>
			</div>
			<ul className="tm-rows">
				{group.rows.map((row) => (
					<OfferingRow key={row.offering.id} row={row} texts={textsOf(row)} />
				))}
			</ul>
		</section>
	);
}
