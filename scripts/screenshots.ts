/**
 * `npm run screenshots [-- name…]`: full-page screenshots of one page of every kind
 * (scripts/lib/sample-pages.ts, drawn from src/lib/routing/page-kinds.ts), at a phone's width (360) and a
 * desktop's (1280), written to screenshots/<width>/<name>.png (git ignores the folder), so a
 * reviewer sees the built site without starting a browser by hand. Reads dist/ as it is: run
 * `npm run build` first. Names given on the command line (e.g. `home product`) limit the pages.
 * The search page is shown with a query and the gift list as a shared list of three products, so
 * each has something to show.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser, startServer } from "./lib/serve.ts";
import { assertBuilt, ROOT } from "./lib/dist.ts";
import { samplePages } from "./lib/sample-pages.ts";

const OUT = join(ROOT, "screenshots");
const WIDTHS = [
  { width: 360, height: 740, isMobile: true, hasTouch: true },
  { width: 1280, height: 800, isMobile: false, hasTouch: false },
];
/** Query strings for pages that look empty without one: a search, a shared gift list. */
const QUERIES: Record<string, string> = {
  search: "?q=toi",
  giftList: "?ids=toi-ly-son-phu-sinh,nuoc-mam-phuong-loan,luc-binh-gom-my-thien",
};

assertBuilt();
const only = process.argv.slice(2);
// Every kind in Vietnamese, and the English home and product page.
const pages = samplePages()
  .filter((p) => p.lang === "vi" || p.kind === "home" || p.kind === "product")
  .filter((p) => only.length === 0 || only.includes(p.name));
if (pages.length === 0) throw new Error(`no page kind named ${only.join(", ")}`);
if (only.length === 0) rmSync(OUT, { recursive: true, force: true });

const server = await startServer();
const browser = await launchBrowser();
try {
  for (const { width, height, isMobile, hasTouch } of WIDTHS) {
    const dir = join(OUT, String(width));
    mkdirSync(dir, { recursive: true });
    const context = await browser.newContext({
      viewport: { width, height },
      isMobile,
      hasTouch,
      serviceWorkers: "block",
      reducedMotion: "reduce",
    });
    for (const { name, path } of pages) {
      const page = await context.newPage();
      await page.goto(server.url + path + (QUERIES[name] ?? ""), { waitUntil: "load" });
      // Scripts fill the gift buttons and search results after load.
      await page.waitForTimeout(QUERIES[name] ? 1500 : 300);
      const file = join(dir, `${name.replace(/[^a-z0-9]+/gi, "-").replace(/-$/, "")}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${width}  ${path}${QUERIES[name] ?? ""}  → ${file.slice(ROOT.length + 1)}`);
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
