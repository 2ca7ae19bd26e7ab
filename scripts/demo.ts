// `pnpm demo`: validates the bundled example records and shows what the national policy
// proposes for each, with the rules and evidence paths behind it.
// Prints file names, codes, rule ids and paths only: never values from a record.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import {
  compilePolicy,
  explainDecision,
  formatPath,
  nationalPolicy,
  parseRecord,
  taxonomyVersion,
} from "@cse-flags/core";

const root = new URL("..", import.meta.url).pathname;
const recordsDir = join(root, "examples", "records");

const compiled = compilePolicy(nationalPolicy);
if (!compiled.ok) {
  for (const issue of compiled.issues)
    console.error(`${formatPath(issue.path) || "/"} ${issue.code}: ${issue.message}`);
  throw new Error("The national policy did not compile");
}
const policy = compiled.value;

const files = (await readdir(recordsDir)).filter((name) => name.endsWith(".json")).sort();
let valid = 0;
let proposals = 0;
console.log(
  `cse-flags demo: ${files.length} example records, taxonomy ${taxonomyVersion}, policy ${policy.id} ${policy.version}\n`,
);
for (const name of files) {
  const shown = relative(root, join(recordsDir, name));
  let input: unknown;
  try {
    input = JSON.parse(await readFile(join(recordsDir, name), "utf8"));
  } catch {
    console.log(`x ${shown}: not valid JSON\n`);
    continue;
  }
  const result = parseRecord(input);
  if (!result.ok) {
    console.log(`x ${shown}: ${result.issues.length} issue(s)`);
    for (const issue of result.issues)
      console.log(`    ${formatPath(issue.path) || "/"} ${issue.code}: ${issue.message}`);
    console.log();
    continue;
  }
  valid += 1;
  const record = result.value;
  const decision = policy.evaluate(record);
  proposals += decision.proposals.length;
  console.log(
    `ok ${shown}: ${record.kind} record, ${record.persons.length} person(s), ${record.offences.length} offence(s), ` +
      `${record.indicators.length} indicator(s)`,
  );
  const lines = explainDecision(decision, record);
  for (const line of lines.length > 0 ? lines : ["no marker proposed"]) console.log(`    ${line}`);
  console.log();
}
console.log(`read ${files.length}, valid ${valid}, invalid ${files.length - valid}, proposals ${proposals}`);
console.log("Every proposal is suspected: a reviewer confirms or rejects it (see docs/policy.md).");
process.exitCode = valid === files.length ? 0 : 1;
