/**
 * Search benchmark: in real Chromium against a built site, the time from typing a query to the
 * first results on screen (cold: Pagefind, its WebAssembly and index loaded by that query;
 * warm: the index fragments already cached) and the bytes fetched for the first query.
 *
 *   npm run bench:search                       # the project's dist/
 *   npm run bench:search -- path/to/dist       # any built site, e.g. a 10,000-product build
 *   npm run bench:search -- --synthetic 10000  # dist/ plus 10,000 generated products, in a temp folder
 *
 * Targets: ≤ 150 ms to first results once fragments are cached; ≤ 300 KB fetched for
 * the first query on 10,000 products; ≤ 25 KB compressed search-page JavaScript before the first query.
 * Target: ≤ 1.5 s to the first results, cold cache, on Slow 4G with 4× CPU throttling (CDP
 * Network.emulateNetworkConditions and Emulation.setCPUThrottlingRate), median of five, both from
 * opening a search address (`/tim-kiem/?q=toi`) and from submitting the header's search form.
 * `--slow` runs only those, on one built site or in turns on several (`--slow dist /tmp/base-dist`:
 * a change beside its baseline); the load average is printed beside them (the 4× slowdown is relative
 * to a host that other work shares).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, CDPSession } from "playwright-core";
import { buildSearchIndex } from "../../src/node/search-index/search-index.ts";
import { launchBrowser, startServer } from "../lib/serve.ts";

/** The phone the target is measured on (the browser tests' PHONE). */
export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

export interface SearchBench {
  dist: string;
  /** Search address or header form to first results, cold cache, Slow 4G and 4× CPU (target ≤ 1.5 s). */
  slow: SlowSearch[];
  pages: number;
  /** Compressed (gzip -9) bytes of the search page's own scripts, before any query. */
  scriptBytesGzip: number;
  query: string;
  coldMs: number;
  warmMs: number;
  /** Everything the first query fetched (Pagefind and the result cards' images). */
  firstQueryBytes: number;
  /** Of which Pagefind: its JS, WebAssembly, index, filters and fragments. */
  firstQueryPagefindBytes: number;
  /**
   * The first query's bytes as a static host with gzip would send them: the test server sends
   * text files uncompressed (Pagefind's index and WebAssembly files are compressed already).
   */
  firstQueryGzipBytes: number;
  firstQueryRequests: number;
}

const SEARCH_PAGE = "tim-kiem/index.html";

/**
 * Chrome DevTools' "Slow 4G" profile: 150 ms round trip, 1.6 Mbit/s down,
 * 750 kbit/s up, and the CPU slowed 4× (a mid-range phone).
 */
export const SLOW_4G = { latency: 150, downloadKbps: 1600, uploadKbps: 750, cpuSlowdown: 4 };

/**
 * Says on the console when the first result card is drawn: `bench:first-results <ms>`, the ms
 * since the submit noted in sessionStorage under "bench:submit", else since the navigation to the
 * page (and a "first-results" mark in a trace). A console message, so the bench needs no script of Playwright's in the throttled page.
 */
export async function reportFirstResults(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      const list = document.getElementById("search-results");
      if (!list) return;
      let seen = false;
      new MutationObserver(() => {
        if (list.children.length > 0 && !seen) {
          seen = true;
          requestAnimationFrame(() => {
            console.timeStamp("first-results");
            const submit = sessionStorage.getItem("bench:submit");
            const ms = submit ? performance.timeOrigin + performance.now() - Number(submit) : performance.now();
            console.log(`bench:first-results ${ms}`);
          });
        }
      }).observe(list, { childList: true });
    });
  });
}

/** The page behind `cdp` on SLOW_4G: its network and its CPU. */
export async function slowDown(cdp: CDPSession): Promise<void> {
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: SLOW_4G.latency,
    downloadThroughput: (SLOW_4G.downloadKbps * 1000) / 8,
    uploadThroughput: (SLOW_4G.uploadKbps * 1000) / 8,
  });
  // SEARCH_BENCH_CPU=1 keeps the network's throttling only: on a busy machine, a change to what is
  // fetched when can be compared without the CPU's noise (the figures are then not the target's).
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(process.env["SEARCH_BENCH_CPU"] ?? SLOW_4G.cpuSlowdown) });
}

/**
 * Milliseconds between two characters typed into the header's box: a quick thumb on a phone's
 * keyboard (about four characters a second). SEARCH_BENCH_TYPING_MS=0 fills the box at once.
 */
export const TYPING_MS = Number(process.env["SEARCH_BENCH_TYPING_MS"] ?? 250);

/** How the visitor reaches the results: opening a search address, or the header's form on the home page. */
export type SearchEntry = "address" | "form";

