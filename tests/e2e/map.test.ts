/**
 * The province map in a real browser: every commune can be opened with a target of at least
 * 44×44 px (on the map or in the list right under it), the ringed island and a commune of the
 * highlands open their pages when tapped on the map, and the locator beside a locality's name
 * arrives at the size reserved for it.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DESKTOP, openPage, PHONE, useSite } from "./harness.ts";
import { readCollection } from "../../src/node/content/files.ts";
import { ROOT } from "../../scripts/lib/dist.ts";
import { routes } from "../../src/lib/routing/routes.ts";

const site = useSite();
const localities = readCollection(join(ROOT, "content"), "localities").map((e) => ({ id: e.id, code: e.data["code"] as string }));

for (const [label, device] of [
  ["360×740 phone", PHONE],
  ["1280×800 desktop", DESKTOP],
] as const) {
  describe(`the locality list at ${label}`, () => {
    it("gives every commune a target of at least 44×44 px, on the map or in the list, and no sideways scroll", async () => {
      const context = await site.browser.newContext(device);
      try {
        const { page, errors } = await openPage(context);
        await page.goto(site.server.url + routes.list("vi", "localities"));
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(device.viewport.width);
        const largest = await page.evaluate(() => {
          const out: Record<string, { w: number; h: number; onMap: boolean }> = {};
          for (const a of document.querySelectorAll("main a[href]")) {
            const r = a.getBoundingClientRect();
            const href = a.getAttribute("href")!;
            const best = out[href];
            if (!best || Math.min(r.width, r.height) > Math.min(best.w, best.h))
              out[href] = { w: r.width, h: r.height, onMap: a.closest("[data-province-map]") !== null };
          }
          return out;
        });
        const small = localities
          .map((l) => ({ id: l.id, target: largest[routes.locality("vi", l.id)] }))
          .filter(({ target }) => !target || target.w < 43.5 || target.h < 43.5);
        expect(small).toEqual([]);
        // The map itself: one link per commune, each painted (a box the finger can find).
        const painted = await page.$$eval("[data-province-map] > a[data-code]", (links) =>
          links.filter((a) => a.getBoundingClientRect().width > 0).map((a) => a.getAttribute("data-code")),
        );
        expect(painted.sort()).toEqual(localities.map((l) => l.code).sort());
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it("opens Lý Sơn from its ring and Măng Đen from its shape on the map", async () => {
      const context = await site.browser.newContext(device);
      try {
        const { page } = await openPage(context);
        for (const [id, target] of [
          ["ly-son", '[data-province-map] > a[data-code="21548"] circle'],
          ["mang-den", `[data-province-map] > a[data-code="${localities.find((l) => l.id === "mang-den")!.code}"] path`],
        ] as const) {
          await page.goto(site.server.url + routes.list("vi", "localities"));
          const box = (await page.locator(target).boundingBox())!;
          // The ring is 44 px across where the map is widest; on a phone the list below is the large target.
          if (id === "ly-son" && device === DESKTOP) expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(43.5);
          // Tap the middle of the shape's box (the island's ring is hollow there: the tap goes through to the ring's link).
          await page.locator(target).click({ position: { x: box.width / 2, y: box.height / 2 } });
          await page.waitForURL(`**${routes.locality("vi", id)}`);
          expect(new URL(page.url()).pathname, id).toBe(routes.locality("vi", id));
        }
      } finally {
        await context.close();
      }
    });
  });
}

describe("the locator", () => {
  it("arrives at the size its page reserved, on a locality page and a product page", async () => {
    const context = await site.browser.newContext(PHONE);
    try {
      const { page, errors } = await openPage(context);
      for (const path of [
        routes.locality("vi", "ly-son"),
        routes.locality("en", "mang-den"),
        routes.product("vi", "toi-ly-son-phu-sinh"),
      ]) {
        await page.goto(site.server.url + path, { waitUntil: "load" });
        const img = page.locator("img[data-locator]").first();
        const { natural, shown, ratio } = await img.evaluate((el: HTMLImageElement) => ({
          natural: el.naturalWidth,
          shown: el.getBoundingClientRect().width,
          ratio: el.getBoundingClientRect().height / el.getBoundingClientRect().width,
        }));
        expect(natural, path).toBeGreaterThan(0);
        expect(shown, path).toBeGreaterThan(100);
        const [w, h] = [Number(await img.getAttribute("width")), Number(await img.getAttribute("height"))];
        expect(ratio, path).toBeCloseTo(h / w, 2);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
