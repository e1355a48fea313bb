/**
 * Build-scale benchmark: synthetic catalogues of 1,000 and 10,000 products (see
 * scripts/lib/synthetic-catalogue.ts) in /tmp/ocop-bench-<N>, built by Astro and indexed by
 * Pagefind, each timed separately: wall time, pages per second and peak memory (max RSS from
 * /usr/bin/time). Target: 10,000 products built and indexed in ≤ 60 s on 2 cores, growing no
 * faster than linearly. The last site stays at /tmp/ocop-bench-10000/dist for the search bench.
 *
 * Run by `npm run bench`, or alone: `node scripts/bench/build-scale.ts [N…]`.
 */
import { spawnSync } from "node:child_process";
import { builtFiles } from "../../src/build/built-files.ts";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { writeSyntheticCatalogue } from "../lib/synthetic-catalogue.ts";

const ROOT = join(import.meta.dirname, "../..");
const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
const sizes = SIZES.length ? SIZES : [1_000, 10_000];

interface Run {
  seconds: number;
  /** User + system CPU time: less sensitive than wall time to other work on a shared machine. */
  cpuSeconds: number;
  maxRssMb: number;
}

/** Runs a command under /usr/bin/time -v and returns wall time and peak memory, or throws with its output. */
function timed(cwd: string, cmd: string, args: string[]): Run {
  const start = performance.now();
  const result = spawnSync("/usr/bin/time", ["-v", cmd, ...args], { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(" ")} failed in ${cwd}:\n${(result.stdout ?? "").slice(-3000)}\n${(result.stderr ?? "").slice(-3000)}`,
    );
  }
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? NaN);
  const cpu = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(result.stderr)?.[1] ?? NaN);
  return { seconds, cpuSeconds: cpu("User") + cpu("System"), maxRssMb: kb / 1024 };
}

function countHtml(dir: string): number {
  return builtFiles(dir, ".html", true).length;
}

/** A copy of the project around a synthetic content/ folder; node_modules entries are symlinked
 *  one by one so Astro's and Vite's caches (node_modules/.astro, .vite) stay in the copy. */
function prepare(size: number): string {
  const dir = `/tmp/ocop-bench-${size}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of ["src", "public", "astro.config.ts", "tsconfig.json", "package.json"])
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    if (name === ".astro" || name === ".vite" || name === ".vite-temp") continue;
    symlinkSync(join(ROOT, "node_modules", name), join(dir, "node_modules", name));
  }
  return dir;
}

/** Whether the project's build already runs Pagefind (the search feature adds it to `npm run build`). */
function buildRunsPagefind(): boolean {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  return /pagefind/.test(pkg.scripts["build"] ?? "") || /pagefind/.test(readFileSync(join(ROOT, "astro.config.ts"), "utf8"));
}

interface BuildScaleResult {
  products: number;
  pages: number;
  astro: Run;
  pagefind: Run | null;
}

function runBuildScale(): BuildScaleResult[] {
  const results: BuildScaleResult[] = [];
  console.log(`\n## Build scale (${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at start)\n`);
  for (const size of sizes) {
    const dir = prepare(size);
    const summary = writeSyntheticCatalogue({ from: join(ROOT, "content"), to: dir, products: size });
    console.log(
      `${size} synthetic products → ${dir}: ${summary.products} products, ${summary.producers} producers over ${summary.localities} localities, ${summary.groups} groups, ${summary.occasions} occasions`,
    );
    const astro = timed(dir, process.execPath, ["node_modules/astro/bin/astro.mjs", "build", "--silent"]);
    const pages = countHtml(join(dir, "dist"));
    let pagefind: Run | null = null;
    if (existsSync(join(dir, "dist", "pagefind"))) {
      console.log("  (Pagefind ran inside the build; its time is part of the Astro figure)");
    } else {
      pagefind = timed(dir, process.execPath, ["node_modules/pagefind/lib/runner/bin.cjs", "--site", "dist", "--silent"]);
    }
    results.push({ products: summary.products, pages, astro, pagefind });
    const total = astro.seconds + (pagefind?.seconds ?? 0);
    console.log(
      `  astro build: ${astro.seconds.toFixed(1)} s wall (${astro.cpuSeconds.toFixed(1)} s CPU), ${pages} pages, ${(pages / astro.seconds).toFixed(0)} pages/s, peak ${astro.maxRssMb.toFixed(0)} MB`,
    );
    if (pagefind)
      console.log(
        `  pagefind:    ${pagefind.seconds.toFixed(1)} s wall (${pagefind.cpuSeconds.toFixed(1)} s CPU), ${(pages / pagefind.seconds).toFixed(0)} pages/s, peak ${pagefind.maxRssMb.toFixed(0)} MB`,
      );
    console.log(
      `  total:       ${total.toFixed(1)} s${size >= 10_000 ? (total <= 60 ? " (target ≤ 60 s: met)" : " (target ≤ 60 s: MISSED)") : ""}`,
    );
  }
  if (results.length >= 2) {
    const [a, b] = [results[0]!, results[results.length - 1]!];
    const t = (r: BuildScaleResult) => r.astro.seconds + (r.pagefind?.seconds ?? 0);
    const growth = t(b) / t(a);
    const ratio = b.products / a.products;
    console.log(
      `  growth: ×${ratio.toFixed(0)} products → ×${growth.toFixed(1)} time (${growth <= ratio * 1.1 ? "linear or better" : "FASTER THAN LINEAR"})`,
    );
  }
  const last = results.at(-1);
  if (last)
    console.log(
      `  last synthetic site: /tmp/ocop-bench-${sizes.at(-1)}/dist${buildRunsPagefind() ? "" : " (with its Pagefind index)"}`,
    );
  return results;
}

if (import.meta.main) runBuildScale();
