// A realistic, synthetic audit report for the renderers' tests and the browser test. Record
// references (`CR-0001`) and link values (`CHILD-A`) appear only in the with-references
// variant, so a test can look for them to prove they do not leak.
import type {
  AuditReport,
  Count,
  Figures,
  Finding,
  FindingRecord,
  ProfileTable,
} from "../src/audit/audit-model.js";

export interface FixtureOptions {
  /** Small counts (1 to 5) read `c` and no finding is listed. */
  readonly suppressed?: boolean;
  /** Findings carry record references and link values. */
  readonly withReferences?: boolean;
  /** The crime export's file name, everywhere it appears: a hostile name tests escaping. */
  readonly crimeFile?: string;
}

/** The values only a with-references report holds: tests assert none leaks elsewhere. */
export const referenceValues = [
  "CR-0001",
  "CR-0002",
  "CR-0003",
  "INT-0001",
  "INT-0002",
  "CHILD-A",
  "CHILD-B",
] as const;

interface RecordSpec {
  readonly place: Omit<FindingRecord, "recordId">;
  readonly recordId: string;
}

function records(specs: readonly RecordSpec[], withReferences: boolean): FindingRecord[] {
  return specs.map((spec) => (withReferences ? { ...spec.place, recordId: spec.recordId } : spec.place));
}

function findings(crimeFile: string, withReferences: boolean): Finding[] {
  const crime = (line: number, role: string, recordId: string, subject = "/persons/0"): RecordSpec => ({
    place: { file: crimeFile, index: line - 2, line, system: "crime", kind: "crime", subject, role },
    recordId,
  });
  const intelligence = (line: number, role: string, recordId: string): RecordSpec => ({
    place: {
      file: "exports/intelligence.csv",
      index: line - 2,
      line,
      system: "intelligence",
      kind: "intelligence",
      subject: "/persons/0",
      role,
    },
    recordId,
  });
  const childA = withReferences ? { personKeys: { person: ["CHILD-A"] } } : {};
  const childB = withReferences ? { personKeys: { person: ["CHILD-B"] } } : {};
  return [
    {
      code: "missing-marker",
      category: "marker",
      severity: "high",
      message: "The policy proposes CSE for person 1 in crime, which the record does not carry.",
      markers: ["CSE"],
      person: 1,
      ...childA,
      records: records([crime(4, "lacks CSE", "CR-0001")], withReferences),
      rules: ["national/cse-defining-offence"],
      evidence: ["/offences/0/homeOfficeCode", "/persons/0/ageAtEvent"],
    },
    {
      code: "unsupported-marker",
      category: "marker",
      severity: "medium",
      message: "The record carries CSE, which the policy does not propose.",
      markers: ["CSE"],
      records: records([crime(9, "carries CSE", "CR-0002", "record")], withReferences),
      rules: [],
      evidence: [],
    },
    {
      code: "cse-cce-confusion",
      category: "confusion",
      severity: "high",
      message: "The record carries CCE where the policy proposes CSE.",
      markers: ["CSE", "CCE"],
      person: 2,
      ...childB,
      records: records([intelligence(3, "carries CCE, proposes CSE", "INT-0001")], withReferences),
      rules: ["national/exchange-for-sexual-activity"],
      evidence: ["/indicators/0"],
    },
    {
      code: "cross-system-disagreement",
      category: "cross-system",
      severity: "high",
      message: "Person 1 carries CSE in intelligence but not in crime.",
      markers: ["CSE"],
      person: 1,
      ...childA,
      records: records(
        [crime(4, "lacks CSE", "CR-0001"), intelligence(7, "carries CSE", "INT-0002")],
        withReferences,
      ),
      rules: [],
      evidence: [],
    },
    {
      code: "unmapped-code",
      category: "data-quality",
      severity: "low",
      message: "A source code of the code system offence-code has no mapping.",
      markers: [],
      records: records([crime(12, "has an unmapped code", "CR-0003", "record")], withReferences),
      rules: [],
      evidence: ["/offences/1/sourceCode"],
      detail: "offence-code",
    },
  ];
}

const table = (
  id: ProfileTable["id"],
  title: string,
  unit: string,
  columns: readonly string[],
  rows: readonly [string, ...Count[]][],
): ProfileTable => ({
  id,
  title,
  unit,
  columns,
  rows: rows.map(([key, ...counts]) => ({ key, counts })),
});

