import { describeDocExamples } from "../../../test-support/doc-examples.js";

// Each example is written to a file under test/ and imported, so it resolves the package as a user would.
await describeDocExamples(new URL("../", import.meta.url), [
  { name: "packages/adapter-crime/README.md", url: new URL("../README.md", import.meta.url), minimum: 2 },
]);
