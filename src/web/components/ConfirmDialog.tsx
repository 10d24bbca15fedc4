import { useEffect, useId, useRef } from "react";

/**
 * A modal question with a confirming and a cancelling button; Escape cancels too. Shown while
 * it is rendered.
 */
export function ConfirmDialog({
	title,
	text,
	confirm,
	cancel,
	onConfirm,
	onCancel,
}: {
	title: string;
	text: string;
	confirm: string;
	cancel: string;
	onConfirm: () => void;
	onCancel: () => void;
}) {
	const dialog = useRef<HTMLDialogElement>(null);
	const cancelButton = useRef<HTMLButtonElement>(null);
	const headingId = useId();
	const textId = useId();
	useEffect(() => {
		const element = dialog.current;
		if (!element || element.open) return;
		// jsdom has no showModal; the open attribute shows it there.
		if (typeof element.showModal === "function") element.showModal();
		else element.setAttribute("open", "");
		// The safe choice has the focus, so Enter does not destroy anything.
		cancelButton.current?.focus();
	}, []);
	return (
		<dialog
			ref={dialog}
			className="confirm"
			aria-labelledby={headingId}
			aria-describedby={textId}
			onCancel={(event) => {
				event.preventDefault();
				onCancel();
			}}
		>
			<h2 id={headingId}>{title}</h2>
			<p id={textId}>{text}</p>
			<div className="actions">
				<button type="button" className="button-danger" onClick={onConfirm}>
					{confirm}
				</button>
				<button type="button" ref={cancelButton} onClick={onCancel}>
					{cancel}
				</button>
			</div>
		</dialog>
	);
}
