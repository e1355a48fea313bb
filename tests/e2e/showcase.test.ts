/**
 * A showcase, not a database: on a 360×740 phone, the first screen of the product
 * list, a group page, an occasion page and a search with results shows at least five whole
 * products, and the home page at least three, each with its picture drawn (a photo or its kind's
 * illustration). Counted in a real browser, as a visitor sees them: a card counts when all of it
 * is inside the screen. On the catalogue pages scripts are blocked, so the count is what the HTML
 * and CSS alone give (no script may be what makes the room); the search page draws its results
 * with its script.
 */
import { describe, expect, it } from "vitest";
import { PHONE, useSite } from "./harness.ts";
import { htmlFiles, page as parsed, pageKind } from "../../scripts/lib/dist.ts";
import type { PageKind } from "../../src/lib/routing/page-kinds.ts";

const site = useSite();

/** At least this many products wholly in the first screen of a page of each kind. */
const AT_LEAST: Partial<Record<PageKind, number>> = { productList: 5, group: 5, occasion: 5, home: 3 };

/** Every built page of a kind that lists products, both languages. */
function pagesOf(kind: PageKind): string[] {
  return htmlFiles()
    .filter((f) => pageKind(f) === kind && parsed(f).querySelectorAll("article[data-product-id]").length > 0)
    .map((f) => "/" + f.replace(/index\.html$/, ""));
}

/** Products wholly inside the first screen of `path` at 360×740, with whether each one's picture has been drawn. */
async function firstScreen(path: string) {
  const context = await site.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.route("**/*.js", (route) => route.abort());
  await page.goto(site.server.url + path, { waitUntil: "load" });
  const all = await page.locator("article[data-product-id]").count();
  const cards = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("article[data-product-id]")]
      .filter((card) => {
        const r = card.getBoundingClientRect();
        return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
      })
      .map((card) => {
        const img = card.querySelector("img");
        return { id: card.dataset["productId"], drawn: Boolean(img && img.complete && img.naturalWidth > 0) };
      }),
  );
  await context.close();
  return { cards, all };
}

describe("products in the first screen of a 360×740 phone", () => {
  for (const [kind, least] of Object.entries(AT_LEAST) as [PageKind, number][]) {
    it(`${kind}: at least ${least} whole products, each with its picture`, async () => {
      const paths = pagesOf(kind);
      expect(paths.length, `no ${kind} page lists products`).toBeGreaterThan(0);
      // The first three pages of the kind in each language (English names are often longer).
      const english = paths.filter((p) => p.startsWith("/en/"));
      const vietnamese = paths.filter((p) => !p.startsWith("/en/"));
      const sample = [...vietnamese.slice(0, 3), ...english.slice(0, 3)];
      const counts: string[] = [];
      for (const path of sample) {
        const { cards, all } = await firstScreen(path);
        counts.push(`${path} ${cards.length}`);
        // A group with fewer products than that shows them all.
        expect(cards.length, `${path} shows ${cards.length} whole products in its first screen`).toBeGreaterThanOrEqual(
          Math.min(least, all),
        );
        expect(
          cards.filter((c) => !c.drawn),
          `${path}: pictures not drawn`,
        ).toEqual([]);
      }
      console.log(`${kind}: ${counts.join(", ")}`);
    });
  }
});

describe("results in the first screen of a search on a 360×740 phone", () => {
  for (const [path, query] of [
    ["/tim-kiem/", "toi"],
    ["/en/search/", "coffee"],
  ] as const) {
    it(`${path}?q=${query}: at least 5 whole results, each with its picture`, async () => {
      const context = await site.browser.newContext(PHONE);
      const page = await context.newPage();
      await page.goto(`${site.server.url}${path}?q=${query}`, { waitUntil: "load" });
      await page.waitForFunction(() => document.querySelectorAll("#search-results li").length >= 5);
      const whole = () =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>("#search-results li")]
            .filter((li) => {
              const r = li.getBoundingClientRect();
              return r.top >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
            })
            .map((li) => {
              const img = li.querySelector("img");
              return Boolean(img && img.complete && img.naturalWidth > 0);
            }),
        );
      // The pictures load lazily, once the cards are laid out.
      await expect.poll(async () => (await whole()).every(Boolean), { timeout: 10_000 }).toBe(true);
      const cards = await whole();
      console.log(`search ${path}?q=${query}: ${cards.length}`);
      expect(cards.length).toBeGreaterThanOrEqual(5);
      await context.close();
    });
  }
});
