import { readFileSync, writeFileSync } from "node:fs";
import YAML from "yaml";

const text = readFileSync("examples/demo-school.yaml", "utf8");
const doc = YAML.parseDocument(text);
writeFileSync("/tmp/rt.yaml", doc.toString({ lineWidth: 100 }));
