import { type RefObject, useCallback, useEffect, useRef } from "react";
import { useHref, useNavigate } from "react-router";

/**
 * Plain links that the router follows, for long lists: a `<Link>` per row runs the router's
 * hooks for each of hundreds of rows, where one click listener on the list does the same.
 * Write each link as `<a href={href(to)} data-to={to}>` inside the element given `ref`; a plain
 * click on one navigates in the app, and a click with a modifier key opens it as a browser does.
 */
export function useRouteLinks<T extends HTMLElement>(): {
	ref: RefObject<T | null>;
	href: (to: string) => string;
} {
	const ref = useRef<T>(null);
	const navigate = useNavigate();
	const base = useHref("/").replace(/\/$/, "");
	useEffect(() => {
		const list = ref.current;
		if (!list) return;
		const follow = (event: MouseEvent) => {
			if (event.defaultPrevented || event.button !== 0) return;
			if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
			const link = event.target instanceof Element ? event.target.closest("a[data-to]") : null;
			const to = link?.getAttribute("data-to");
			if (!link || !to || !list.contains(link)) return;
			event.preventDefault();
			navigate(to);
		};
		list.addEventListener("click", follow);
		return () => list.removeEventListener("click", follow);
	}, [navigate]);
	const href = useCallback((to: string) => `${base}${to}`, [base]);
	return { ref, href };
}
