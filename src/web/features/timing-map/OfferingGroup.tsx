import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useRegistrationCounts } from "../registrations/api.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import type { MapGroup } from "./layout.ts";
import { OfferingRow } from "./OfferingRow.tsx";
import { rowTexts } from "./row-texts.ts";
import { spanStyle } from "./span-style.ts";

/**
 * The offerings of one intake under its heading, its decision window shaded behind them; each
 * row's tooltip ends with its registrations per state.
 */
export function OfferingGroup({
	group,
	unsaved,
	href,
}: {
	group: MapGroup;
	/** The offerings with unsaved changes. */
	unsaved: ReadonlySet<string>;
	href: (to: string) => string;
}) {
	const { t, i18n } = useTranslation("timingMap");
	const { t: tr } = useTranslation("registrations");
	const registrations = useRegistrationCounts(useWorkspace().institution.id);
	const headingId = useId();
	const textsOf = useMemo(
		() => rowTexts({ t, tr, language: i18n.language, registrations, unsaved }),
		[t, tr, i18n.language, registrations, unsaved],
	);
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
					<OfferingRow key={row.offering.id} row={row} texts={textsOf(row)} href={href} />
				))}
			</ul>
		</section>
	);
}
