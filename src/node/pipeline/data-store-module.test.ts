import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitDataStoreModule } from "./data-store-module.ts";

/** The module as Astro writes it for a store serialised as `json`. */
const astroModule = (json: string) => `export default JSON.parse(${JSON.stringify(json)})`;

/** What a module's default export evaluates to. */
async function valueOf(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)) as { default: unknown };
  return module.default;
}

/**
 * A store with what makes its literal hard to cut: escaped quotes, backslashes and newlines,
 * Vietnamese, emoji (surrogate pairs), `</script>`, and a lone surrogate, which the module's
 * literal holds as a \\u escape.
 */
const store =
  JSON.stringify([
    ["Map", 1, 2],
    "products",
    { id: 3, data: 4, rendered: 5 },
    "tỏi-lý-sơn",
    { name: 'Tỏi "cô đơn" Lý Sơn \\\\ 🧄 \\u003C' },
    { html: "<p>Củ tỏi nhỏ, thơm 🧄🧄 </p></script>\n".repeat(40) },
  ]).slice(0, -1) + ',"x\uD800y"]';

describe("the content data store module", () => {
  it("evaluates to the same store when its literal is cut into short ones, at every cut", async () => {
    const whole = await valueOf(astroModule(store));
    expect(astroModule(store)).toContain("\\ud800");
    for (const partLength of [1, 2, 3, 5, 6, 7, 64, 1000]) {
      const split = splitDataStoreModule(astroModule(store), partLength)!;
      expect(split).not.toBe(astroModule(store));
      expect(await valueOf(split)).toEqual(whole);
      // Every literal is short in the source: at most the part, or one whole escape (\\uD800) or surrogate pair.
      const literals = split.match(/"(?:[^"\\]|\\.)*"/g)!;
      expect(literals.length).toBeGreaterThan(1);
      for (const literal of literals) expect(literal.length - 2).toBeLessThanOrEqual(Math.max(partLength, 6));
    }
  });

  it("leaves a short store and any other shape as they are", () => {
    expect(splitDataStoreModule(astroModule("[]"), 100)).toBe(astroModule("[]"));
    expect(splitDataStoreModule("export default new Map()", 1)).toBeUndefined();
    expect(splitDataStoreModule('export default{"products":[(await import("x"))]}', 1)).toBeUndefined();
  });

  it("matches the shape the installed Astro writes (a change there must be seen here)", () => {
    const astro = join(createRequire(import.meta.url).resolve("astro/package.json"), "..");
    const plugin = readFileSync(join(astro, "dist/content/vite-plugin-content-virtual-mod.js"), "utf8");
    expect(plugin).toContain("code: `export default JSON.parse(${JSON.stringify(jsonData)})`");
  });
});
