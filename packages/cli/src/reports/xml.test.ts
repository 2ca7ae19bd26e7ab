import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeXml } from "./xml.js";

/** Characters XML 1.0 allows (https://www.w3.org/TR/xml/#charsets). */
const allowed = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** Undoes the five entities escapeXml writes. */
const decodeEntities = (text: string): string =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) =>
    name === "lt" ? "<" : name === "gt" ? ">" : name === "quot" ? '"' : name === "apos" ? "'" : "&",
  );

describe("escapeXml", () => {
  it("escapes the five markup characters", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;",
    );
  });

  it("escapes an ampersand that already looks like an entity", () => {
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });

  it("drops control characters and other characters XML 1.0 cannot hold, keeping tab, CR and LF", () => {
    expect(escapeXml("a\u0000b\u0001c\u001fd\u007f")).toBe("abcd\u007f");
    expect(escapeXml("\t\r\n")).toBe("\t\r\n");
    expect(escapeXml("x\uFFFEy\uFFFFz")).toBe("xyz");
    expect(escapeXml("lone \uD800 surrogate \uDC00")).toBe("lone  surrogate ");
  });

  it("keeps characters outside the Basic Multilingual Plane", () => {
    expect(escapeXml("Child A \u{1F600}")).toBe("Child A \u{1F600}");
  });

  it("never writes a raw <, an & that does not start an entity, or a character XML 1.0 forbids", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const escaped = escapeXml(text);
        expect(escaped).not.toContain("<");
        expect(escaped).not.toMatch(/&(?!(lt|gt|quot|apos|amp);)/);
        expect(escaped).not.toMatch(/["']/);
        expect(escaped).toMatch(allowed);
      }),
    );
  });

  it("loses only the forbidden characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const kept = [...text].filter((c) => allowed.test(c)).join("");
        expect(decodeEntities(escapeXml(text))).toBe(kept);
      }),
    );
  });
});
