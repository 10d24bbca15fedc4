// Regenerates schema/plan.schema.json from the built zod schemas: `npm run schema`.
import { writeFileSync } from "node:fs";
import { planJsonSchemaText, planSchemaPath } from "../dist/model/json-schema.js";

writeFileSync(new URL(`../${planSchemaPath}`, import.meta.url), planJsonSchemaText());
console.log(`wrote ${planSchemaPath}`);
