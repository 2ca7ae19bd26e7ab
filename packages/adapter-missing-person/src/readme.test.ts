import { describeDocExamples } from "../../../test-support/doc-examples.js";

await describeDocExamples(new URL("../", import.meta.url), [
  {
    name: "packages/adapter-missing-person/README.md",
    url: new URL("../README.md", import.meta.url),
    minimum: 3,
  },
]);