export interface SlowSearch {
  query: string;
  entry: SearchEntry;
  /** Milliseconds from the navigation (address) or the submit (form) to the first result card, per run. */
  runs: number[];
  medianMs: number;
  /** The 1-minute load average before and after the runs. */
  load: [number, number];
}

/**
 * Cold cache, Slow 4G, 4× CPU, in a fresh browser context each run (its own empty cache, the
 * offline mode's service worker blocked: it would answer from its precache, and the page's network
 * throttling does not reach the worker's own fetches). Entry "form": opens the home page, turns
 * the throttling on, types `query` into the header's search box and submits it. Entry "address":
 * turns the throttling on and opens the search page with `query` in its address. Times the first
 * result card drawn on the search page. The start is stored in sessionStorage (it survives the navigation);
 * an init script notes the frame after the first card enters #search-results and says so on the
 * console: waiting with waitForFunction would have Playwright inject its own script into the
 * throttled page, several hundred milliseconds of main thread in the middle of what is measured.
 * The form's query is typed at TYPING_MS a character, as a thumb types it (the time counted starts
 * at the submit): what the page does meanwhile (the search warm-up) is part of the journey.
 */
export async function slowFirstResults(
  browser: Browser,
  origin: string,
  query: string,
  entry: SearchEntry = "form",
  runs = 5,
): Promise<SlowSearch> {
  const times: number[] = [];
  const loadBefore = loadavg()[0]!;
  for (let i = 0; i < runs; i++) {
    // SEARCH_BENCH_SW=allow: with the service worker, which a first visit registers and fills meanwhile.
    const serviceWorkers = process.env["SEARCH_BENCH_SW"] === "allow" ? "allow" : "block";
    const context = await browser.newContext({ ...PHONE, serviceWorkers });
    await reportFirstResults(context);
    try {
      const page = await context.newPage();
      const done = page.waitForEvent("console", {
        predicate: (m) => m.text().startsWith("bench:first-results "),
        timeout: 30_000,
      });
      if (entry === "address") {
        await slowDown(await context.newCDPSession(page));
        await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent(query).replace(/%20/g, "+")}`, { waitUntil: "commit" });
      } else {
        await page.goto(origin + "/");
        await page.waitForLoadState("networkidle");
        await slowDown(await context.newCDPSession(page));
        await page.locator("#site-search").pressSequentially(query, { delay: TYPING_MS });
        await page.evaluate(() => {
          sessionStorage.setItem("bench:submit", String(performance.timeOrigin + performance.now()));
          (document.getElementById("site-search") as HTMLInputElement).form!.requestSubmit();
        });
      }
      times.push(Number((await done).text().split(" ")[1]));
    } finally {
      await context.close();
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    query,
    entry,
    runs: times.map(Math.round),
    medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]!),
    load: [loadBefore, loadavg()[0]!],
  };
}

/** Bytes of a fetched file once gzipped (-9) if it is text; as fetched otherwise. */
function sentGzip(dist: string, url: string, fetched: number): number {
  const path = new URL(url).pathname;
  if (!/\.(js|mjs|css|html|svg|json)$/.test(path)) return fetched;
  try {
    return gzipSync(readFileSync(join(dist, decodeURIComponent(path).replace(/^\/+/, ""))), { level: 9 }).length;
  } catch {
    return fetched;
  }
}

function searchScriptBytes(dist: string): number {
  const html = readFileSync(join(dist, SEARCH_PAGE), "utf8");
  let total = 0;
  // Its own script, the modules it preloads, and Pagefind's worker (the data-pagefind-preload mark, started at once).
  const scripts = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\shref="([^"]+\.js)"[^>]*\sdata-pagefind-preload/g),
  ];
  for (const m of scripts) {
    const file = join(dist, m[1]!.replace(/^\/+/, ""));
    total += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return total;
}

/** The slow-phone journeys timed: the issue's address and the header form, and a three-word query. */
export const SLOW_SEARCHES: { query: string; entry: SearchEntry }[] = [
  { query: "toi", entry: "address" },
  { query: "toi", entry: "form" },
  { query: "toi ly son", entry: "form" },
];

/**
 * Cold first results only (the `--slow` run), with the same server and throttling as benchSearch,
 * for one built site or several: several are measured in turns (one run of each journey on each
 * site, five rounds), so a change and its baseline share the machine's load.
 */
export async function benchSlow(dists: string[], slowQueries = SLOW_SEARCHES, rounds = 5): Promise<SlowSearch[][]> {
  const browser = await launchBrowser();
  const servers = await Promise.all(dists.map((d) => startServer(d, { gzip: true })));
  try {
    const out = dists.map(() => slowQueries.map((q) => ({ ...q, runs: [] as number[], loads: [] as number[] })));
    for (let round = 0; round < rounds; round++)
      for (const [j, q] of slowQueries.entries())
        for (const [i, server] of servers.entries()) {
          const one = await slowFirstResults(browser, server.url, q.query, q.entry, 1);
          out[i]![j]!.runs.push(...one.runs);
          out[i]![j]!.loads.push(...one.load);
        }
    return out.map((site) =>
      site.map(({ query, entry, runs, loads }) => ({
        query,
        entry,
        runs,
        medianMs: [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!,
        load: [loads[0]!, loads.at(-1)!],
      })),
    );
  } finally {
    await Promise.all(servers.map((s) => s.close()));
    await browser.close();
  }
}

/** Runs the search benchmark over a built site. Pages: pages in the Vietnamese index. */
export async function benchSearch(
  dist: string,
  query = "toi ly son",
  warmQueries = ["toi", "toi ly", "toi ly son"],
  slowQueries: { query: string; entry: SearchEntry }[] = SLOW_SEARCHES,
): Promise<SearchBench> {
  const server = await startServer(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    let pagefindBytes = 0;
    let gzipBytes = 0;
    let requests = 0;
    let counting = false;
    const urls: string[] = [];
    // Request events include those of Pagefind's worker; bytes are the response bodies as sent.
    page.context().on("requestfinished", (req) => {
      if (!counting) return;
      requests++;
      urls.push(req.url());
      void req.sizes().then((sz) => {
        bytes += sz.responseBodySize + sz.responseHeadersSize;
        gzipBytes += sentGzip(dist, req.url(), sz.responseBodySize) + sz.responseHeadersSize;
        if (req.url().includes("/pagefind/")) pagefindBytes += sz.responseBodySize + sz.responseHeadersSize;
      });
    });
    // The search page preloads Pagefind from its head, so the first query's bytes are counted
    // from the page's own load.
    counting = true;
    await page.goto(server.url + "/tim-kiem/");
    await page.waitForLoadState("networkidle");
    const run = (q: string) =>
      page.evaluate(
        (q) =>
          new Promise<number>((resolve) => {
            const input = document.getElementById("search-q") as HTMLInputElement;
            const form = document.getElementById("search-form") as HTMLFormElement;
            const app = document.getElementById("search-app")!;
            const t0 = performance.now();
            input.value = q;
            form.requestSubmit();
            const check = () => {
              if (!app.hasAttribute("aria-busy")) resolve(performance.now() - t0);
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          }),
        q,
      );
    const coldMs = await run(query);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(200);
    counting = false;
    if (process.env["BENCH_VERBOSE"]) console.log(urls.join("\n"));
    const firstQueryBytes = bytes;
    const firstQueryPagefindBytes = pagefindBytes;
    const firstQueryGzipBytes = gzipBytes;
    const firstQueryRequests = requests;
    for (const q of warmQueries) await run(q); // fill the cache
    const times: number[] = [];
    for (let i = 0; i < 5; i++) for (const q of warmQueries) times.push(await run(q));
    times.sort((a, b) => a - b);
    const warmMs = times[Math.floor(times.length / 2)]!;
    const pages = await page.evaluate(async (bundle) => {
      const pf = (await import(bundle)) as { search: (q: null) => Promise<{ results: unknown[] }> };
      return (await pf.search(null)).results.length;
    }, "/pagefind/pagefind.js");
    await page.close();
    // Served compressed, as the hosts in docs/deploy.md serve text files.
    const gzipServer = await startServer(dist, { gzip: true });
    const slow: SlowSearch[] = [];
    try {
      for (const q of slowQueries) slow.push(await slowFirstResults(browser, gzipServer.url, q.query, q.entry));
    } finally {
      await gzipServer.close();
    }
    return {
      dist,
      slow,
      pages,
      scriptBytesGzip: searchScriptBytes(dist),
      query,
      coldMs: Math.round(coldMs),
      warmMs: Math.round(warmMs),
      firstQueryBytes,
      firstQueryPagefindBytes,
      firstQueryGzipBytes,
      firstQueryRequests,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const NAMES = [
  "Tỏi",
  "Mạch nha",
  "Quế",
  "Nước mắm",
  "Đường phèn",
  "Chả",
  "Muối",
  "Trà",
  "Rượu",
  "Nhang",
  "Bánh",
  "Mật ong",
  "Cà phê",
  "Gạo",
  "Nấm",
];
const PLACES = ["Lý Sơn", "Trà Bồng", "Bình Sơn", "Đức Phổ", "Mộ Đức", "Sa Huỳnh", "Tư Nghĩa", "Sơn Tịnh", "Minh Long", "Ba Tơ"];
const WORDS =
  "đặc sản truyền thống làm thủ công nguyên liệu địa phương hương vị thơm ngon đóng gói quà biếu bảo quản nơi khô ráo".split(" ");

/**
 * Copies a built site to a temp folder, adds `count` generated product pages shaped like the
 * real ones (name, story, metadata, filters), and indexes it. Returns the folder (remove it after).
 */
export async function syntheticSite(dist: string, count: number): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "ocop-search-bench-"));
  cpSync(dist, out, { recursive: true, filter: (src) => !src.includes(`${join(dist, "pagefind")}`) });
  for (let i = 0; i < count; i++) {
    const name = `${NAMES[i % NAMES.length]} ${PLACES[(i * 7) % PLACES.length]} ${i}`;
    const story = Array.from({ length: 120 }, (_, j) => WORDS[(i * 31 + j * 17) % WORDS.length]).join(" ");
    const dir = join(out, "san-pham", `synth-${i}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "index.html"),
      `<!doctype html><html lang="vi"><head><title>${name}</title></head><body><main><article data-pagefind-body>` +
        `<h1 data-pagefind-weight="10">${name}</h1><p>${story.slice(0, 140)}</p><dl><dt>Giá</dt><dd>${(i % 50) * 10000 + 50000} ₫</dd>` +
        `<dt>Địa phương</dt><dd>${PLACES[(i * 7) % PLACES.length]}</dd></dl><p>${story}</p></article>` +
        `<div hidden><span data-pagefind-filter="kind">Sản phẩm</span><span data-pagefind-filter="stars">${3 + (i % 3)}</span>` +
        `<span data-pagefind-filter="locality">${PLACES[(i * 7) % PLACES.length]}</span><span data-pagefind-meta="title">${name}</span>` +
        `<span data-pagefind-meta="image">/illustrations/toi.svg</span><span data-pagefind-sort="stars">${3 + (i % 3)}</span>` +
        `<span data-pagefind-sort="price">${(i % 50) * 10000 + 50000}</span><span data-pagefind-sort="name">${i}</span></div></main></body></html>`,
    );
  }
  await buildSearchIndex(out, {
    root: join(import.meta.dirname, "../.."),
    cacheDir: mkdtempSync(join(tmpdir(), "ocop-search-bench-cache-")),
  });
  return out;
}

