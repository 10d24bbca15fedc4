import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { IntakeLane } from "./layout.ts";
import { atStyle, spanStyle } from "./span-style.ts";
import { laneSummary } from "./texts.ts";

/** One line per intake: its admission period, its decision window and its studies start. */
export function IntakeLanes({ lanes }: { lanes: readonly IntakeLane[] }) {
	const { t, i18n } = useTranslation("timingMap");
	const headingId = useId();
	if (lanes.length === 0) return null;
	return (
		<section className="tm-lanes" aria-labelledby={headingId}>
			<div className="tm-line tm-group-heading">
				<h2 className="tm-label" id={headingId}>
					{t("lanes.heading")}
				</h2>
			</div>
			<ul className="tm-rows">
				{lanes.map((lane) => {
					const summary = laneSummary(t, i18n.language, lane);
					return (
						<li key={lane.intake.id} className="tm-line tm-lane">
							<div className="tm-label">{lane.intake.label}</div>
							<div className="tm-track" role="img" aria-label={summary} title={summary}>
								<span className="tm-lane-window" style={spanStyle(lane.window)} />
								{lane.admission && (
									<span className="tm-admission" style={spanStyle(lane.admission.span)} />
								)}
								{lane.fullTimeGroupsConfirmed && (
									<span
										className="tm-full-time-groups"
										style={atStyle(lane.fullTimeGroupsConfirmed.at)}
									/>
								)}
								<span className="tm-studies-start" style={atStyle(lane.studiesStart)} />
							</div>
						</li>
					);
				})}
			</ul>
		</section>
	);
}
