import { describeDocExamples } from "../../../test-support/doc-examples.js";

await describeDocExamples(new URL("../", import.meta.url), [
  { name: "packages/io-ts/README.md", url: new URL("../README.md", import.meta.url), minimum: 1 },
  { name: "docs/io-ts.md", url: new URL("../../../docs/io-ts.md", import.meta.url), minimum: 5 },
]);
