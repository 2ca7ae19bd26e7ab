import { describeDocExamples } from "../../../test-support/doc-examples.js";

// Blocks marked ```ts no-run register tests, so they run as real test files instead: see
// examples/custom-adapter.
await describeDocExamples(new URL("../", import.meta.url), [
  { name: "packages/adapter-kit/README.md", url: new URL("../README.md", import.meta.url), minimum: 3 },
  {
    name: "docs/writing-an-adapter.md",
    url: new URL("../../../docs/writing-an-adapter.md", import.meta.url),
    minimum: 3,
  },
]);
