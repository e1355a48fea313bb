/**
 * Imports run one way: values and i18n → schemas → lib → components and build → pages.
 * Code that may run in a page or a browser (values, i18n, schemas, lib) never imports Node
 * built-ins or the Node-only build code; src/ never imports scripts/ or tests/; the benches and
 * CLI scripts never import the tests.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|astro)$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}

interface Source {
  /** Path from the project root: "src/lib/search/search-state.ts". */
  path: string;
  text: string;
}

/** Every module a source imports, as a path from the project root or a bare specifier ("node:fs"). */
function importsOf({ path, text }: Source): string[] {
  const file = join(ROOT, path);
  const specs = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => (m[1] ?? m[2])!);
  return specs.map((s) =>
    s.startsWith("@/")
      ? relative(ROOT, join(ROOT, "src", s.slice(2)))
      : s.startsWith(".")
        ? relative(ROOT, resolve(dirname(file), s))
        : s,
  );
}

/** The layer of a project file; higher layers may import lower ones only. */
const LAYERS: [prefix: string, layer: string, rank: number][] = [
  ["src/lib/values/", "values", 0],
  ["src/i18n/", "i18n", 0],
  ["src/schemas/", "schemas", 1],
  ["src/lib/", "lib", 2],
  ["src/scripts/", "browser scripts", 3],
  ["src/components/", "components", 3],
  ["src/layouts/", "layouts", 3],
  ["src/node/integrations/", "integrations", 4],
  ["src/node/", "node (build time)", 3],
  ["src/content.config.ts", "content config", 4],
  ["src/pages/", "pages", 5],
];
const layerOf = (path: string) => LAYERS.find(([prefix]) => path.startsWith(prefix));

/** Pairs that share a rank but must not meet: page code and Node-only build code. */
const APART: [string, string][] = [
  ["components", "node (build time)"],
  ["layouts", "node (build time)"],
  ["browser scripts", "node (build time)"],
  ["node (build time)", "components"],
  ["node (build time)", "layouts"],
];

/** Layers that may run in a page or a browser: no Node built-ins. */
const BROWSER_SAFE = new Set(["values", "i18n", "schemas", "lib", "browser scripts", "components", "layouts"]);

function violations(sources: Source[]): string[] {
  const out: string[] = [];
  for (const source of sources) {
    const from = source.path;
    const fromLayer = layerOf(from);
    for (const spec of importsOf(source)) {
      if (spec.startsWith("scripts/") || spec.startsWith("tests/")) {
        if (from.startsWith("src/") || (from.startsWith("scripts/") && spec.startsWith("tests/")))
          out.push(`${from} imports ${spec}`);
        continue;
      }
      if (!fromLayer) continue;
      if (/^node:/.test(spec) && BROWSER_SAFE.has(fromLayer[1])) {
        out.push(`${from} (${fromLayer[1]}) imports ${spec}: this layer must run outside Node too`);
        continue;
      }
      const toLayer = layerOf(spec);
      if (!toLayer) continue;
      if (toLayer[2] > fromLayer[2] || APART.some(([a, b]) => a === fromLayer[1] && b === toLayer[1]))
        out.push(`${from} (${fromLayer[1]}) imports ${spec} (${toLayer[1]}): against the direction`);
    }
  }
  return out;
}

describe("import direction", () => {
  it("no module of src/ or scripts/ imports against the direction", () => {
    const files = [...sources(join(ROOT, "src")), ...sources(join(ROOT, "scripts"))];
    expect(violations(files.map((f) => ({ path: relative(ROOT, f), text: readFileSync(f, "utf8") })))).toEqual([]);
  });

  it("would catch a schema importing lib, lib importing Node, a component importing build code and a bench importing a test", () => {
    const found = violations([
      { path: "src/schemas/x.ts", text: 'import { a } from "../lib/catalogue/model.ts";' },
      { path: "src/lib/search/x.ts", text: 'import { readFileSync } from "node:fs";' },
      { path: "src/components/ui/X.astro", text: '---\nimport { a } from "@/node/cards/og-card.ts";\n---' },
      { path: "scripts/bench/x.ts", text: 'import { a } from "../../tests/e2e/harness.ts";' },
      { path: "src/lib/values/ok.ts", text: 'import type { Locale } from "../../i18n/locales.ts";' },
    ]);
    expect(found).toHaveLength(4);
    expect(found.join("\n")).not.toContain("ok.ts");
  });
});
