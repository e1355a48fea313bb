/**
 * `npm run bench`: builds the site, prints its page weights against budgets.config.json, then
 * runs every benchmark in scripts/bench/*.ts, one after another, each in its own Node process
 * with no arguments (so a new benchmark is picked up by dropping a file there). Prints figures;
 * fails only when a benchmark crashes. Not part of `npm test`.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { htmlFiles, pageKind } from "./lib/dist.ts";
import { pageWeight, readBudgets } from "./lib/page-weight.ts";
import type { PageKind } from "../src/lib/routing/page-kinds.ts";
import { offlineFigures } from "../src/node/pipeline/service-worker.ts";

const ROOT = join(import.meta.dirname, "..");
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit" }).status ?? 1;

if (run("npm", ["run", "build", "--silent"]) !== 0) process.exit(1);

// Page weight per kind: the heaviest page of each kind, as sent (each file compressed on its own).
const budgets = readBudgets(ROOT);
const heaviest = new Map<PageKind, { file: string; w: ReturnType<typeof pageWeight> }>();
for (const file of htmlFiles()) {
  const kind = pageKind(file);
  const w = pageWeight(join(ROOT, "dist"), file);
  const prev = heaviest.get(kind);
  if (!prev || w.html.gzip + w.css.gzip > prev.w.html.gzip + prev.w.css.gzip) heaviest.set(kind, { file, w });
}
console.log("\n## Page weight (heaviest page of each kind; bytes raw / gzip / brotli)\n");
console.log("| kind | page | HTML | CSS | HTML+CSS gzip (budget) | HTML+CSS brotli | JS gzip (budget) |");
console.log("| --- | --- | --: | --: | --: | --: | --: |");
for (const [kind, { file, w }] of [...heaviest].sort()) {
  const fmt = (s: { raw: number; gzip: number; brotli: number }) => `${s.raw} / ${s.gzip} / ${s.brotli}`;
  const budget = budgets.htmlPlusCss[kind];
  console.log(
    `| ${kind} | ${file} | ${fmt(w.html)} | ${fmt(w.css)} | ${w.html.gzip + w.css.gzip}${budget ? ` (${budget})` : ""} | ${w.html.brotli + w.css.brotli} | ${w.js.gzip} (${budgets.javascript[kind] ?? 0}) |`,
  );
}

const offline = await offlineFigures(join(ROOT, "dist"));
console.log("\n## Offline mode (bytes raw / gzip)\n");
console.log(`- service worker (sw.js): ${offline.worker.raw} / ${offline.worker.gzip}`);
console.log(
  `- site module (site.js, every page): ${offline.siteModule.raw} / ${offline.siteModule.gzip} (budget ${budgets.siteModule})`,
);
console.log(`- precached on install: ${offline.precached.count} files, ${offline.precached.bytes} bytes`);

let failed = 0;
const benches = readdirSync(join(ROOT, "scripts/bench"))
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .sort();
for (const bench of benches) {
  console.log(`\n# scripts/bench/${bench}`);
  if (run(process.execPath, [join("scripts/bench", bench)]) !== 0) {
    console.error(`scripts/bench/${bench} failed`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