function print(r: SearchBench): void {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`search bench — ${r.dist} (${r.pages} pages in the Vietnamese index)`);
  console.log(`  search-page JavaScript before the first query: ${kb(r.scriptBytesGzip)} gzip (budget 25 KB)`);
  console.log(
    `  first query “${r.query}”: ${r.coldMs} ms to first results, ${kb(r.firstQueryBytes)} fetched in ${r.firstQueryRequests} requests, of which Pagefind ${kb(r.firstQueryPagefindBytes)} (budget 300 KB on 10,000 products)`,
  );
  console.log(`  the same first query as a gzip-serving host sends it: ${kb(r.firstQueryGzipBytes)}`);
  console.log(`  typing to first results with fragments cached: ${r.warmMs} ms median (target ≤ 150 ms)`);
  printSlow(r.slow);
}

function printSlow(slow: SlowSearch[]): void {
  const p = SLOW_4G;
  for (const s of slow)
    console.log(
      `  ${s.entry === "address" ? "search address" : `header form (typed at ${TYPING_MS} ms a character)`} → first results, cold cache, ${p.latency} ms RTT ${p.downloadKbps / 1000} Mbit/s ${p.cpuSlowdown}× CPU, “${s.query}”: ` +
        `${s.medianMs} ms median of [${s.runs.join(", ")}] (target ≤ 1500 ms; load ${s.load.map((l) => l.toFixed(1)).join(" → ")})`,
    );
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const root = join(import.meta.dirname, "../..");
  const synth = args.indexOf("--synthetic");
  const dists = args.filter((a, i) => !a.startsWith("--") && (synth < 0 || i !== synth + 1));
  const dist = dists[0] ?? join(root, "dist");
  if (args.includes("--slow")) {
    const sites = dists.length > 0 ? dists : [dist];
    const results = await benchSlow(sites);
    for (const [i, site] of sites.entries()) {
      console.log(`search bench — ${site}, cold first results only${sites.length > 1 ? ", in turns with the others" : ""}`);
      printSlow(results[i]!);
    }
  } else if (synth >= 0) {
    const count = Number(args[synth + 1] ?? 10000);
    const t0 = performance.now();
    const site = await syntheticSite(dist, count);
    console.log(`synthetic site: ${count} generated products indexed in ${Math.round((performance.now() - t0) / 1000)} s`);
    try {
      print(await benchSearch(site, "toi ly son"));
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  } else {
    print(await benchSearch(dist));
  }
}
