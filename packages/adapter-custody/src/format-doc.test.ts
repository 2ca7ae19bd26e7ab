import { readdirSync, readFileSync } from "node:fs";
import { dateOfBirthProblems } from "@cse-flags/adapter-kit";
import { describe, expect, it } from "vitest";
import { tableAfter } from "../../../test-support/code-tables.js";

// docs/formats/custody.md is written by hand; this keeps its list of rejections true to the code.

const doc = readFileSync(new URL("../../../docs/formats/custody.md", import.meta.url), "utf8");

describe("docs/formats/custody.md", () => {
  it("lists exactly the rejection reasons the adapter's code gives", () => {
    const source = readdirSync(new URL("./", import.meta.url))
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .map((name) => readFileSync(new URL(name, import.meta.url), "utf8"))
      .join("\n");
    const given = new Set([...source.matchAll(/(?:rejectAt|reject)\(\s*"([a-z-]+)"/g)].map((m) => m[1]));
    // A date of birth the kit finds a problem with is rejected with the kit's reason.
    if (source.includes("dateOfBirthProblem(")) for (const reason of dateOfBirthProblems) given.add(reason);
    const documented = tableAfter(doc, "## Rejections").map(([reason = ""]) => reason);
    expect(given.size).toBeGreaterThan(5);
    expect([...documented].sort()).toEqual([...given].sort());
  });
});
