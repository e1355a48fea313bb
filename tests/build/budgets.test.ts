import { beforeAll, describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assertBuilt, builtFiles, DIST, htmlFiles, ROOT, pageKind } from "../../scripts/lib/dist.ts";
import { pageWeight, readBudgets } from "../../scripts/lib/page-weight.ts";

beforeAll(assertBuilt);
const budgets = readBudgets(ROOT);

describe("page-weight budgets (budgets.config.json)", () => {
  it("names a JavaScript budget for every kind of page the site builds", () => {
    const kinds = new Set(htmlFiles().map((f) => pageKind(f)));
    expect([...kinds].filter((k) => budgets.javascript[k] === undefined)).toEqual([]);
  });

  it("keeps HTML + CSS within budget, gzip and brotli, on every page of a budgeted kind", () => {
    const over: string[] = [];
    let checked = 0;
    for (const file of htmlFiles()) {
      const budget = budgets.htmlPlusCss[pageKind(file)];
      if (budget === undefined) continue;
      checked++;
      const w = pageWeight(DIST, file);
      for (const method of ["gzip", "brotli"] as const) {
        const total = w.html[method] + w.css[method];
        if (total > budget)
          over.push(`${file}: HTML ${w.html[method]} + CSS ${w.css[method]} = ${total} B ${method} > ${budget} B`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });

  it("loads the site module (service worker registration, search warm-up) on every page, within its budget raw and gzip", () => {
    const wrong: string[] = [];
    for (const file of htmlFiles()) {
      const { siteModule } = pageWeight(DIST, file);
      if (siteModule.raw === 0) wrong.push(`${file}: no <script data-site-module>`);
      else if (siteModule.raw > budgets.siteModule || siteModule.gzip > budgets.siteModule)
        wrong.push(`${file}: site module ${siteModule.raw} B raw, ${siteModule.gzip} B gzip > ${budgets.siteModule} B`);
    }
    expect(wrong).toEqual([]);
  });

  it("the search page's scripts stand alone: a module they import statically is fetched only once they have arrived, a round trip before the first results", () => {
    const staticImport = /(?:^|[;}\n])\s*import\s*(?:[{*]|[\w$]+\s*(?:,|from)|["'])/;
    for (const file of ["tim-kiem/index.html", "en/search/index.html"]) {
      const { scripts } = pageWeight(DIST, file);
      expect(scripts.length, file).toBeGreaterThan(0);
      for (const src of scripts.filter((s) => s.startsWith("/"))) {
        const code = readFileSync(join(DIST, src), "utf8");
        expect(staticImport.exec(code)?.[0], `${file}: ${src} imports another module`).toBeUndefined();
      }
    }
  });

  it("ships no more JavaScript than its page kind allows (0 = none at all)", () => {
    const over: string[] = [];
    for (const file of htmlFiles()) {
      const kind = pageKind(file);
      const budget = budgets.javascript[kind] ?? 0;
      const w = pageWeight(DIST, file);
      if (budget === 0 && w.scripts.length > 0)
        over.push(`${file} (${kind}): no JavaScript allowed, has ${w.scripts.join(", ")}`);
      else if (w.js.gzip > budget) over.push(`${file} (${kind}): ${w.js.gzip} B gzip of JavaScript > ${budget} B`);
    }
    expect(over).toEqual([]);
  });

  it("holds only classes that src/ uses: Tailwind scans the code, not the content or the built site", () => {
    // Scanning content/ turned words of product stories ("contents", "outline") into CSS, so an
    // editor's words could change the stylesheet and with it every page's cache key.
    const code = (dir: string): string =>
      readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((e) => e.isFile())
        .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"))
        .join("\n");
    const src = code(join(ROOT, "src"));
    const classes = new Set<string>();
    for (const file of builtFiles(".css"))
      for (const [, selector] of readFileSync(join(DIST, file), "utf8").matchAll(/([^{};]+)\{/g))
        for (const [, name] of selector!.matchAll(/\.((?:\\.|[\w-])+)/g)) classes.add(name!.replace(/\\(.)/g, "$1"));
    expect(classes.size).toBeGreaterThan(50);
    expect([...classes].filter((name) => !src.includes(name))).toEqual([]);
  });
});
