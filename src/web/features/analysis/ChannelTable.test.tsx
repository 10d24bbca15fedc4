// @vitest-environment jsdom

import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderInApp } from "../../testing/render.tsx";
import { ChannelTable } from "./ChannelTable.tsx";

afterEach(cleanup);

const channels = [
	{ channel: "web", registrations: 30, share: 0.6 },
	{ channel: "other", registrations: 15, share: 0.3 },
	{ channel: "", registrations: 5, share: 0.1, otherChannels: 143 },
];

const rows = () =>
	within(screen.getByRole("table", { name: /channel|kanal/ }))
		.getAllByRole("row")
		.map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent));

describe("ChannelTable", () => {
	it("names the entry that sums the channels past the first by how many it sums", async () => {
		await renderInApp(<ChannelTable channels={channels} />);
		expect(rows()).toEqual([
			["Channel", "Registrations", "Share"],
			["web", "30", "60%"],
			["other", "15", "30%"],
			["143 other channels", "5", "10%"],
		]);
	});

	it("says it in Estonian too, one channel as one", async () => {
		const rest = { channel: "", registrations: 5, share: 1, otherChannels: 1 };
		await renderInApp(<ChannelTable channels={[rest]} />, { language: "et" });
		expect(rows()[1]?.[0]).toBe("1 muu kanal");
	});
});
