// @vitest-environment jsdom

import { cleanup, fireEvent, screen } from "@testing-library/react";
import { Route, Routes, useLocation } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { renderInApp } from "../testing/render.tsx";
import { useRouteLinks } from "./route-links.ts";

afterEach(cleanup);

function Where() {
	return <p data-testid="where">{useLocation().pathname}</p>;
}

function List() {
	const links = useRouteLinks<HTMLUListElement>();
	return (
		<>
			<ul ref={links.ref}>
				<li>
					<a href={links.href("/offerings/a%20b")} data-to="/offerings/a%20b">
						Welding
					</a>
				</li>
				<li>
					<a href="#contact">Contact</a>
				</li>
			</ul>
			<Where />
		</>
	);
}

function renderList() {
	return renderInApp(
		<Routes>
			<Route path="*" element={<List />} />
		</Routes>,
	);
}

describe("useRouteLinks", () => {
	it("writes each link's address and follows a plain click inside the app", async () => {
		await renderList();
		const link = screen.getByRole("link", { name: "Welding" });
		expect(link.getAttribute("href")).toBe("/offerings/a%20b");
		const click = new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 });
		fireEvent(link, click);
		expect(click.defaultPrevented).toBe(true);
		expect(screen.getByTestId("where").textContent).toBe("/offerings/a%20b");
	});

	it("leaves a click with a modifier key, or on a link without a route, to the browser", async () => {
		await renderList();
		const withCtrl = new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true });
		fireEvent(screen.getByRole("link", { name: "Welding" }), withCtrl);
		const outside = new MouseEvent("click", { bubbles: true, cancelable: true });
		fireEvent(screen.getByRole("link", { name: "Contact" }), outside);
		expect(withCtrl.defaultPrevented).toBe(false);
		expect(outside.defaultPrevented).toBe(false);
		expect(screen.getByTestId("where").textContent).toBe("/");
	});
});
