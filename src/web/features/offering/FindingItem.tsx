import { useTranslation } from "react-i18next";
import type { FixAction } from "../../../engine/fixes.ts";
import type { Finding } from "../../../model/report.ts";
import { findingTexts } from "../../lib/finding-texts.ts";
import type { FindingFixes } from "./fix-placement.ts";

/** One finding: its severity and code, message and suggestion, and the buttons that fix it. */
export function FindingItem({
	finding,
	milestoneLabel,
	fixes,
	onFix,
	institutionWide = false,
	resolved = false,
}: {
	finding: Finding;
	milestoneLabel?: string | undefined;
	fixes?: FindingFixes | undefined;
	onFix?: (action: FixAction) => void;
	institutionWide?: boolean;
	resolved?: boolean;
}) {
	const { t } = useTranslation("offering");
	const { t: common, i18n } = useTranslation();
	const { message, suggestion } = findingTexts(finding, i18n);
	const classes = ["finding", `finding-${finding.severity}`, resolved && "finding-resolved"];
	return (
		<li className={classes.filter(Boolean).join(" ")}>
			<p className="finding-title">
				<span className={`badge badge-${finding.severity}`}>
					{common(`severity.${finding.severity}`)}
				</span>{" "}
				<strong>{t(`codes.${finding.code}`)}</strong> <code>{finding.code}</code>
			</p>
			{institutionWide && <p className="finding-context">{t("findings.institution")}</p>}
			{milestoneLabel !== undefined && (
				<p className="finding-context">{t("findings.milestone", { label: milestoneLabel })}</p>
			)}
			<p className="finding-message">{message}</p>
			<p className="finding-suggestion">
				<span className="finding-suggestion-label">{t("findings.suggestion")}</span> {suggestion}
			</p>
			{fixes?.alsoBy.map((action) => (
				<p key={action} className="finding-context">
					{t("findings.alsoFixed", { action: t(`fix.${action}`) })}
				</p>
			))}
			{fixes && fixes.buttons.length > 0 && onFix && (
				<div className="finding-fixes">
					{fixes.buttons.map((action) => (
						<button
							key={action}
							type="button"
							className="button-primary"
							onClick={() => onFix(action)}
						>
							{t(`fix.${action}`)}
						</button>
					))}
				</div>
			)}
		</li>
	);
}
