import { about } from "./about.ts";
import { accounts } from "./accounts.ts";
import { analysis } from "./analysis.ts";
import { budget } from "./budget.ts";
import { common } from "./common.ts";
import { decision } from "./decision.ts";
import { findings } from "./findings.ts";
import { importExport } from "./importExport.ts";
import { jobs } from "./jobs.ts";
import { learnerData } from "./learnerData.ts";
import { offering } from "./offering.ts";
import { offerings } from "./offerings.ts";
import { registrations } from "./registrations.ts";
import { session } from "./session.ts";
import { tasks } from "./tasks.ts";
import { timingMap } from "./timingMap.ts";
import { validation } from "./validation.ts";
import { workload } from "./workload.ts";

/** Every English text of the app, one namespace per view: the reference of every language. */
export const en = {
	about,
	accounts,
	analysis,
	budget,
	common,
	decision,
	findings,
	importExport,
	learnerData,
	jobs,
	offering,
	offerings,
	registrations,
	session,
	tasks,
	timingMap,
	validation,
	workload,
} as const;
