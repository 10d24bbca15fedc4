import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigationType } from "react-router";

/**
 * A view's heading, which is also the browser tab's title. A view reached by a link or a
 * redirect takes the keyboard focus to its heading, so that a screen reader announces it and
 * Tab goes on from the top of the new view; the first page load and going back leave the
 * focus where the browser puts it, and a change of the view's filters (its query) leaves it
 * where it is.
 */
export function PageTitle({ children }: { children: string }) {
	const { t } = useTranslation();
	const heading = useRef<HTMLHeadingElement>(null);
	const { pathname } = useLocation();
	const arrivedBy = useNavigationType();
	const navigationType = useRef(arrivedBy);
	navigationType.current = arrivedBy;
	useEffect(() => {
		document.title = `${children} · ${t("appName")}`;
	}, [children, t]);
	// biome-ignore lint/correctness/useExhaustiveDependencies: a new path is a new view, whose heading takes the focus
	useEffect(() => {
		if (navigationType.current !== "POP") heading.current?.focus();
	}, [pathname]);
	return (
		<h1 ref={heading} tabIndex={-1}>
			{children}
		</h1>
	);
}
