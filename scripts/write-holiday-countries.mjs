// Regenerates src/model/holiday-countries.ts from date-holidays: `npm run holiday-countries`.
// The model checks `institution.country` against this list, so it needs no holiday tables.
import { writeFileSync } from "node:fs";
import Holidays from "date-holidays";

const path = "src/model/holiday-countries.ts";
const codes = Object.keys(new Holidays().getCountries()).sort();
const lines = [];
for (let index = 0; index < codes.length; index += 20)
	lines.push(codes.slice(index, index + 20).join(" "));

const text = `// Generated from date-holidays by \`npm run holiday-countries\` (scripts/write-holiday-countries.mjs).
const codes = \`
${lines.join("\n")}
\`;

/** The ISO 3166-1 alpha-2 codes of the countries whose public holidays date-holidays knows. */
export const holidayCountries: ReadonlySet<string> = new Set(codes.trim().split(/\\s+/));
`;
writeFileSync(new URL(`../${path}`, import.meta.url), text);
console.log(`wrote ${path} (${codes.length} countries)`);
