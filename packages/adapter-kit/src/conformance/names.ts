/** The conformance tests, by the names `describeAdapterConformance` registers and `skip` takes. */
export const conformanceTestNames = [
  "the adapter definition is valid",
  "concept maps are valid",
  "mapped records pass the core schema",
  "mapping is deterministic",
  "arbitrary source records never throw",
  "malformed source records never throw",
  "rejections and issues never contain source values",
  "reconciliation holds",
  "every source field is mapped, ignored or reported",
  "every source code is mapped or reported as unmapped",
  "the source reference survives into the canonical record",
] as const;

export type ConformanceTestName = (typeof conformanceTestNames)[number];
