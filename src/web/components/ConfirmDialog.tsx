import { type KeyboardEvent, type RefObject, useId, useRef } from "react";
import { useModalDialog } from "./modal-dialog.ts";

/**
 * A modal question with a confirming and a cancelling button; Escape cancels too. Shown while
 * it is rendered, the safe choice focused; when it goes, the focus goes back to `opener` (by
 * default the element that had the focus when it opened), as `useModalDialog` does.
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
	// The safe choice has the focus, so Enter does not destroy anything.
	useModalDialog(dialog, { focus: cancelButton, ...(opener && { opener }) });
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
