import { offsetPattern } from "../model/anchors.ts";
import type { Calendar } from "./calendar.ts";
import type { Day } from "./days.ts";

export interface Offset {
	amount: number;
	unit: "wd" | "w" | "d";
}

/** Parses `-10wd`, `+2wd`, `-3w`, `+0d`. The model has already checked the pattern. */
export function parseOffset(text: string): Offset {
	const match = offsetPattern.exec(text);
	if (!match) throw new Error(`unchecked offset ${text}`);
	const amount = Number(match[2]) * (match[1] === "-" ? -1 : 1);
	return { amount, unit: match[3] as Offset["unit"] };
}

/** Applies an offset to an anchor day: working days skip non-working days, weeks and days do not. */
export function applyOffset(anchor: Day, offset: Offset, calendar: Calendar): Day {
	switch (offset.unit) {
		case "wd":
			return calendar.addWorkingDays(anchor, offset.amount);
		case "w":
			return anchor + offset.amount * 7;
		case "d":
			return anchor + offset.amount;
	}
}
