import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** A view's heading, which is also the browser tab's title. */
export function PageTitle({ children }: { children: string }) {
	const { t } = useTranslation();
	useEffect(() => {
		document.title = `${children} · ${t("appName")}`;
	}, [children, t]);
	return <h1>{children}</h1>;
}
