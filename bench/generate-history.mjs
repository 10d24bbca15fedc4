/**
 * Generated histories (past offerings, docs/plan-file.md) for `npm run bench:analysis`. The
 * output depends only on the options: a seeded PRNG stands in for Math.random.
 *
 * - `realistic`: two intakes a year (spring and autumn) over the years up to `lastYear`, the rows
 *   spread evenly over them, 20 fields, 8 channels; early publication goes with a fuller group.
 * - `adversarial`: every row in the autumn of `lastYear`, each naming an intake and a channel of
 *   its own, as a hostile import could: as many intakes in one year, and channels, as rows.
 */
import { createRandom, day, iso, weekdayOnOrAfter } from "./generate-plan.mjs";

const FIELDS = Array.from(
	{ length: 20 },
	(_, index) => `field-${String(index + 1).padStart(2, "0")}`,
);
const CHANNELS = [
	"web",
	"newsletter",
	"tootukassa",
	"partner-employer",
	"social-media",
	"radio",
	"fair",
	"referral",
];

/**
 * @param {{ rows: number, kind: "realistic" | "adversarial", lastYear: number, years?: number, seed?: number }} options
 */
export function generateHistory({ rows, kind, lastYear, years = 30, seed = 7 }) {
	const random = createRandom(seed);
	const adversarial = kind === "adversarial";
	return Array.from({ length: rows }, (_, index) => {
		// Intakes in turn, the newest first: spring then autumn of each year.
		const intakeIndex = adversarial ? 1 : index % (years * 2);
		const year = lastYear - Math.floor(intakeIndex / 2);
		const autumn = intakeIndex % 2 === 1;
		const start = weekdayOnOrAfter(
			autumn ? day(year, 9, random.int(1, 30)) : day(year, 2, random.int(1, 25)),
		);
		const early = random.chance(0.5);
		const publication = weekdayOnOrAfter(
			start - (early ? random.int(120, 190) : random.int(20, 60)),
		);
		const min = random.int(8, 10);
		const max = min + random.int(4, 6);
		const finalRegistrations = early ? random.int(min - 2, max) : random.int(2, min);
		const id = `h${String(index + 1).padStart(5, "0")}`;
		const season = autumn ? "autumn" : "spring";
		return {
			id,
			title: `Course ${id}`,
			field: random.pick(FIELDS),
			intake: adversarial ? `${season}-${year}-${id}` : `${season}-${year}`,
			publication: iso(publication),
			start: iso(start),
			participants: { min, max },
			finalRegistrations,
			...(finalRegistrations < min && random.chance(0.7) && { outcome: "cancelled" }),
			communicationSpend: random.int(1, 15) * 100,
			channels: adversarial
				? { [`channel-${id}`]: finalRegistrations }
				: channelsOf(finalRegistrations, random),
			registrations: [
				{
					date: iso(publication + Math.floor((start - publication) / 2)),
					count: Math.floor(finalRegistrations / 2),
				},
				{ date: iso(start - 1), count: finalRegistrations },
			],
		};
	});
}

/** The final registrations split over two or three of the channels. */
function channelsOf(
	/** @type {number} */ registrations,
	/** @type {ReturnType<typeof createRandom>} */ random,
) {
	/** @type {Record<string, number>} */
	const channels = {};
	let left = registrations;
	for (let part = 0; part < 3 && left > 0; part++) {
		const channel = random.pick(CHANNELS);
		const count = part === 2 ? left : random.int(0, left);
		channels[channel] = (channels[channel] ?? 0) + count;
		left -= count;
	}
	if (left > 0) channels.web = (channels.web ?? 0) + left;
	return channels;
}
