/**
 * Nothing moves after first paint: on one page of every kind, at a phone and a desktop
 * size, with the CPU slowed 4× and every script held back 1 s (so whatever a script reveals or
 * fills arrives late, as on a slow phone), the layout shifts reported by a buffered
 * PerformanceObserver over load plus two seconds add up to exactly 0. Also checks that no web
 * font is downloaded (a font swap would move text).
 *
 * Then the same pages arrive 512 bytes at a time, as over a slow connection (and as a slow CPU
 * parses them, in pieces): the browser paints each part before the rest is read, so nothing
 * already painted may depend on what comes after it (a right-packed header row, an auto-width
 * label column, a footer pinned to the bottom of the screen). These shifts too must add up to 0.
 */
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESKTOP, PHONE, startServer, useSite, type StaticServer } from "./harness.ts";
import { pageOfEveryKind } from "./pages.ts";

const site = useSite();
const PAGES = pageOfEveryKind();

/** The same dist/, its HTML sent 512 bytes at a time with 10 ms between pieces. */
let trickling: StaticServer;
beforeAll(async () => {
  trickling = await startServer(undefined, { trickle: { bytes: 512, pauseMs: 10 } });
});
afterAll(async () => {
  await trickling?.close();
});

/**
 * Opens `url` and returns the summed layout shift over load plus `settleMs`, and the shifted nodes.
 * `slow`: the CPU 4× slower and every script held back 1 s.
 */
async function measure(context: BrowserContext, url: string, { slow, settleMs }: { slow: boolean; settleMs: number }) {
  const page = await context.newPage();
  if (slow) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.route("**/*.js", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
  }
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: { value: number; nodes: string[] }[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[]) {
        if (e.hadRecentInput) continue;
        const nodes = (e.sources ?? []).map((s) => {
          const n = s.node;
          if (!(n instanceof Element)) return n?.nodeName ?? "?";
          return `<${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ""}${n.className && typeof n.className === "string" ? `.${n.className.split(/\s+/).slice(0, 3).join(".")}` : ""}>`;
        });
        w.__shifts.push({ value: e.value, nodes });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(settleMs);
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts);
  const fonts = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((r) => r.name)
      .filter((n) => /\.(woff2?|ttf|otf)(\?|$)/.test(n)),
  );
  await page.close();
  return { cls: shifts.reduce((s, e) => s + e.value, 0), shifts, fonts };
}

const SIZES = [
  ["360×740", PHONE],
  ["1280×800", DESKTOP],
] as const;

for (const [label, device] of SIZES) {
  describe(`layout shift at ${label}, CPU 4× slower, scripts 1 s late`, () => {
    for (const sample of PAGES) {
      it(`${sample.name} (${sample.path}) shifts by exactly 0`, async () => {
        const context = await site.browser.newContext(device);
        try {
          const { cls, shifts, fonts } = await measure(context, site.server.url + sample.path, { slow: true, settleMs: 2000 });
          expect(cls, `${sample.name} at ${label}: CLS ${cls.toFixed(4)}${describeShifts(shifts)}`).toBe(0);
          expect(fonts, "web fonts downloaded (a swap would move text)").toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  });

  describe(`layout shift at ${label}, HTML arriving 512 bytes at a time`, () => {
    for (const sample of PAGES) {
      it(`${sample.name} (${sample.path}) shifts by exactly 0`, async () => {
        const context = await site.browser.newContext(device);
        try {
          const { cls, shifts } = await measure(context, trickling.url + sample.path, { slow: false, settleMs: 300 });
          expect(cls, `${sample.name} at ${label}: CLS ${cls.toFixed(4)}${describeShifts(shifts)}`).toBe(0);
        } finally {
          await context.close();
        }
      });
    }
  });
}

/** The shifts as "value <node> <node>; …", for a failure message. */
function describeShifts(shifts: { value: number; nodes: string[] }[]): string {
  return shifts.length ? ` (${shifts.map((s) => `${s.value.toFixed(4)} ${s.nodes.join(" ")}`).join("; ")})` : "";
}
