import { type RefObject, useEffect } from "react";

/**
 * Opens `dialog` as a modal for as long as its component is mounted, with the focus on `focus`
 * (else where the browser puts it). When the component goes, the dialog closes and gives the
 * focus back to `opener`, by default the element that had it when the dialog opened: a dialog
 * removed while open would leave the focus on the page's body.
 */
export function useModalDialog(
	dialog: RefObject<HTMLDialogElement | null>,
	{
		focus,
		opener,
	}: {
		focus?: RefObject<HTMLElement | null>;
		/** The control that opened it: a browser that does not focus a clicked button has none. */
		opener?: RefObject<HTMLElement | null>;
	} = {},
): void {
	useEffect(() => {
		const element = dialog.current;
		if (!element || element.open) return;
		const focused = element.ownerDocument.activeElement;
		const returnTo = opener?.current ?? (focused instanceof HTMLElement ? focused : null);
		// jsdom has no showModal; the open attribute shows it there.
		if (typeof element.showModal === "function") element.showModal();
		else element.setAttribute("open", "");
		focus?.current?.focus();
		return () => {
			if (element.open && typeof element.close === "function") element.close();
			else element.removeAttribute("open");
			if (returnTo?.isConnected) returnTo.focus();
		};
	}, [dialog, focus, opener]);
}
