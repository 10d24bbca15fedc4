import { useTranslation } from "react-i18next";
import { PageTitle } from "../../components/PageTitle.tsx";

export function OfferingsPage() {
	const { t } = useTranslation();
	return <PageTitle>{t("nav.offerings")}</PageTitle>;
}
