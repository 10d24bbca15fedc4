import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { PageTitle } from "../../components/PageTitle.tsx";
import { RegistrationsLink } from "../registrations/RegistrationsLink.tsx";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { FillForecast } from "./FillForecast.tsx";
import { MarketingPlan } from "./MarketingPlan.tsx";
import { OfferingFigures } from "./OfferingFigures.tsx";
import { OfferingFindings } from "./OfferingFindings.tsx";
import "./offering.css";

/**
 * One offering: its key figures, its fill forecast, its marketing plan on a timeline (status, owner and date
 * changed in place) and its findings with their one-click fixes, all from the live report, so
 * an unsaved change shows at once as a preview beside the saved values; and a link to its
 * registrations.
 */
export function OfferingPage() {
	const { t } = useTranslation("offering");
	const { offeringId = "" } = useParams();
	const workspace = useWorkspace();
	const report = workspace.report.offerings.find((entry) => entry.id === offeringId);
	const offering = workspace.preview.offerings.find((entry) => entry.id === offeringId);
	const saved = workspace.savedReport.offerings.find((entry) => entry.id === offeringId);
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
	return (
		<article className="offering-page">
			<header className="offering-header">
				<PageTitle>{report.title}</PageTitle>
				<Link className="offering-edit" to={`/offerings/${encodeURIComponent(offeringId)}/edit`}>
					{t("edit")}
				</Link>
				<RegistrationsLink offeringId={offeringId} />
			</header>
			{inDraft && (
				<div className="preview-note" role="status">
					<strong>{t("preview")}</strong> <span>{t("previewHint")}</span>
				</div>
			)}
			<OfferingFigures report={report} saved={saved} />
			<FillForecast report={report} />
			<MarketingPlan offering={offering} report={report} saved={saved} />
			<OfferingFindings offering={offering} report={report} saved={saved} inDraft={inDraft} />
		</article>
	);
}
