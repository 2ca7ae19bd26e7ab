import { describeDocExamples } from "../../../test-support/doc-examples.js";

// Blocks marked ```ts no-run are shown only: the conformance suite runs in adapter.test.ts.
await describeDocExamples(new URL("../", import.meta.url), [
  { name: "packages/adapter-custody/README.md", url: new URL("../README.md", import.meta.url), minimum: 3 },
]);
