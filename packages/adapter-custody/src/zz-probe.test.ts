import { mapSourceRecord, runAdapter } from "@cse-flags/adapter-kit";
import { it } from "vitest";
import { createCustodyAdapter } from "./adapter.js";
import { blankCustodyExportRow } from "./blank-row.js";
import { custodyExportColumns } from "./source-schema.js";

const adapter = createCustodyAdapter({ force: "example-force" });
const base = { ...blankCustodyExportRow(), custody_ref: "CU-0001", arrival: "14/01/2026 19:05", detainee_ref: "CHILD-A" };
const show = (label: string, changes: Record<string, unknown>) => {
  const o = mapSourceRecord(adapter, { ...base, ...changes });
  console.log(label, o.status, o.status === "rejected" ? JSON.stringify([o.stage, o.issues]) : JSON.stringify(o.record.persons) + JSON.stringify(o.record.event));
};
async function run(text: string, format: "csv" | "json-array") {
  const out: string[] = [];
  for await (const e of runAdapter(adapter, text, { format })) out.push(JSON.stringify(e).slice(0, 400));
  return out;
}
it("probe", async () => {
  show("year0", { arrival: "01/01/0000 00:00" });
  show("year9999", { arrival: "31/12/9999 23:59" });
  show("dob0", { detainee_dob: "01/01/0000" });
  show("dob1800 age", { detainee_dob: "01/01/1800" });
  show("age 0 dob", { detainee_dob: "14/01/2026", detainee_age: "0" });
  show("age 007", { detainee_age: "007" });
  show("huge", { officer_comments: "x".repeat(5000) });
  show("unicode ref", { detainee_ref: "CHILD-Ａ" });
  show("proto", { __proto__: { x: 1 } });
  show("constructor key", { constructor: "x" });
  show("released same", { released: "14/01/2026 19:05" });
  show("oct repeated", { arrival: "25/10/2026 01:30", released: "25/10/2026 01:10" });
  show("ref dot", { custody_ref: "CU-123456789" });
  show("missing column", Object.fromEntries(Object.entries(base).filter(([k]) => k !== "custody_suite")));
  show("number cell", { detainee_age: 15 });
  show("space Y", { juvenile: " Y" });
  show("trailing space arrival", { arrival: "14/01/2026 19:05 " });
  show("lower marking", { protective_marking: "official" });
  show("co-arrested child", { co_arrested_1_ref: "CHILD-B", co_arrested_1_dob: "01/01/2012" });
  const header = custodyExportColumns.join(",");
  const row = custodyExportColumns.map((c) => (base as Record<string,string>)[c]).join(",");
  console.log("dup header", await run(`${header},custody_ref\n${row},CU-0002\n`, "csv"));
  console.log("proto header", await run(`${header},__proto__\n${row},x\n`, "csv"));
  console.log("missing col", await run(`${header.replace("custody_suite,", "")}\n${row.replace(",,", ",")}\n`, "csv"));
  console.log("bom", await run(`\uFEFF${header}\n${row}\n`, "csv"));
  console.log("crlf", await run(`${header}\r\n${row}\r\n`, "csv"));
  console.log("json nonstr", await run(JSON.stringify([{ ...base, detainee_age: 15 }]), "json-array"));
  console.log("json null", await run(JSON.stringify([{ ...base, released: null }]), "json-array"));
  console.log("json huge", (await run(JSON.stringify([{ ...base, officer_comments: "y".repeat(2_000_000) }]), "json-array")).join("\n"));
});
