import type { Adapter } from "@cse-flags/adapter-kit";
import type { IndicatorCode } from "@cse-flags/core";
import type { Scenario } from "./scenario.js";

/** One source export, as a file of that system would hold it. */
export interface SourceExport {
  readonly format: "csv" | "json-array";
  readonly text: string;
}

/** A records system in the consistency proof: its reference adapter and how it writes a scenario down. */
export interface SystemUnderTest {
  readonly name: "crime" | "intelligence" | "custody" | "missing-person";
  readonly adapter: Adapter;
  /** The indicator codes this system's export can express (through its concept maps). */
  readonly expressibleSigns: ReadonlySet<IndicatorCode>;
  /**
   * The scenario as this system's export (one record), or `undefined` when the system cannot
   * express one of its facts. It never drops or approximates a fact: a sign with no local
   * code means `undefined`, not a record without that sign.
   */
  render(scenario: Scenario): SourceExport | undefined;
}
