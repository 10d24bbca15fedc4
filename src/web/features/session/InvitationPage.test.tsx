// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Me } from "../../../model/api/session.ts";
import { renderInApp } from "../../testing/render.tsx";
import { InvitationPage } from "./InvitationPage.tsx";

const me: Me = {
	id: "account-2",
	email: "liis@test.ee",
	name: "Liis Pärn",
	role: "marketing",
	institution: "test-vc",
	person: "liis",
	passwordChangeRequired: false,
	csrfToken: "csrf",
};

/** The invitation's two routes: read it (until it is used), and accept it once. */
function serve() {
	let used = false;
	const requests: string[] = [];
	vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
		const method = init.method ?? "GET";
		requests.push(`${method} ${url}`);
		if (method === "POST") {
			used = true;
			return Response.json(me);
		}
		if (used)
			return new Response(JSON.stringify({ title: "Not found" }), {
				status: 404,
				headers: { "content-type": "application/problem+json" },
			});
		return Response.json({
			email: me.email,
			name: me.name,
			role: me.role,
			institution: me.institution,
			institutionName: "Test Vocational College",
			expiresAt: "2027-05-10T00:00:00.000Z",
		});
	});
	return requests;
}

describe("InvitationPage", () => {
	afterEach(() => {
		cleanup();
		vi.unstubAllGlobals();
	});

	it("sets the password once and opens the app, without reading the used-up invitation again", async () => {
		const requests = serve();
		await renderInApp(
			<Routes>
				<Route path="/invitation/:token" element={<InvitationPage />} />
				<Route path="/timing-map" element={<p>The timing map</p>} />
			</Routes>,
			{ path: "/invitation/abc" },
		);
		await userEvent.type(
			await screen.findByLabelText("New password"),
			"liis has a long passphrase",
		);
		await userEvent.type(
			screen.getByLabelText("Repeat the new password"),
			"liis has a long passphrase",
		);
		await userEvent.click(screen.getByRole("button", { name: "Set password and sign in" }));
		await screen.findByText("The timing map");
		expect(requests).toEqual(["GET /api/v1/invitations/abc", "POST /api/v1/invitations/abc"]);
	});
});
