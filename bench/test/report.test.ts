import { describe, expect, it } from "vitest";
import { generatedEnd, generatedStart, mergePerformanceDoc } from "../src/report/performance-doc.js";
import { evaluateTargets, type Measurements } from "../src/report/targets.js";

/** Measurements where every ratio sits exactly on its limit. */
const onTheLimit: Measurements = {
  recordCost: {
    records: 500,
    jsonParse: 4,
    parseRecord: 3,
    evaluate: 1,
    parseAndEvaluate: 4,
    ajv: 2,
    ioTs: 3,
  },
  flagRuns: {
    file: "crime.ndjson",
    records: 100_000,
    baselineMs: 1_000,
    jobs1Ms: 2_000,
    jobs2Ms: 1_250,
    jobs1PeakMb: 170,
    jobs2PeakMb: 270,
  },
  memory: {
    smallRecords: 100_000,
    largeRecords: 1_000_000,
    smallPeakMb: 150,
    largePeakMb: 187.5,
    smallJobs2PeakMb: 270,
    largeMs: 20_000,
  },
  startup: { nodeMs: 50, cliMs: 150 },
  parallelCapacity: 2,
};

const met = (m: Measurements): boolean[] => evaluateTargets(m).map((t) => t.met);

describe("evaluateTargets", () => {
  it("meets every target exactly on its limit", () => {
    expect(met(onTheLimit)).toEqual([true, true, true, true, true]);
  });

  it("misses each target when its ratio moves the wrong way, and only that one", () => {
    const worse: Measurements[] = [
      { ...onTheLimit, recordCost: { ...onTheLimit.recordCost, parseAndEvaluate: 4.4 } },
      { ...onTheLimit, flagRuns: { ...onTheLimit.flagRuns, jobs1Ms: 2_200, jobs2Ms: 1_375 } },
      { ...onTheLimit, memory: { ...onTheLimit.memory, largePeakMb: 190 } },
      { ...onTheLimit, flagRuns: { ...onTheLimit.flagRuns, jobs2Ms: 1_300 } },
      { ...onTheLimit, startup: { nodeMs: 50, cliMs: 160 } },
    ];
    worse.forEach((m, i) => {
      expect(met(m), `target ${i + 1}`).toEqual([0, 1, 2, 3, 4].map((j) => j !== i));
    });
  });

  it("misses the memory target over 200 MB even when the growth is flat", () => {
    const flatButLarge = {
      ...onTheLimit,
      memory: { ...onTheLimit.memory, smallPeakMb: 210, largePeakMb: 210 },
    };
    expect(met(flatButLarge)[2]).toBe(false);
  });
});

describe("mergePerformanceDoc", () => {
  const generated = `${generatedStart}\n\nnew run\n\n${generatedEnd}`;

  it("replaces only the generated part, keeping what was written by hand around it", () => {
    const page = `# Performance\n\nintro\n\n${generatedStart}\n\nold run\n\n${generatedEnd}\n\n## Findings\n\nby hand\n`;
    const merged = mergePerformanceDoc(page, generated);
    expect(merged).toBe(`# Performance\n\nintro\n\n${generated}\n\n## Findings\n\nby hand\n`);
  });

  it("adds the run after a page that has no markers, losing nothing", () => {
    const merged = mergePerformanceDoc("# Notes\n\nkept\n", generated);
    expect(merged.startsWith("# Notes\n\nkept\n")).toBe(true);
    expect(merged).toContain(generated);
  });

  it("writes a whole page when there is none", () => {
    expect(mergePerformanceDoc(undefined, generated)).toContain(generated);
  });
});
