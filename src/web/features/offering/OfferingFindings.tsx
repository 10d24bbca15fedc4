import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { applyFix, type FixAction, oneClickFixes } from "../../../engine/fixes.ts";
import type { Offering } from "../../../model/offering.ts";
import type { OfferingReport } from "../../../model/report.ts";
import { ProblemAlert } from "../../components/ProblemAlert.tsx";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { FindingItem } from "./FindingItem.tsx";
import { findingKey, goneFindings } from "./findings-diff.ts";
import { placeFixes } from "./fix-placement.ts";

/**
 * The offering's findings with their codes, messages and suggestions, and a button for each
 * one-click fix that removes one. A fix goes into the draft, so the page shows its effect at
 * once; the findings it removes are listed apart until the change is saved or discarded.
 */
export function OfferingFindings({
	offering,
	report,
	saved,
	inDraft,
}: {
	offering: Offering;
	report: OfferingReport;
	saved: OfferingReport | undefined;
	inDraft: boolean;
}) {
	const { t } = useTranslation("offering");
	const workspace = useWorkspace();
	const heading = useRef<HTMLHeadingElement>(null);
	const [error, setError] = useState<unknown>(null);
	const { preview, today, holidays } = workspace;
	const fixes = useMemo(
		() => oneClickFixes(preview, offering, { today, holidays }),
		[preview, offering, today, holidays],
	);
	const placed = placeFixes(report.findings, fixes);
	const apply = (action: FixAction) => {
		setError(null);
		workspace
			.edit(
				offering.id,
				(current) => applyFix(action, current, preview, { today, holidays }) ?? current,
			)
			// The button goes with its finding: focus stays in the list, on its heading.
			.then(() => heading.current?.focus())
			.catch(setError);
	};
	const institutionWide = workspace.report.findings.filter((finding) =>
		finding.offerings?.includes(offering.id),
	);
	const gone = inDraft && saved ? goneFindings(saved.findings, report.findings) : [];
	const label = (key: string) =>
		report.milestones.find((milestone) => milestone.key === key)?.label ?? key;
	return (
		<section aria-labelledby="offering-findings">
			<h2 id="offering-findings" ref={heading} tabIndex={-1}>
				{t("findings.title")}
			</h2>
			<ProblemAlert error={error} />
			{report.findings.length + institutionWide.length === 0 ? (
				<p>{t("findings.none")}</p>
			) : (
				<ul className="findings" aria-labelledby="offering-findings">
					{report.findings.map((finding) => (
						<FindingItem
							key={findingKey(finding)}
							finding={finding}
							milestoneLabel={finding.milestone && label(finding.milestone)}
							fixes={placed.get(findingKey(finding))}
							onFix={apply}
						/>
					))}
					{institutionWide.map((finding) => (
						<FindingItem key={finding.message} finding={finding} institutionWide />
					))}
				</ul>
			)}
			{gone.length > 0 && (
				<section aria-labelledby="findings-gone" className="findings-gone">
					<h3 id="findings-gone">
						{t("findings.gone")} <span className="badge badge-warning">{t("preview")}</span>
					</h3>
					<p>{t("findings.goneHint")}</p>
					<ul className="findings" aria-labelledby="findings-gone">
						{gone.map((finding) => (
							<FindingItem key={findingKey(finding)} finding={finding} resolved />
						))}
					</ul>
				</section>
			)}
		</section>
	);
}
