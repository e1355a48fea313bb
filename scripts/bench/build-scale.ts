/**
 * Build-scale benchmark: synthetic catalogues (scripts/lib/synthetic-catalogue.ts) of 1,000 and
 * 10,000 products in /tmp/ocop-bench-<N>, each built twice by `astro build` (which runs the
 * content check, the sitemap and Pagefind): cold (no caches), then warm after editing one
 * product, as an editor's change reaches the deploy workflow with its caches restored.
 * Prints each phase (src/node/pipeline/build-phases.ts), wall and CPU time, peak memory, the pages built
 * and the load average, so a busy machine shows in the figures. Peak memory is given twice: the
 * largest single process (max RSS from /usr/bin/time: the build's Node process, or a Pagefind
 * process), and all the build's processes together (their resident memory summed four times a
 * second from /proc: what the machine must hold; pages shared between processes count in each).
 *
 * Targets on 2 idle cores ("A build a newcomer can read"): 1,000 products cold ≤ 25 s, warm
 * ≤ 12 s; 10,000 products cold ≤ 200 s, warm ≤ 70 s; the largest process ≤ 1.7 GB; time
 * growing no faster than the catalogue.
 *
 * Run by `npm run bench:scale [-- N…]` (or `npm run bench`, which runs both sizes). The last
 * site stays at /tmp/ocop-bench-<N>/dist for the search bench. Figures also go to
 * /tmp/ocop-bench-scale.json.
 */
import { spawn } from "node:child_process";
import { builtFiles } from "../../src/node/pipeline/built-files.ts";
import type { PhaseRow } from "../../src/node/pipeline/build-phases.ts";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { writeSyntheticCatalogue } from "../lib/synthetic-catalogue.ts";
import { projectCopy } from "../lib/project-copy.ts";

const ROOT = join(import.meta.dirname, "../..");
const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
const sizes = SIZES.length ? SIZES : [1_000, 10_000];
const TARGETS: Record<number, { cold: number; warm: number }> = {
  1_000: { cold: 25, warm: 12 },
  10_000: { cold: 200, warm: 70 },
};
const MAX_RSS_MB = 1700;

interface Run {
  build: "cold" | "warm";
  products: number;
  seconds: number;
  /** User + system CPU time: less sensitive than wall time to other work on a shared machine. */
  cpuSeconds: number;
  maxRssMb: number;
  /** Peak of the resident memory of the build's processes together (sampled). */
  treeRssMb: number;
  pages: number;
  phases: PhaseRow[];
  /** One-minute load average before and after the build. */
  load: [number, number];
}

