// @vitest-environment jsdom

import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useRef, useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfirmDialog } from "./ConfirmDialog.tsx";

/** A button that asks before it deletes, as the offering editor's does. */
function Asking({ withOpener = false, onConfirm = () => {} }) {
	const [asking, setAsking] = useState(false);
	const button = useRef<HTMLButtonElement>(null);
	return (
		<main>
			<button type="button" ref={button} onClick={() => setAsking(true)}>
				Delete it
			</button>
			{asking && (
				<ConfirmDialog
					title="Delete it?"
					text="It goes for good."
					confirm="Delete"
					cancel="Cancel"
					{...(withOpener && { opener: button })}
					onConfirm={() => {
						setAsking(false);
						onConfirm();
					}}
					onCancel={() => setAsking(false)}
				/>
			)}
		</main>
	);
}

const opener = () => screen.getByRole("button", { name: "Delete it" });

describe("ConfirmDialog", () => {
	afterEach(cleanup);

	it("opens with the focus on the safe choice", async () => {
		render(<Asking />);
		await userEvent.click(opener());
		const dialog = screen.getByRole("dialog", { name: "Delete it?" });
		expect(dialog.getAttribute("aria-describedby")).toBeTruthy();
		expect(document.activeElement).toBe(screen.getByRole("button", { name: "Cancel" }));
	});

	it("gives the focus back to the button that opened it after Cancel", async () => {
		render(<Asking />);
		await userEvent.click(opener());
		await userEvent.click(screen.getByRole("button", { name: "Cancel" }));
		expect(screen.queryByRole("dialog")).toBeNull();
		expect(document.activeElement).toBe(opener());
	});

	it("gives the focus back after Escape", async () => {
		render(<Asking />);
		await userEvent.click(opener());
		// jsdom has no modal dialogs: the browser's cancel event on Escape, sent by hand.
		const cancel = new Event("cancel", { cancelable: true });
		fireEvent(screen.getByRole("dialog"), cancel);
		expect(cancel.defaultPrevented).toBe(true);
		expect(screen.queryByRole("dialog")).toBeNull();
		expect(document.activeElement).toBe(opener());
	});

	it("gives the focus back after the confirmation", async () => {
		const onConfirm = vi.fn();
		render(<Asking onConfirm={onConfirm} />);
		await userEvent.click(opener());
		await userEvent.click(screen.getByRole("button", { name: "Delete" }));
		expect(onConfirm).toHaveBeenCalledOnce();
		expect(document.activeElement).toBe(opener());
	});

	it("returns to the opener it is given, even when a click did not focus it", async () => {
		render(<Asking withOpener />);
		// As Safari does: a clicked button does not take the focus.
		fireEvent.click(opener());
		expect(document.activeElement).toBe(screen.getByRole("button", { name: "Cancel" }));
		fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
		expect(document.activeElement).toBe(opener());
	});

	it("keeps Tab and Shift+Tab on its two buttons", async () => {
		render(<Asking />);
		await userEvent.click(opener());
		const [confirm, cancel] = [
			screen.getByRole("button", { name: "Delete" }),
			screen.getByRole("button", { name: "Cancel" }),
		];
		await userEvent.tab();
		expect(document.activeElement).toBe(confirm);
		await userEvent.tab({ shift: true });
		expect(document.activeElement).toBe(cancel);
		await userEvent.tab({ shift: true });
		expect(document.activeElement).toBe(confirm);
		await userEvent.tab();
		expect(document.activeElement).toBe(cancel);
	});
});
