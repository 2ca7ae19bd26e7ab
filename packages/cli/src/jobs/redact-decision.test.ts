import { readdirSync, readFileSync } from "node:fs";
import { canonicalizeRecord, compilePolicy, nationalPolicy, parseRecord } from "@cse-flags/core";
import { describe, expect, it } from "vitest";
import { redactDecision } from "./redact-decision.js";

const compiled = compilePolicy(nationalPolicy);
if (!compiled.ok) throw new Error("the national policy must compile");
const policy = compiled.value;

const examplesDir = new URL("../../../../examples/records/", import.meta.url);
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith(".json"))
  .map((name) => {
    const parsed = parseRecord(JSON.parse(readFileSync(new URL(name, examplesDir), "utf8")));
    if (!parsed.ok) throw new Error(`${name} must be a valid record`);
    return { name, record: parsed.value };
  });

describe("redactDecision", () => {
  it.each(examples)("leaves no reference or record id from $name in the decision", ({ record }) => {
    const decision = policy.evaluate(record);
    const text = JSON.stringify(redactDecision(decision, record));
    const refs = [
      record.source.recordId,
      ...record.persons.map((p) => p.ref),
      ...record.locations.map((l) => l.ref),
      ...record.vehicles.map((v) => v.ref),
    ];
    expect(decision.proposals.length).toBeGreaterThan(0);
    for (const ref of refs) expect(text).not.toContain(`"${ref}"`);
  });

  it.each(examples)(
    "names each subject of $name by the path of the same person in the canonical record",
    ({ record }) => {
      const decision = policy.evaluate(record);
      const redacted = redactDecision(decision, record);
      const canonical = canonicalizeRecord(record);
      decision.proposals.forEach((proposal, i) => {
        const subject = redacted.proposals[i]?.subject;
        if (proposal.subject.type !== "person") {
          expect(subject?.type).toBe(proposal.subject.type);
          return;
        }
        expect(subject).toMatchObject({ type: "person", role: proposal.subject.role });
        const index = Number((subject as { at: string }).at.split("/")[2]);
        expect(canonical.persons[index]?.ref).toBe(proposal.subject.ref);
      });
      // Everything else is the decision itself.
      expect(redacted.policy).toEqual(decision.policy);
      expect(redacted.dataQuality).toEqual(decision.dataQuality);
      expect(redacted.proposals.map((p) => [p.kind, p.rules, p.evidence])).toEqual(
        decision.proposals.map((p) => [p.kind, p.rules, p.evidence]),
      );
      expect(redacted.record).toEqual({
        kind: record.kind,
        force: record.source.force,
        system: record.source.system,
      });
    },
  );
});