/** Resident memory (MB) of a process and all its descendants now, from /proc (Linux). */
function treeRssMb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let status: string;
    try {
      status = readFileSync(`/proc/${name}/status`, "utf8");
    } catch {
      continue; // ended meanwhile
    }
    const pid = Number(name);
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    rss.set(pid, Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024);
    const siblings = children.get(ppid);
    if (siblings) siblings.push(pid);
    else children.set(ppid, [pid]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `astro build` under /usr/bin/time -v in `cwd`; wall and CPU time, peak memory and the build's phases. */
async function build(cwd: string, kind: Run["build"], products: number): Promise<Run> {
  const phasesFile = join(cwd, "phases.json");
  const loadBefore = loadavg()[0]!;
  const start = performance.now();
  const child = spawn("/usr/bin/time", ["-v", process.execPath, "node_modules/astro/bin/astro.mjs", "build", "--silent"], {
    cwd,
    env: { ...process.env, OCOP_BUILD_PHASES: phasesFile },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout = (stdout + chunk).slice(-100_000)));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-100_000)));
  let treeRss = 0;
  const sampler = setInterval(() => (treeRss = Math.max(treeRss, treeRssMb(child.pid!))), 250);
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - start) / 1000;
  if (status !== 0) throw new Error(`astro build failed in ${cwd}:\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN);
  const cpu = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
  return {
    build: kind,
    products,
    seconds,
    cpuSeconds: cpu("User") + cpu("System"),
    maxRssMb: kb / 1024,
    treeRssMb: treeRss,
    pages: builtFiles(join(cwd, "dist"), ".html", true).length,
    phases: JSON.parse(readFileSync(phasesFile, "utf8")) as PhaseRow[],
    load: [loadBefore, loadavg()[0]!],
  };
}

/** An editor's change to one product: a sentence more in its summary (its page, its card and the lists showing it change). */
function editOneProduct(dir: string): string {
  const products = join(dir, "content", "products");
  const file = readdirSync(products)
    .filter((f) => f.startsWith("bench-"))
    .sort()[0]!;
  const text = readFileSync(join(products, file), "utf8");
  writeFileSync(
    join(products, file),
    text.replace(/^summary: "(.*)"$/m, (_, s: string) => `summary: "${s} Mới cập nhật."`),
  );
  return file;
}

const fmt = (s: number) => s.toFixed(1);

function printTable(runs: Run[]): void {
  const head = runs.map((r) => `${r.products.toLocaleString("en")} ${r.build}`);
  const line = (cells: string[]) => console.log(`| ${cells.join(" | ")} |`);
  line(["phase (s)", ...head]);
  line(["---", ...head.map(() => "---:")]);
  for (const [i, row] of runs[0]!.phases.entries()) {
    line([row.phase, ...runs.map((r) => `${fmt(r.phases[i]!.seconds)}${r.phases[i]!.count ? ` (${r.phases[i]!.count})` : ""}`)]);
  }
  line(["**total wall**", ...runs.map((r) => `**${fmt(r.seconds)}**`)]);
  line(["CPU (user+sys)", ...runs.map((r) => fmt(r.cpuSeconds))]);
  line(["peak memory, largest process (MB)", ...runs.map((r) => r.maxRssMb.toFixed(0))]);
  line(["peak memory, all processes (MB)", ...runs.map((r) => r.treeRssMb.toFixed(0))]);
  line(["HTML pages", ...runs.map((r) => String(r.pages))]);
  line(["load average before → after", ...runs.map((r) => `${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)}`)]);
}

async function runBuildScale(): Promise<Run[]> {
  const runs: Run[] = [];
  console.log(`\n## Build scale (${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at start)\n`);
  for (const size of sizes) {
    const dir = projectCopy({ to: `/tmp/ocop-bench-${size}` });
    const summary = writeSyntheticCatalogue({ from: join(ROOT, "content"), to: dir, products: size });
    console.log(
      `${size} synthetic products → ${dir}: ${summary.products} products, ${summary.producers} producers over ${summary.localities} localities, ${summary.groups} groups, ${summary.occasions} occasions`,
    );
    const cold = await build(dir, "cold", summary.products);
    console.log(
      `  cold: ${fmt(cold.seconds)} s wall, ${fmt(cold.cpuSeconds)} s CPU, ${cold.pages} pages, peak ${cold.maxRssMb.toFixed(0)} MB (all processes ${cold.treeRssMb.toFixed(0)} MB)`,
    );
    const edited = editOneProduct(dir);
    const warm = await build(dir, "warm", summary.products);
    console.log(
      `  warm (after editing ${edited}): ${fmt(warm.seconds)} s wall, ${fmt(warm.cpuSeconds)} s CPU, peak ${warm.maxRssMb.toFixed(0)} MB (all processes ${warm.treeRssMb.toFixed(0)} MB)`,
    );
    runs.push(cold, warm);
    const target = TARGETS[size];
    if (target)
      console.log(
        `  targets: cold ≤ ${target.cold} s ${cold.seconds <= target.cold ? "met" : "MISSED"}, warm ≤ ${target.warm} s ${warm.seconds <= target.warm ? "met" : "MISSED"}, memory ≤ ${MAX_RSS_MB} MB ${Math.max(cold.maxRssMb, warm.maxRssMb) <= MAX_RSS_MB ? "met" : "MISSED"} by the largest process, ${Math.max(cold.treeRssMb, warm.treeRssMb) <= MAX_RSS_MB ? "met" : "MISSED"} by all processes together`,
      );
  }
  console.log("");
  printTable(runs);
  const colds = runs.filter((r) => r.build === "cold");
  if (colds.length >= 2) {
    const [a, b] = [colds[0]!, colds.at(-1)!];
    const growth = b.seconds / a.seconds;
    const ratio = b.products / a.products;
    console.log(
      `\ngrowth: ×${ratio.toFixed(1)} products → ×${growth.toFixed(1)} cold build time (${growth <= ratio * 1.1 ? "linear or better" : "FASTER THAN LINEAR"})`,
    );
  }
  writeFileSync("/tmp/ocop-bench-scale.json", JSON.stringify(runs, null, 2));
  console.log(
    `\nlast synthetic site: /tmp/ocop-bench-${sizes.at(-1)}/dist (with its Pagefind index); figures in /tmp/ocop-bench-scale.json`,
  );
  return runs;
}

if (import.meta.main) await runBuildScale();
