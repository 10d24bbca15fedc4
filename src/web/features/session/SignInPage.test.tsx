// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderInApp } from "../../testing/render.tsx";
import { SignInPage } from "./SignInPage.tsx";

describe("SignInPage", () => {
	afterEach(cleanup);

	it("has the labelled fields Email and Password and a Sign in button", async () => {
		await renderInApp(<SignInPage />);
		expect(screen.getByLabelText("Email")).toHaveProperty("type", "email");
		expect(screen.getByLabelText("Password")).toHaveProperty("type", "password");
		expect(screen.getByRole("button", { name: "Sign in" })).toBeDefined();
	});

	it("speaks Estonian when asked", async () => {
		await renderInApp(<SignInPage />, { language: "et" });
		expect(screen.getByLabelText("E-post")).toBeDefined();
		expect(screen.getByRole("button", { name: "Logi sisse" })).toBeDefined();
	});
});
