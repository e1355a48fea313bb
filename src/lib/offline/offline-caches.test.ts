import { describe, expect, it } from "vitest";
import { adminPattern, cacheName, isOutdatedCache, isPagesCache, pagefindFileKind, titleOf } from "./offline-caches.ts";

const SCOPE = "https://example.org/ocop-quang-ngai/";
const OTHER_SCOPE = "https://example.org/";

describe("cache names", () => {
  it("carry kind, scope and the build's revision", () => {
    expect(cacheName("pages", SCOPE, "abc123abc123")).toBe("ocop-pages-https://example.org/ocop-quang-ngai/-abc123abc123");
  });

  it("an older build's caches of this scope are outdated; this build's and another scope's are not", () => {
    expect(isOutdatedCache(cacheName("pages", SCOPE, "old000000000"), SCOPE, "new111111111")).toBe(true);
    expect(isOutdatedCache(cacheName("precache", SCOPE, "old000000000"), SCOPE, "new111111111")).toBe(true);
    expect(isOutdatedCache(cacheName("search", SCOPE, "new111111111"), SCOPE, "new111111111")).toBe(false);
    // The same site at the origin's root is another scope: its caches are its own worker's business.
    expect(isOutdatedCache(cacheName("pages", OTHER_SCOPE, "old000000000"), SCOPE, "new111111111")).toBe(false);
    expect(isOutdatedCache("workbox-precache-v2-https://example.org/ocop-quang-ngai/", SCOPE, "new111111111")).toBe(false);
  });

  it("tell the pages caches of a scope apart from the others", () => {
    expect(isPagesCache(cacheName("pages", SCOPE, "x"), SCOPE)).toBe(true);
    expect(isPagesCache(cacheName("search", SCOPE, "x"), SCOPE)).toBe(false);
    expect(isPagesCache(cacheName("pages", SCOPE, "x"), OTHER_SCOPE)).toBe(false);
  });
});

describe("the CMS's pages, which the worker leaves to the network", () => {
  it("are matched under the site's own base path, however it is spelled", () => {
    expect(adminPattern("/").test("/admin/")).toBe(true);
    expect(adminPattern("/").test("/san-pham/admin/")).toBe(false);
    // A base path with regex characters matches itself only: `.` is no wildcard, `+` no repeat.
    const odd = adminPattern("/a.b+c/");
    expect(odd.test("/a.b+c/admin/")).toBe(true);
    expect(odd.test("/a.b+c/admin/index.html")).toBe(true);
    expect(odd.test("/axbbc/admin/")).toBe(false);
    expect(odd.test("/a.b+c/san-pham/")).toBe(false);
    // Unbalanced brackets would not even compile unescaped.
    for (const base of ["/a(b/", "/x[y/", "/$^|?*{}\\/"]) expect(adminPattern(base).test(`${base}admin/`), base).toBe(true);
  });
});

describe("Pagefind files", () => {
  it("hashed chunks, fragments, filters and metadata may be served from the cache as they are", () => {
    for (const f of [
      "/pagefind/index/vi_af624aa.pf_index",
      "/pagefind/fragment/en_19758e8.pf_fragment",
      "/pagefind/filter/vi_2d2cf57.pf_filter",
      "/pagefind/pagefind.vi_1130d8701d.pf_meta",
    ])
      expect(pagefindFileKind(f), f).toBe("hashed");
  });

  it("the files that keep their name across builds are not", () => {
    for (const f of [
      "/pagefind/pagefind.js",
      "/pagefind/pagefind-worker.js",
      "/pagefind/pagefind-entry.json",
      "/pagefind/wasm.vi.pagefind",
    ])
      expect(pagefindFileKind(f), f).toBe("named");
  });
});

describe("titleOf", () => {
  it("reads the <title> of a cached page, entities decoded", () => {
    expect(titleOf('<html><head><meta charset="utf-8"><title>Tỏi &amp; hành &#39;Lý Sơn&#x27; | OCOP</title>')).toBe(
      "Tỏi & hành 'Lý Sơn' | OCOP",
    );
    expect(titleOf("<title>\n  Nước   mắm\n</title>")).toBe("Nước mắm");
  });
  it("is empty when there is none", () => {
    expect(titleOf("<p>no title</p>")).toBe("");
  });
});
