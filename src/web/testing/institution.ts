import type { InstitutionSummary } from "../../model/api/institutions.ts";

/** The tests' institution `test-vc` as `GET /institutions` lists it, with its own `today`. */
export function testInstitution(today: string, offerings = 1): InstitutionSummary {
	return {
		id: "test-vc",
		name: "Test Vocational College",
		planVersion: 1,
		offerings,
		timezone: "Europe/Tallinn",
		languages: ["et", "en"],
		today,
	};
}
