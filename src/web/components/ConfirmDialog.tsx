import { type KeyboardEvent, type RefObject, useEffect, useId, useRef } from "react";

/**
 * A modal question with a confirming and a cancelling button; Escape cancels too. Shown while
 * it is rendered. When it goes, the focus goes back to `opener` (by default the element that
 * had the focus when it opened): the dialog is removed rather than closed, and a removed dialog
 * leaves the focus on the page's body.
 */
export function ConfirmDialog({
	title,
	text,
	confirm,
	cancel,
	onConfirm,
	onCancel,
	opener,
}: {
	title: string;
	text: string;
	confirm: string;
	cancel: string;
	onConfirm: () => void;
	onCancel: () => void;
	/** The control that opened the dialog: a browser that does not focus a clicked button has none. */
	opener?: RefObject<HTMLElement | null>;
}) {
	const dialog = useRef<HTMLDialogElement>(null);
	const confirmButton = useRef<HTMLButtonElement>(null);
	const cancelButton = useRef<HTMLButtonElement>(null);
	const headingId = useId();
	const textId = useId();
	useEffect(() => {
		const element = dialog.current;
		if (!element || element.open) return;
		const focused = element.ownerDocument.activeElement;
		const returnTo = opener?.current ?? (focused instanceof HTMLElement ? focused : null);
		// jsdom has no showModal; the open attribute shows it there.
		if (typeof element.showModal === "function") element.showModal();
		else element.setAttribute("open", "");
		// The safe choice has the focus, so Enter does not destroy anything.
		cancelButton.current?.focus();
		return () => {
			if (element.open && typeof element.close === "function") element.close();
			else element.removeAttribute("open");
			if (returnTo?.isConnected) returnTo.focus();
		};
	}, [opener]);
	/**
	 * Tab and Shift+Tab go round the two buttons: a modal dialog would otherwise hand the focus to
	 * the browser's own controls after its last button, which reads as leaving the dialog.
	 */
	const keepFocusIn = (event: KeyboardEvent<HTMLDialogElement>) => {
		if (event.key !== "Tab") return;
		const [first, last] = [confirmButton.current, cancelButton.current];
		const active = event.currentTarget.ownerDocument.activeElement;
		if (!event.shiftKey && active === last) {
			event.preventDefault();
			first?.focus();
		} else if (event.shiftKey && active === first) {
			event.preventDefault();
			last?.focus();
		}
	};
	return (
		<dialog
			ref={dialog}
			className="confirm"
			aria-labelledby={headingId}
			aria-describedby={textId}
			onKeyDown={keepFocusIn}
			onCancel={(event) => {
				event.preventDefault();
				onCancel();
			}}
		>
			<h2 id={headingId}>{title}</h2>
			<p id={textId}>{text}</p>
			<div className="actions">
				<button type="button" ref={confirmButton} className="button-danger" onClick={onConfirm}>
					{confirm}
				</button>
				<button type="button" ref={cancelButton} onClick={onCancel}>
					{cancel}
				</button>
			</div>
		</dialog>
	);
}
