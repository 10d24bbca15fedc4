import type { PastOffering } from "../model/offering.ts";

/**
 * The example past offerings of `examples/history-template.csv` and `.xlsx`, in the demo
 * school's fields and with ids it does not use, so the template imports into
 * `examples/demo-school.yaml` as it is: a course published well before its learners' decision
 * window that filled, one published after it and cancelled, one in between, and one with the
 * required columns only.
 */
export const templateHistory: readonly PastOffering[] = [
	{
		id: "bookkeeping-2024-spring",
		title: "Bookkeeping and e-invoicing for small companies",
		field: "business",
		intake: "spring-2024",
		decisionWindow: { from: "2023-09-18", to: "2023-11-20" },
		publication: "2023-09-04",
		start: "2024-02-05",
		end: "2024-04-26",
		participants: { min: 10, max: 16 },
		finalRegistrations: 15,
		outcome: "ran",
		communicationSpend: 600,
		channels: { web: 9, partner: 4, "unemployment-fund": 2 },
		registrations: [
			{ date: "2023-10-02", count: 3 },
			{ date: "2023-11-01", count: 8 },
			{ date: "2024-01-15", count: 13 },
			{ date: "2024-02-01", count: 15 },
		],
	},
	{
		id: "mma-welding-2024-spring",
		title: "Manual metal arc welding for beginners",
		field: "engineering",
		intake: "spring-2024",
		decisionWindow: { from: "2023-09-18", to: "2023-11-20" },
		publication: "2023-12-11",
		start: "2024-02-12",
		participants: { min: 8, max: 12 },
		finalRegistrations: 5,
		outcome: "cancelled",
		communicationSpend: 250,
		channels: { web: 3, "walk-in": 2 },
		registrations: [
			{ date: "2024-01-08", count: 2 },
			{ date: "2024-02-01", count: 5 },
		],
	},
	{
		id: "haccp-2024-autumn",
		title: "Food hygiene and HACCP for kitchen staff",
		field: "hospitality",
		intake: "autumn-2024",
		decisionWindow: { from: "2024-03-25", to: "2024-06-16" },
		publication: "2024-04-22",
		start: "2024-09-16",
		participants: { min: 8, max: 16 },
		finalRegistrations: 11,
		communicationSpend: 300,
		channels: { web: 6, employer: 5 },
		registrations: [
			{ date: "2024-05-02", count: 3 },
			{ date: "2024-06-14", count: 7 },
			{ date: "2024-08-26", count: 11 },
		],
	},
	{
		id: "python-basics-2024-autumn",
		title: "Programming basics in Python",
		publication: "2024-06-20",
		start: "2024-09-30",
		participants: { min: 10, max: 16 },
		finalRegistrations: 10,
	},
];
