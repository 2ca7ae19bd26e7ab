/**
 * @cse-flags/adapter-kit/conformance: the tests every adapter runs, for vitest.
 *
 * ```ts
 * import { describeAdapterConformance } from "@cse-flags/adapter-kit/conformance";
 * describeAdapterConformance(myAdapter, { fixtures: [{ name: "export", input: csvText }] });
 * ```
 */

export { withCanaries } from "./conformance/canary.js";
export { type ConformanceCheck, conformanceChecks } from "./conformance/checks.js";
export type { ConformanceFixture } from "./conformance/fixtures.js";
export { type ConformanceTestName, conformanceTestNames } from "./conformance/names.js";
export { type ConformanceOptions, describeAdapterConformance } from "./conformance/suite.js";
export { arbitraryFromSchema } from "./conformance/zod-arbitrary.js";
