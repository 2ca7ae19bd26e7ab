import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultLinkConfig, type LinkConfigResult, parseLinkConfig } from "./link-config.js";

const issuesOf = (result: LinkConfigResult) => (result.ok ? [] : result.issues);
const codesAt = (result: LinkConfigResult) => issuesOf(result).map((issue) => [issue.path, issue.code]);

const key = (overrides: Record<string, unknown> = {}) => ({
  name: "nhs-number",
  entity: "person",
  paths: ["/persons/*/ref"],
  ...overrides,
});

describe("parseLinkConfig", () => {
  it("accepts the default config, unchanged", () => {
    expect(parseLinkConfig(JSON.parse(JSON.stringify(defaultLinkConfig)))).toEqual({
      ok: true,
      value: defaultLinkConfig,
    });
  });

  it("accepts keys limited to systems, with escaped and wildcard pointer segments", () => {
    const document = {
      linkKeys: [
        key({ systems: ["crime-sys", "custody-sys"] }),
        { name: "crime-ref", entity: "occurrence", paths: ["/offences/*/ref", "/a~1b/~0c"] },
      ],
    };
    expect(parseLinkConfig(document)).toEqual({ ok: true, value: document });
  });

  it("refuses a person key whose path does not read one person at a time", () => {
    const result = parseLinkConfig({ linkKeys: [key({ paths: ["/persons/*/ref", "/source/recordId"] })] });
    expect(codesAt(result)).toEqual([["/linkKeys/0/paths/1", "custom"]]);
  });

  it("refuses duplicate key names and duplicate systems", () => {
    const result = parseLinkConfig({
      linkKeys: [key({ systems: ["crime-sys", "crime-sys"] }), key({ entity: "occurrence" })],
    });
    expect(codesAt(result)).toEqual([
      ["/linkKeys/0/systems/1", "custom"],
      ["/linkKeys/1/name", "custom"],
    ]);
  });

  it.each([
    ["a bad name", { linkKeys: [key({ name: "NHS" })] }, "/linkKeys/0/name", "invalid_format"],
    ["an unknown entity", { linkKeys: [key({ entity: "vehicle" })] }, "/linkKeys/0/entity", "invalid_value"],
    ["no paths", { linkKeys: [key({ paths: [] })] }, "/linkKeys/0/paths", "too_small"],
    [
      "a path that is no pointer",
      { linkKeys: [key({ paths: ["persons/*/ref"] })] },
      "/linkKeys/0/paths/0",
      "invalid_format",
    ],
    [
      "a bad escape",
      { linkKeys: [key({ paths: ["/persons/*/~2"] })] },
      "/linkKeys/0/paths/0",
      "invalid_format",
    ],
    ["an empty system list", { linkKeys: [key({ systems: [] })] }, "/linkKeys/0/systems", "too_small"],
    ["an empty system", { linkKeys: [key({ systems: [""] })] }, "/linkKeys/0/systems/0", "too_small"],
    ["no keys", { linkKeys: [] }, "/linkKeys", "too_small"],
    ["an unknown property", { linkKeys: [key({ fuzzy: true })] }, "/linkKeys/0/fuzzy", "unrecognized_key"],
    ["a prototype key", JSON.parse('{"linkKeys":[],"__proto__":{}}'), "/__proto__", "forbidden_key"],
    ["not an object", "person", "", "invalid_type"],
  ])("refuses %s", (_, document, path, code) => {
    const result = parseLinkConfig(document);
    expect(result.ok).toBe(false);
    expect(codesAt(result)).toContainEqual([path, code]);
  });

  it("refuses more than 16 keys and more than 16 paths a key", () => {
    const keys = Array.from({ length: 17 }, (_, i) => key({ name: `key-${i}` }));
    expect(codesAt(parseLinkConfig({ linkKeys: keys }))).toEqual([["/linkKeys", "too_big"]]);
    const paths = Array.from({ length: 17 }, () => "/persons/*/ref");
    expect(codesAt(parseLinkConfig({ linkKeys: [key({ paths })] }))).toEqual([
      ["/linkKeys/0/paths", "too_big"],
    ]);
  });

  it("never throws on any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseLinkConfig(value);
        if (result.ok) return;
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          expect(issue.path === "" || issue.path.startsWith("/")).toBe(true);
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it("never quotes a value from the document in an issue", () => {
    // Values are marked so that any of them in a message or path would be found.
    const value = fc.string({ maxLength: 12 }).map((s) => `VAL-${s}`);
    const anyValue = fc.oneof(value, fc.integer(), fc.constant(null), fc.array(value, { maxLength: 3 }));
    const keyArb = fc.record(
      {
        name: anyValue,
        entity: fc.oneof(fc.constantFrom("person", "occurrence"), anyValue),
        paths: fc.oneof(
          fc.array(
            fc.oneof(
              value,
              value.map((v) => `/persons/*/${v}`),
            ),
            { maxLength: 3 },
          ),
          anyValue,
        ),
        systems: fc.oneof(fc.array(value, { maxLength: 3 }), anyValue),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.record({ linkKeys: fc.oneof(fc.array(keyArb, { maxLength: 3 }), anyValue) }),
        (document) => {
          const text = JSON.stringify(issuesOf(parseLinkConfig(document)));
          expect(text).not.toContain("VAL-");
        },
      ),
    );
  });
});
