import { describeDocExamples } from "../../../test-support/doc-examples.js";

await describeDocExamples(new URL("../", import.meta.url), [
  { name: "packages/core/README.md", url: new URL("../README.md", import.meta.url), minimum: 5 },
  { name: "docs/policy.md", url: new URL("../../../docs/policy.md", import.meta.url), minimum: 3 },
]);
