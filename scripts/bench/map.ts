/**
 * Map benchmark: what the province map and the locators cost a build, and what they weigh.
 * Each run is a fresh Node process (as a cold build starts): it loads the boundary data and the
 * drawing code, computes the neighbours, draws the province map with both sets of names and the
 * 96 locators, and reports each step's CPU time; the median of five runs is printed. Then, when
 * dist/ is built, the locality list's weight (HTML + CSS, gzip and brotli) and the locators' sizes.
 *
 *   node scripts/bench/map.ts
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST } from "../lib/dist.ts";
import { pageWeight } from "../lib/page-weight.ts";

type Steps = Record<string, number>;

async function once(): Promise<Steps> {
  // CPU time of this process (user + system), which other processes on a busy machine do not inflate.
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const steps: Steps = {};
  let t = cpu();
  const lap = (name: string) => {
    const now = cpu();
    steps[name] = now - t;
    t = now;
  };
  const { UNITS } = await import("../../src/lib/geo/province.ts");
  const { neighbourCodes } = await import("../../src/lib/geo/neighbours.ts");
  const { provinceDrawing, locatorSvg } = await import("../../src/lib/geo/draw.ts");
  lap("load data and code");
  neighbourCodes();
  lap("neighbours");
  const map = provinceDrawing();
  lap("province map");
  const names = UNITS.map((u) => ({ code: u.id, text: u.properties?.name ?? "" }));
  map.labels(names, 34);
  map.labels(names, 20);
  lap("names (2 sizes)");
  for (const u of UNITS) locatorSvg(u.id);
  lap("96 locators");
  steps["total"] = Object.values(steps).reduce((a, b) => a + b, 0);
  return steps;
}

if (process.argv[2] === "--once") {
  console.log(JSON.stringify(await once()));
} else {
  const runs: Steps[] = [];
  for (let i = 0; i < 5; i++) {
    const run = spawnSync(process.execPath, [import.meta.filename, "--once"], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(run.stderr);
    runs.push(JSON.parse(run.stdout.trim().split("\n").at(-1)!) as Steps);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;
  console.log("map work in a cold process (CPU time, median of 5 runs, ms):");
  for (const step of Object.keys(runs[0]!))
    console.log(
      `  ${step.padEnd(20)} ${median(runs.map((r) => r[step]!))
        .toFixed(0)
        .padStart(5)}`,
    );

  if (existsSync(join(DIST, "dia-phuong/index.html"))) {
    for (const file of ["dia-phuong/index.html", "en/places/index.html"]) {
      const w = pageWeight(DIST, file);
      console.log(
        `${file}: HTML ${w.html.gzip} + CSS ${w.css.gzip} = ${w.html.gzip + w.css.gzip} B gzip (${w.html.brotli + w.css.brotli} B brotli; HTML ${w.html.raw} B raw)`,
      );
    }
    const svg =
      /<svg[^>]*data-province-map[\s\S]*?<\/svg>\s*<figcaption/.exec(
        readFileSync(join(DIST, "dia-phuong/index.html"), "utf8"),
      )?.[0] ?? "";
    console.log(`  of which the map's SVG: ${svg.length} B raw, ${gzipSync(svg, { level: 9 }).length} B gzip on its own`);
    const { UNITS } = await import("../../src/lib/geo/province.ts");
    const { locatorFile } = await import("../../src/lib/routing/routes.ts");
    const { readCollection } = await import("../../src/node/content/files.ts");
    const ids = readCollection(join(DIST, "../content"), "localities").map((e) => e.id);
    const sizes = ids.map((id) => gzipSync(readFileSync(join(DIST, locatorFile(id))), { level: 9 }).length).sort((a, b) => a - b);
    console.log(
      `locators: ${sizes.length} files (${UNITS.length} shapes), gzip ${sizes[0]}–${sizes.at(-1)} B, median ${sizes[sizes.length >> 1]} B`,
    );
  } else console.log("(no dist/: run `npm run build` for the page weights)");
}
