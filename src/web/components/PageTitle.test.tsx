// @vitest-environment jsdom

import { cleanup, fireEvent, screen } from "@testing-library/react";
import { Link, Route, Routes } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { renderInApp } from "../testing/render.tsx";
import { PageTitle } from "./PageTitle.tsx";

afterEach(cleanup);

function TwoViews() {
	return (
		<Routes>
			<Route
				path="/"
				element={
					<>
						<PageTitle>Timing map</PageTitle>
						<Link to="/tasks">Tasks</Link>
					</>
				}
			/>
			<Route path="/tasks" element={<PageTitle>Tasks</PageTitle>} />
		</Routes>
	);
}

describe("PageTitle", () => {
	it("names the browser tab and leaves the focus alone on the first page load", async () => {
		await renderInApp(<TwoViews />);
		expect(document.title).toBe("Timing map · Kairos");
		expect(document.activeElement).toBe(document.body);
	});

	it("takes the focus to the heading of a view reached by a link", async () => {
		await renderInApp(<TwoViews />);
		const link = screen.getByRole("link", { name: "Tasks" });
		link.focus();
		fireEvent.click(link);
		const heading = await screen.findByRole("heading", { name: "Tasks", level: 1 });
		expect(document.activeElement).toBe(heading);
		expect(document.title).toBe("Tasks · Kairos");
	});

	it("keeps the focus where it is when only the view's query changes", async () => {
		await renderInApp(
			<>
				<PageTitle>Offerings</PageTitle>
				<Link to="/?sort=risk">Sort by risk</Link>
			</>,
		);
		const link = screen.getByRole("link", { name: "Sort by risk" });
		link.focus();
		fireEvent.click(link);
		expect(document.activeElement).toBe(link);
	});
});
