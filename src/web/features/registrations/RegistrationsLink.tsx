import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useWorkspace } from "../workspace/WorkspaceProvider.tsx";
import { useRegistrationCounts } from "./api.ts";
import { countsText, totalOf } from "./counts-text.ts";

/** A link to an offering's registrations, saying how many there are and in which states. */
export function RegistrationsLink({ offeringId }: { offeringId: string }) {
	const { t } = useTranslation("registrations");
	const counts = useRegistrationCounts(useWorkspace().institution.id).get(offeringId);
	const total = totalOf(counts);
	return (
		<Link
			className="offering-registrations"
			to={`/offerings/${encodeURIComponent(offeringId)}/registrations`}
			title={countsText(t, counts)}
		>
			{total > 0 ? t("linkWithCount", { count: total }) : t("link")}
		</Link>
	);
}
