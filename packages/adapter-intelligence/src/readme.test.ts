import { describeDocExamples } from "../../../test-support/doc-examples.js";

// The README's ```ts blocks run as tests; the conformance block (```ts no-run) runs for real
// in adapter.test.ts.
await describeDocExamples(new URL("../", import.meta.url), [
  {
    name: "packages/adapter-intelligence/README.md",
    url: new URL("../README.md", import.meta.url),
    minimum: 3,
  },
]);