function tables(): ProfileTable[] {
  return [
    table(
      "marker",
      "Markers",
      "CSE-related records",
      ["carried", "proposed"],
      [
        ["CSE", 41, 48],
        ["CSA", 12, 9],
        ["CCE", 7, 3],
        ["CE", 0, 0],
      ],
    ),
    table(
      "offence-class",
      "Offence classes",
      "CSE-related records",
      ["records"],
      [
        ["cse-defining", 22],
        ["cse-indicative-child-victim", 14],
        ["child-sexual-offence", 9],
        ["related", 4],
      ],
    ),
    table(
      "indicator",
      "Indicators",
      "children",
      ["children"],
      [
        ["missing-from-home-or-care", 17],
        ["associates-with-older-adults", 11],
        ["exchange-gifts", 6],
        ["online-grooming", 2],
      ],
    ),
    table(
      "age-band",
      "Age at the event",
      "children",
      ["children"],
      [
        ["under-13", 3],
        ["13-15", 24],
        ["16-17", 13],
        ["18-or-over", 0],
        ["unknown", 6],
      ],
    ),
    table(
      "system",
      "Systems",
      "CSE-related records",
      ["records", "CSE carried", "CSE proposed"],
      [
        ["crime", 30, 18, 25],
        ["intelligence", 19, 15, 14],
        ["custody", 6, 4, 5],
        ["missing-person", 9, 4, 4],
      ],
    ),
    table(
      "month",
      "Months",
      "CSE-related records",
      ["records"],
      [
        ["2024-01", 9],
        ["2024-02", 12],
        ["2024-03", 7],
        ["2024-04", 1],
        ["2024-05", 15],
        ["2024-06", 20],
      ],
    ),
  ];
}

const figures: Figures = {
  cseCases: 48,
  groomingCases: 21,
  traffickingCases: 4,
  groupBasedCases: 6,
  children: 40,
  repeatMissingWithIndicators: 3,
  period: { from: "2024-01", to: "2024-06" },
};

/** Counts 1 to 5 read `c`, as the builder writes them with small-count suppression. */
const suppress = (count: Count): Count =>
  typeof count === "number" && count >= 1 && count <= 5 ? "c" : count;

function suppressedFigures(given: Figures): Figures {
  return {
    ...given,
    cseCases: suppress(given.cseCases),
    groomingCases: suppress(given.groomingCases),
    traffickingCases: suppress(given.traffickingCases),
    groupBasedCases: suppress(given.groupBasedCases),
    children: suppress(given.children),
    repeatMissingWithIndicators: suppress(given.repeatMissingWithIndicators),
  };
}

/** The fixture report: four systems, five findings, six profile tables. */
export function auditReportFixture(options: FixtureOptions = {}): AuditReport {
  const suppressed = options.suppressed ?? false;
  const withReferences = options.withReferences ?? false;
  const crimeFile = options.crimeFile ?? "exports/crime.csv";
  const listed = findings(crimeFile, withReferences);
  const findingCounts = [
    { code: "missing-marker", count: 12 },
    { code: "unsupported-marker", count: 3 },
    { code: "cse-cce-confusion", count: 2 },
    { code: "cse-csa-confusion", count: 0 },
    { code: "cross-system-disagreement", count: 7 },
    { code: "unmapped-code", count: 31 },
    { code: "record-rejected", count: 2 },
  ] as const;
  const profileTables = tables();
  return {
    format: "cse-flags-audit/1",
    summary: {
      read: 214,
      audited: 212,
      rejected: 2,
      files: [
        { file: crimeFile, system: "crime", read: 80 },
        { file: "exports/intelligence.csv", system: "intelligence", read: 60 },
        { file: "exports/custody.csv", system: "custody", read: 44 },
        { file: "exports/missing-person.csv", system: "missing-person", read: 30 },
      ],
      systems: [
        { system: "crime", records: 79 },
        { system: "intelligence", records: 59 },
        { system: "custody", records: 44 },
        { system: "missing-person", records: 30 },
      ],
      linkedPeople: 57,
      taxonomyVersion: "1.0.0",
      policy: { id: "national", version: "1.0.0", layers: ["national", "example-force"] },
      linkKeys: ["person", "occurrence"],
    },
    suppressed,
    withReferences,
    findingCounts: findingCounts.map(({ code, count }) => ({
      code,
      count: suppressed ? suppress(count) : count,
    })),
    findings: suppressed ? [] : listed,
    profile: {
      figures: suppressed ? suppressedFigures(figures) : figures,
      tables: suppressed
        ? profileTables.map((t) => ({
            ...t,
            rows: t.rows.map((row) => ({ ...row, counts: row.counts.map(suppress) })),
          }))
        : profileTables,
    },
  };
}
