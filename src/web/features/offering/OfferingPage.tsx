import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { allows } from "../../../model/api/permissions.ts";
import { decisionOf } from "../../../model/offering.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { RegistrationsLink } from "../registrations/RegistrationsLink.tsx";
import { useMe } from "../session/api.ts";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { DecisionDialog } from "./DecisionDialog.tsx";
import { DecisionSection } from "./DecisionSection.tsx";
import { FillForecast } from "./FillForecast.tsx";
import { MarketingPlan } from "./MarketingPlan.tsx";
import { OfferingFigures } from "./OfferingFigures.tsx";
import { OfferingFindings } from "./OfferingFindings.tsx";
import "./offering.css";

/**
 * One offering: its key figures, its fill forecast, its go/no-go decision, its marketing plan
 * on a timeline (status, owner and date changed in place) and its findings with their one-click
 * fixes, all from the live report, so an unsaved change shows at once as a preview beside the
 * saved values; and a link to its registrations. A manager records the decision from the
 * header or at the go-no-go milestone.
 */
export function OfferingPage() {
	const { t } = useTranslation("offering");
	const { t: decisionTexts } = useTranslation("decision");
	const { offeringId = "" } = useParams();
	const workspace = useWorkspace();
	const me = useMe().data;
	const [deciding, setDeciding] = useState(false);
	const [recorded, setRecorded] = useState(false);
	// The button that opened the decision dialog, which takes the focus back when it closes.
	const opener = useRef<HTMLElement | null>(null);
	const report = workspace.report.offerings.find((entry) => entry.id === offeringId);
	const offering = workspace.preview.offerings.find((entry) => entry.id === offeringId);
	const saved = workspace.savedReport.offerings.find((entry) => entry.id === offeringId);
	const savedOffering = workspace.saved.offerings.find((entry) => entry.id === offeringId);
	if (!report || !offering) {
		return (
			<section>
				<PageTitle>{saved?.title ?? offeringId}</PageTitle>
				<p>{saved ? t("deleted") : t("notFound", { id: offeringId })}</p>
				<Link to="/offerings">{t("backToList")}</Link>
			</section>
		);
	}
	const inDraft = workspace.drafts.has(offeringId);
	const decision = savedOffering && decisionOf(savedOffering);
	// A postponed or merged course's registrants moved: that decision stands.
	const stands = decision?.outcome === "postpone" || decision?.outcome === "merge";
	const mayDecide = me ? allows(me.role, "decisions:record") && !stands : false;
	const decide = (event: { currentTarget: HTMLElement }) => {
		opener.current = event.currentTarget;
		setRecorded(false);
		setDeciding(true);
	};
	const close = () => setDeciding(false);
	const recordButton = (className?: string) => (
		<button type="button" className={className} onClick={decide}>
			{decisionTexts("record")}
		</button>
	);
	return (
		<article className="offering-page">
			<header className="offering-header">
				<PageTitle>{report.title}</PageTitle>
				<Link className="offering-edit" to={`/offerings/${encodeURIComponent(offeringId)}/edit`}>
					{t("edit")}
				</Link>
				<RegistrationsLink offeringId={offeringId} />
				{savedOffering && mayDecide && recordButton()}
			</header>
			{inDraft && (
				<div className="preview-note" role="status">
					<strong>{t("preview")}</strong>{" "}
					<span>
						{workspace.invalid.has(offeringId) ? (
							<>
								{t("previewRefused")}{" "}
								<Link to={`/offerings/${encodeURIComponent(offeringId)}/edit`}>{t("edit")}</Link>
							</>
						) : (
							t("previewHint")
						)}
					</span>
				</div>
			)}
			<p role="status" className={recorded ? "alert alert-ok" : "visually-hidden"}>
				{recorded ? decisionTexts("recorded") : ""}
			</p>
			<OfferingFigures report={report} saved={saved} />
			<FillForecast report={report} />
			{savedOffering && <DecisionSection offering={savedOffering} report={report} />}
			<MarketingPlan
				offering={offering}
				report={report}
				saved={saved}
				goNoGo={
					decision ? (
						<span className="milestone-decision">
							{decisionTexts("milestone", { outcome: decisionTexts(`short.${decision.outcome}`) })}
						</span>
					) : (
						savedOffering && mayDecide && recordButton("link-button milestone-decision")
					)
				}
			/>
			<OfferingFindings offering={offering} report={report} saved={saved} inDraft={inDraft} />
			{deciding && savedOffering && (
				<DecisionDialog
					offering={savedOffering}
					opener={opener}
					onClose={close}
					onRecorded={() => {
						setRecorded(true);
						close();
					}}
				/>
			)}
		</article>
	);
}
