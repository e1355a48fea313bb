/**
 * Lighthouse benchmark (mobile preset, Debian's Chromium, no network): one page of every page
 * kind of the built site in dist/ (scripts/lib/sample-pages.ts: Vietnamese; the 404 as its file), text served gzip-compressed. Prints the four category
 * scores, LCP, TBT, CLS and bytes per kind; when performance is below 100, names the metric that
 * lost the most points (Lighthouse's own weights over FCP, LCP, TBT, CLS and Speed Index); and
 * flags any score below 98 (target: 100).
 *
 * The search page is also audited with a query in its address, in both languages: its script then
 * searches during the load, which the bare page does not.
 *
 * Run by `npm run bench` (after a build), or alone: `node scripts/bench/lighthouse.ts`; with
 * paths, only those (`node scripts/bench/lighthouse.ts --runs 3 "/tim-kiem/?q=toi+ly+son"`),
 * each audited `--runs` times (one row per run: the score moves with the machine's load), of
 * `--dist <folder>` instead of dist/.
 */
import { existsSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startServer } from "../lib/serve.ts";
import { samplePages } from "../lib/sample-pages.ts";
import { forwards } from "../../src/lib/routing/page-kinds.ts";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../lib/chromium.ts";

const DIST = join(import.meta.dirname, "../../dist");
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];

/** The metrics of the performance score, as Lighthouse names their audits. */
const METRICS: Record<string, string> = {
  "first-contentful-paint": "FCP",
  "largest-contentful-paint": "LCP",
  "total-blocking-time": "TBT",
  "cumulative-layout-shift": "CLS",
  "speed-index": "SI",
};

export interface LighthouseRow {
  page: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  bytes: number;
  /** Points of the performance score each metric lost (weight × (1 − metric score)), largest first. */
  losses: { metric: string; points: number }[];
}

/** What each metric cost the performance score, from the category's weights and the audits' scores. */
export function performanceLosses(lhr: {
  categories: Record<string, { auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { score: number | null } | undefined>;
}): { metric: string; points: number }[] {
  const refs = lhr.categories["performance"]?.auditRefs ?? [];
  const total = refs.reduce((s, r) => s + r.weight, 0) || 1;
  return refs
    .filter((r) => r.id in METRICS && r.weight > 0)
    .map((r) => ({ metric: METRICS[r.id]!, points: (100 * r.weight * (1 - (lhr.audits[r.id]?.score ?? 0))) / total }))
    .filter((l) => l.points >= 0.05)
    .sort((a, b) => b.points - a.points);
}

/** The search page with a query, in each language: the page's script searches while it loads. */
export const SEARCH_WITH_QUERY = [
  { page: "search ?q", path: "/tim-kiem/?q=toi+ly+son" },
  { page: "search ?q (en)", path: "/en/search/?q=garlic" },
];

function samples(): { page: string; path: string }[] {
  // Lighthouse refuses to audit a response with status 404, so it audits the 404 page's file.
  // A redirect page only sends the reader on: nothing to audit.
  return [
    ...samplePages(["vi"])
      .filter((p) => !forwards(p.kind))
      .map((p) => ({ page: p.kind, path: p.status === 404 ? "/" + p.file : p.path })),
    ...SEARCH_WITH_QUERY,
  ];
}

export async function runLighthouse(pages?: { page: string; path: string }[], runs = 1, dist = DIST): Promise<LighthouseRow[]> {
  if (!existsSync(join(dist, "index.html"))) throw new Error(`${dist} has no index.html: run \`npm run build\` first`);
  pages ??= samples();
  const loadBefore = loadavg()[0]!;
  // Text compressed as every host docs/deploy.md documents serves it (the search bench does the
  // same): uncompressed HTML would weigh several times more on Slow 4G than any visitor gets.
  const server = await startServer(dist, { gzip: true });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: FLAGS,
  });
  const rows: LighthouseRow[] = [];
  let benchmarkIndex = NaN;
  try {
    for (const { page, path } of pages.flatMap((p) => Array.from({ length: runs }, () => p))) {
      const result = await lighthouse(server.url + path, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const lhr = result.lhr;
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      benchmarkIndex = lhr.environment.benchmarkIndex;
      // LIGHTHOUSE_REPORTS=<folder>: each report's JSON, to read its long tasks and their scripts.
      const reports = process.env["LIGHTHOUSE_REPORTS"];
      if (reports) writeFileSync(join(reports, `${rows.length}-${path.replace(/[^a-z0-9]+/gi, "_")}.json`), JSON.stringify(lhr));
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      rows.push({
        page,
        path,
        scores: Object.fromEntries(
          CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
        ) as LighthouseRow["scores"],
        lcpMs: audit("largest-contentful-paint"),
        tbtMs: audit("total-blocking-time"),
        cls: audit("cumulative-layout-shift"),
        bytes: audit("total-byte-weight"),
        losses: performanceLosses(lhr as unknown as Parameters<typeof performanceLosses>[0]),
      });
    }
  } finally {
    chrome.kill();
    await server.close();
  }

  console.log("\n## Lighthouse (mobile preset, simulated slow 4G and 4× CPU slowdown, Chromium from Debian)\n");
  // Lighthouse's own CPU figure for this machine: its 4× slowdown assumes a fast desktop (≈ 1,000–2,000+).
  console.log(
    `Machine benchmarkIndex: ${benchmarkIndex.toFixed(0)}; load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}\n`,
  );
  console.log("| page kind | path | perf | lost most to | a11y | best pr. | SEO | LCP ms | TBT ms | CLS | bytes |");
  console.log("| --- | --- | --: | --- | --: | --: | --: | --: | --: | --: | --: |");
  for (const r of rows) {
    const s = r.scores;
    const lost = s.performance < 100 ? r.losses.map((l) => `${l.metric} −${l.points.toFixed(1)}`).join(", ") || "?" : "";
    console.log(
      `| ${r.page} | ${r.path} | ${s.performance} | ${lost} | ${s.accessibility} | ${s["best-practices"]} | ${s.seo} | ${r.lcpMs.toFixed(0)} | ${r.tbtMs.toFixed(0)} | ${r.cls.toFixed(3)} | ${r.bytes} |`,
    );
  }
  const low = rows.flatMap((r) => CATEGORIES.filter((c) => r.scores[c] < 98).map((c) => `${r.page} ${c} ${r.scores[c]}`));
  console.log(low.length ? `\nBELOW 98: ${low.join("; ")}` : "\nEvery category ≥ 98 on every page.");
  return rows;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--runs");
  const runs = at >= 0 ? Number(args[at + 1]) : 1;
  const d = args.indexOf("--dist");
  const paths = args.filter((a, i) => a.startsWith("/") && i !== at + 1 && i !== d + 1);
  await runLighthouse(
    paths.length > 0 ? paths.map((path) => ({ page: path, path })) : undefined,
    runs,
    d >= 0 ? args[d + 1] : DIST,
  );
}
