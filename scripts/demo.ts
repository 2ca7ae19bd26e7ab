// `pnpm demo`: validates the bundled example records and prints a summary.
// Prints file names, record kinds, counts and issue paths/codes only: never values.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { formatPath, parseRecord, taxonomyVersion } from "@cse-flags/core";

const root = new URL("..", import.meta.url).pathname;
const recordsDir = join(root, "examples", "records");

const files = (await readdir(recordsDir)).filter((name) => name.endsWith(".json")).sort();
let valid = 0;
console.log(`cse-flags demo: validating ${files.length} example records (taxonomy ${taxonomyVersion})\n`);
for (const name of files) {
  const path = join(recordsDir, name);
  const shown = relative(root, path);
  let input: unknown;
  try {
    input = JSON.parse(await readFile(path, "utf8"));
  } catch {
    console.log(`  x ${shown}: not valid JSON`);
    continue;
  }
  const result = parseRecord(input);
  if (!result.ok) {
    console.log(`  x ${shown}: ${result.issues.length} issue(s)`);
    for (const issue of result.issues)
      console.log(`      ${formatPath(issue.path) || "/"} ${issue.code}: ${issue.message}`);
    continue;
  }
  valid += 1;
  const r = result.value;
  console.log(
    `  ok ${shown}: ${r.kind} record, ${r.persons.length} person(s), ${r.offences.length} offence(s), ` +
      `${r.indicators.length} indicator(s), ${r.markers.length} marker(s) from the source, ${r.unmappedCodes.length} unmapped code(s)`,
  );
}
console.log(`\nread ${files.length}, valid ${valid}, invalid ${files.length - valid}`);
console.log("Next: the flagging policy (coming in @cse-flags/core) will propose markers for these records.");
process.exitCode = valid === files.length ? 0 : 1;
