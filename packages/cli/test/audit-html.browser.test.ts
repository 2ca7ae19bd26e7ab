import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditReport } from "../src/audit/audit-model.js";
import { renderHtml } from "../src/audit/render/render-html.js";
import { auditReportFixture } from "./audit-report-fixture.js";
import { useTempDir } from "./temp-dir.js";

const chromiumPath = "/usr/bin/chromium";
const install = "install Debian's chromium: apt-get install chromium";
const hasChromium = existsSync(chromiumPath);
/** In CI a missing browser fails the run rather than skipping the test nobody would notice. */
const inCi = Boolean(process.env.CI);

/** A file name that would run a script, load an image and start a formula if anything forgot to escape it. */
const hostileName = `<script>alert(1)</script><img src="https://example.invalid/x.png">=cmd|' /C calc'!A0.csv`;

interface Opened {
  readonly page: Page;
  /** Console messages as `type: text`. */
  readonly console: string[];
  readonly pageErrors: string[];
  readonly requests: string[];
  readonly url: string;
}

describe.skipIf(!hasChromium && !inCi)(
  `the HTML audit report in headless Chromium (skipped without ${chromiumPath}: ${install})`,
  () => {
    const temp = useTempDir();
    let browser: Browser | undefined;

    beforeAll(async () => {
      if (!hasChromium) throw new Error(`${chromiumPath} is missing: ${install}`);
      browser = await chromium.launch({
        executablePath: chromiumPath,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
      });
    });

    afterAll(async () => {
      await browser?.close();
    });

    async function open(name: string, report: AuditReport): Promise<Opened> {
      if (browser === undefined) throw new Error("the browser did not start");
      const url = pathToFileURL(temp.write(name, renderHtml(report))).href;
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const opened: Opened = { page, console: [], pageErrors: [], requests: [], url };
      page.on("console", (message) => opened.console.push(`${message.type()}: ${message.text()}`));
      page.on("pageerror", (error) => opened.pageErrors.push(error.message));
      page.on("request", (request) => opened.requests.push(request.url()));
      await page.goto(url, { waitUntil: "load" });
      return opened;
    }

    async function expectChartsDrawn(page: Page, count: number): Promise<void> {
      const charts = page.locator("svg.chart");
      await expect.poll(() => charts.count()).toBe(count);
      for (const chart of await charts.all()) {
        const box = await chart.boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(0);
        expect(box?.height ?? 0).toBeGreaterThan(0);
      }
    }

    const report = auditReportFixture({ withReferences: true, crimeFile: hostileName });

    it("renders without console errors or warnings, and asks the network for nothing", async () => {
      const { page, console, pageErrors, requests, url } = await open("audit.html", report);
      try {
        expect(console.filter((line) => /^(error|warning):/.test(line))).toEqual([]);
        expect(pageErrors).toEqual([]);
        expect(requests).toEqual([url]);
      } finally {
        await page.close();
      }
    });

    it("shows its headings, and every chart with a size", async () => {
      const { page } = await open("audit-headings.html", report);
      try {
        await expect.poll(() => page.locator("h1").allTextContents()).toEqual(["CSE flagging audit"]);
        expect(await page.locator("h2").allTextContents()).toEqual([
          "Summary",
          "Figures",
          "Findings",
          "Profile",
        ]);
        expect(await page.locator("h3").allTextContents()).toContain("Age at the event");
        await expectChartsDrawn(page, 7);
        expect(await page.getByRole("img", { name: "Findings by code" }).count()).toBe(1);
      } finally {
        await page.close();
      }
    });

    it("shows a hostile file name as text, running and loading nothing", async () => {
      const { page, requests, url } = await open("audit-hostile.html", report);
      try {
        expect(await page.locator("script").count()).toBe(0);
        expect(await page.locator("img").count()).toBe(0);
        expect(await page.locator("table").first().textContent()).toContain(hostileName);
        expect(requests).toEqual([url]);
      } finally {
        await page.close();
      }
    });

    it("draws suppressed counts, and makes a non-empty screenshot and PDF", async () => {
      const { page, console, pageErrors } = await open(
        "audit-suppressed.html",
        auditReportFixture({ suppressed: true }),
      );
      try {
        await expectChartsDrawn(page, 7);
        expect(await page.locator("article.finding").count()).toBe(0);
        expect(await page.locator("svg.chart rect[fill^='url(#']").count()).toBeGreaterThan(0);
        const screenshot = await page.screenshot({ fullPage: true });
        expect(screenshot.subarray(0, 8)).toEqual(
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        );
        expect(screenshot.length).toBeGreaterThan(20_000);

        await page.emulateMedia({ media: "print" });
        await expectChartsDrawn(page, 7);
        const pdf = await page.pdf({ format: "A4" });
        expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
        expect(console.filter((line) => /^(error|warning):/.test(line))).toEqual([]);
        expect(pageErrors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  },
);
