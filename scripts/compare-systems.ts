// `pnpm compare`: the bundled example data, compared across systems. The same five (synthetic) children
// appear in the example exports of four systems (crime, intelligence, custody, missing
// persons), each in that system's own format. Each export is mapped by its reference adapter
// and evaluated with the national policy; the demo prints the markers per record and per
// person, and whether the four systems agree.
//
// Output carries file names, line numbers, codes, rule ids and paths only: never a value from
// a record. People are linked across exports by person reference, but shown by number.
import { compilePolicy, explainDecision, formatPath, nationalPolicy, taxonomyVersion } from "@cse-flags/core";
import {
  appearancesByPerson,
  flagGoldenExports,
} from "../examples/consistent-flagging/src/golden-exports.js";

const compiled = compilePolicy(nationalPolicy);
if (!compiled.ok) {
  for (const issue of compiled.issues)
    console.error(`${formatPath(issue.path) || "/"} ${issue.code}: ${issue.message}`);
  throw new Error("The national policy did not compile");
}
const policy = compiled.value;
const exports = await flagGoldenExports(policy);

console.log(
  `cse-flags demo: the same children in ${exports.length} systems' exports ` +
    `(taxonomy ${taxonomyVersion}, policy ${policy.id} ${policy.version})\n`,
);

let allReconcile = true;
for (const { system, file, result } of exports) {
  const { read, mapped, rejected } = result.reconciliation;
  allReconcile &&= read === mapped + rejected && rejected === 0;
  console.log(
    `${system}: examples/consistent-flagging/${file}: read ${read}, mapped ${mapped}, rejected ${rejected}`,
  );
  for (const { position, record, decision } of result.flagged) {
    const lines = explainDecision(decision, record);
    console.log(`  line ${position.line ?? "?"}:${lines.length === 0 ? " no marker proposed" : ""}`);
    for (const line of lines) console.log(`    ${line}`);
  }
  for (const { position, issues } of result.rejected)
    console.log(
      `  line ${position.line ?? "?"}: rejected (${issues.map((i) => i.reason ?? i.code).join(", ")})`,
    );
  console.log();
}

const systemNames = exports.map((e) => e.system);
const cell = (text: string): string => text.padEnd(38);
console.log("Markers per person, linked across the exports by person reference (line in each export):\n");
console.log(`${"person".padEnd(8)}${systemNames.map(cell).join("")}agree`);
let disagreeing = 0;
let person = 0;
let inOneSystem = 0;
for (const appearances of appearancesByPerson(exports).values()) {
  // Someone who appears in one system only (a suspect on a crime, say) has nothing to agree with.
  if (new Set(appearances.map((a) => a.system)).size < 2) {
    inOneSystem += 1;
    continue;
  }
  person += 1;
  const cells = systemNames.map((name) => {
    const found = appearances.filter((a) => a.system === name);
    if (found.length === 0) return cell("(not in this system)");
    return cell(
      found
        .map((a) => `${a.markers.length === 0 ? "none" : a.markers.join(", ")} (line ${a.line ?? "?"})`)
        .join("; "),
    );
  });
  const agree = new Set(appearances.map((a) => a.markers.join(" "))).size === 1;
  if (!agree) disagreeing += 1;
  console.log(`${`#${person}`.padEnd(8)}${cells.join("")}${agree ? "yes" : "NO"}`);
}
console.log(
  `\n${person} people appear in more than one system` +
    (inOneSystem > 0 ? ` (${inOneSystem} more in one system only)` : "") +
    ": " +
    (disagreeing === 0
      ? "every system proposes the same markers for each of them."
      : `${disagreeing} disagree.`),
);
console.log("Every proposal is suspected: a reviewer confirms or rejects it (see docs/policy.md).");
process.exitCode = disagreeing === 0 && allReconcile ? 0 : 1;
