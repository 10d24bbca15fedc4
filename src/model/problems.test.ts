import { describe, expect, it } from "vitest";
import { pathInside, withElementId } from "./problems.ts";

describe("pathInside", () => {
	it.each([
		["offerings[3] (mig-welding).start", "start"],
		["offerings[3].pathways[0].module", "pathways[0].module"],
		["offerings[3] (mig-welding)", ""],
		["offerings[3]", ""],
		["offerings[31] (other).start", undefined],
		["intakes[3] (autumn-2027).label", undefined],
		["offerings", undefined],
	])("finds %j relative to offerings[3] as %j", (path, inside) => {
		expect(pathInside(path, "offerings[3]")).toBe(inside);
	});

	it("reads the element's id label back", () => {
		expect(pathInside(`${withElementId("intakes[0]", "autumn-2027")}.label`, "intakes[0]")).toBe(
			"label",
		);
	});
});
