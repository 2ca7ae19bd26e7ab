import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parseRecord } from "../parse/parse.js";
import type { CanonicalRecord } from "../schemas/canonical-record.js";
import { canonicalizeRecord } from "./canonical-order.js";
import { compilePolicy } from "./compile-policy.js";
import { nationalPolicy } from "./national-policy.js";

// The bundled example records (synthetic) and what `cse-flags flag examples/records/*.json` shows for them.

const examplesDir = new URL("../../../../examples/records/", import.meta.url);

async function example(name: string): Promise<CanonicalRecord> {
  const parsed = parseRecord(JSON.parse(await readFile(new URL(name, examplesDir), "utf8")));
  if (!parsed.ok) expect.fail(`${name} must be a valid record`);
  return parsed.value;
}

const compiled = compilePolicy(nationalPolicy);
if (!compiled.ok) throw new Error("the national policy must compile");
const policy = compiled.value;

/** Kind, qualifiers, subject and rule ids: the part of a proposal a reader checks first. */
const summary = (record: CanonicalRecord): string[] =>
  policy
    .evaluate(record)
    .proposals.map(
      (p) =>
        `${p.kind}${p.qualifiers.map((q) => `+${q}`).join("")} ${p.subject.type}${"ref" in p.subject ? `:${p.subject.ref}` : ""}` +
        `${p.subject.type === "person" ? `:${p.subject.role}` : ""}${p.minimumRiskLevel ? ` >=${p.minimumRiskLevel}` : ""} ` +
        `<- ${p.rules.map((r) => r.id).join(",")}`,
    );

describe("the bundled example records", () => {
  it.each(["crime-0001.json", "custody-0001.json", "intelligence-0001.json", "missing-person-0001.json"])(
    "%s is already in canonical order, so evidence paths point into the file as written",
    async (name) => {
      const record = await example(name);
      expect(canonicalizeRecord(record)).toEqual(record);
    },
  );

  it("crime: an HO 71 offence with two suspects gives group-based CSE on the record, the child and both suspects", async () => {
    expect(summary(await example("crime-0001.json"))).toEqual([
      "CSE+group-based record <- cse-defining-offence,group-based",
      "CSE+group-based person:P-ADULT-X:offender <- cse-defining-offence,group-based",
      "CSE+group-based person:P-ADULT-Y:offender <- cse-defining-offence,group-based",
      // The exchange on the child gives CSE from the sign rule too: one proposal, as victim.
      "CSE+group-based person:P-CHILD-A:victim <- child-sexual-element,cse-defining-offence,group-based",
    ]);
  });

  it("custody: a juvenile detainee with shared signs only gives CE, not CSE", async () => {
    expect(summary(await example("custody-0001.json"))).toEqual([
      "CE person:P-CHILD-B:person-at-risk <- child-shared-signs",
    ]);
  });

  it("intelligence: a STRIVER report gives CSE on the record, and the child's shared signs CE on the child", async () => {
    expect(summary(await example("intelligence-0001.json"))).toEqual([
      "CSE record <- cse-operation-heading",
      "CE person:P-CHILD-A:person-at-risk <- child-shared-signs",
    ]);
  });

  it("missing person: gifts and a third episode in 90 days give CSE and repeat-missing CE", async () => {
    expect(summary(await example("missing-person-0001.json"))).toEqual([
      "CSE person:P-CHILD-A:person-at-risk <- child-sexual-element",
      "CE person:P-CHILD-A:person-at-risk >=medium <- repeat-missing-child",
    ]);
  });
});

describe("the example force overlay (examples/policy-overlays/example-force.json)", () => {
  it("compiles on the national policy and names its layer on the decisions it adds to", async () => {
    const overlay = JSON.parse(
      await readFile(
        new URL("../../../../examples/policy-overlays/example-force.json", import.meta.url),
        "utf8",
      ),
    ) as unknown;
    const withOverlay = compilePolicy(nationalPolicy, { overlays: [overlay] });
    if (!withOverlay.ok) expect.fail(JSON.stringify(withOverlay.issues));
    expect(withOverlay.value.layers.map((layer) => layer.id)).toEqual(["national", "example-force"]);
    // Two episodes in 90 days are repeat missing for this force, not nationally.
    const record = await example("missing-person-0001.json");
    const twoEpisodes: CanonicalRecord = {
      ...record,
      missingEpisode: {
        ...(record.missingEpisode as NonNullable<CanonicalRecord["missingEpisode"]>),
        priorEpisodes: [{ reportedAt: "2026-02-21" }],
      },
    };
    const local = withOverlay.value
      .evaluate(twoEpisodes)
      .proposals.map((p) => p.rules.map((r) => r.id).join(","));
    expect(local).toContain("repeat-missing-child");
    expect(summary(twoEpisodes)).not.toContain(
      "CE person:P-CHILD-A:person-at-risk >=medium <- repeat-missing-child",
    );
  });
});
