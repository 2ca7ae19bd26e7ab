import type { MapOptions } from "../map/map-record.js";
import type { ConformanceFixture } from "./fixtures.js";
import type { ConformanceTestName } from "./names.js";

export interface ConformanceOptions {
  /** Synthetic source data: at least one fixture, with at least one record that maps. */
  readonly fixtures: readonly ConformanceFixture[];
  /** Tests to skip, each with the reason, e.g. `{ "mapping is deterministic": "uses the clock: ticket 12" }`. */
  readonly skip?: Partial<Readonly<Record<ConformanceTestName, string>>>;
  /** Runs per property test; 100 unless given. */
  readonly numRuns?: number;
  /** Time limit per test in milliseconds; 60 seconds unless given. */
  readonly timeout?: number;
  readonly mapOptions?: MapOptions;
}
