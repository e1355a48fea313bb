/**
 * Astro's content data store after `npm run build` (node_modules/.astro/data-store.json): the
 * build imports it as one module before the first page, so what it holds is read on every build.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, ROOT } from "../../scripts/lib/dist.ts";

const STORE = join(process.env["ASTRO_CACHE_DIR"] ?? join(ROOT, "node_modules/.astro"), "data-store.json");

beforeAll(assertBuilt);

describe("the content data store", () => {
  it("keeps each Markdown body as rendered HTML only, not its raw text too (retainBody: false)", () => {
    expect(existsSync(STORE), `${STORE} is missing: run \`npm run build\` first`).toBe(true);
    const store = readFileSync(STORE, "utf8");
    // devalue's flattened form writes each entry as an object with its keys spelled out.
    expect(store).toContain('"rendered":');
    expect(store).not.toContain('"body":');
  });
});
