/**
 * A warm build equals a cold build of the same content, file by file, for every kind of edit
 * (CONVENTIONS rule 16). A fixture site is built cold once; then, edit after edit, one copy is
 * rebuilt keeping its caches as the deploy workflow does (Astro's cacheDir, node_modules/.astro:
 * the incremental build, the cards, QR codes and search words, and the pages staged for Pagefind),
 * and compared with a cold build, in a fresh copy, of the same content. Any file that differs
 * is a page, card or index the warm build reused when the edit changed it.
 *
 * To keep it short, edits that cannot meet on a reused page are made together: the fixture is
 * seven separate "worlds" (each its own group, sub-group, locality, producer and product, named
 * …-w1 to …-w7; the first two with an occasion) and two info pages, and a batch edits each world
 * at most once. No reusable page shows two worlds (checked on the first build), so an edit the
 * keys missed cannot be hidden by another edit of the batch making the same page again. An edit
 * that reaches every page (the contact, the code) is made alone; the price bands, which reach
 * the occasion pages and the travel guide, only with edits of other worlds. The warm builds run
 * one after another, the cold ones beside them.
 */
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtFiles } from "../../src/node/pipeline/built-files.ts";
import { PAGE_KINDS, isPageKind } from "../../src/lib/routing/page-kinds.ts";
import { projectCopy, writeContent } from "../../scripts/lib/project-copy.ts";
import { astroBuildAsync } from "./astro-build.ts";
import { ocopYaml } from "../fixtures/ocop-yaml.ts";

/** Seven worlds; only the first two have an occasion (and the first the one travel-friendly product, on the travel guide). */
const WORLDS = [1, 2, 3, 4, 5, 6, 7] as const;
const withOccasion = (w: number) => w <= 2;
/** Official codes of seven communes no two of which share a border: a locality page shows its neighbours (src/lib/geo/neighbours.ts). */
const CODES = ["21025", "21040", "21115", "21154", "21196", "21211", "21238"];
const ENV = { BUILD_DATE: "2026-12-06", SITE_URL: "https://vi-du.vn" };

/* ---------- the fixture ---------- */

const PRODUCT = (w: number, x: "a" | "b") => `---
name: Sản phẩm thử ${w}${x}
summary: Sản phẩm thử của thế giới ${w}, phiên bản ${x}, dùng để so bản dựng ấm với bản dựng lạnh.
group: nhom-w${w}
subgroup: phan-nhom-w${w}
producer: nsx-w${w}
locality: xa-w${w}
${ocopYaml(x === "a" ? 4 : 3)}price:
  from: ${x === "a" ? 150000 : 420000}
  unit: hộp 500 g
${w === 1 && x === "a" ? "shelfLifeDays: 180\nstorage: mat\n" : "shelfLifeDays: 5\nstorage: tu-lanh\n"}${w === 3 ? "images:\n  - src: ./sp-w3-a.jpg\n    alt: Ảnh sản phẩm thử 3a\n" : ""}${withOccasion(w) ? `occasions:\n  - dip-w${w}\n` : ""}whereToBuy:
  - name: Cửa hàng thử ${w}${x}
    locality: xa-w${w}
    phone: "0255 3822 11${w}"
sources:
  - title: Nguồn mẫu
    url: https://example.vn/nguon
---

Câu chuyện của sản phẩm thử ${w}${x}.
`;

/** The content of one world: every file, by its path under content/ (world 1 has two products, for "related products"). */
function world(w: number): Record<string, string> {
  const files: Record<string, string> = {
    [`groups/nhom-w${w}.md`]: `---\nname: Nhóm thử ${w}\norder: ${w}\nkind: toi\nsubgroups:\n  - id: phan-nhom-w${w}\n    name: Phân nhóm thử ${w}\n    kind: toi\n---\n\nGiới thiệu nhóm thử ${w}.\n`,
    [`localities/xa-w${w}.md`]: `---\nname: Thử Nghiệm ${w}\ncode: "${CODES[w - 1]}"\nkind: xa\nregion: dong\nformerNames:\n  - xã Cũ ${w}, huyện Thử\n---\n`,
    [`producers/nsx-w${w}.md`]: `---\nname: Hợp tác xã Thử ${w}\nkind: hop-tac-xa\nlocality: xa-w${w}\ncontacts:\n  phones:\n    - "0905 123 45${w}"\nsources:\n  - title: Nguồn mẫu\n    url: https://example.vn/nguon\n---\n\nCâu chuyện hợp tác xã thử ${w}.\n`,
    [`products/sp-w${w}-a.md`]: PRODUCT(w, "a"),
    [`translations/en/products/sp-w${w}-a.md`]: `---\nname: Test product ${w}a\nsummary: A test product of world ${w}, to compare warm and cold builds.\n---\n\nThe story of test product ${w}a.\n`,
    [`translations/en/producers/nsx-w${w}.md`]: `---\nname: Test cooperative ${w}\n---\n\nThe story of test cooperative ${w}.\n`,
    [`translations/en/groups/nhom-w${w}.md`]: `---\nname: Test group ${w}\nsubgroups:\n  phan-nhom-w${w}: Test sub-group ${w}\n---\n\nAbout test group ${w}.\n`,
  };
  if (w === 1) files[`products/sp-w${w}-b.md`] = PRODUCT(w, "b");
  if (withOccasion(w)) {
    files[`occasions/dip-w${w}.md`] =
      `---\nname: Dịp thử ${w}\nsummary: Gợi ý quà cho dịp thử ${w}, gồm các sản phẩm của thế giới ${w}.\norder: ${w}\npicks:\n  - sp-w${w}-a\n---\n\nGiới thiệu dịp thử ${w}.\n`;
    files[`translations/en/occasions/dip-w${w}.md`] =
      `---\nname: Test occasion ${w}\nsummary: Gift ideas for test occasion ${w}, from the products of world ${w}.\n---\n\nAbout test occasion ${w}.\n`;
  }
  return files;
}

/** A plain 800×600 photo of one colour (the smallest a product photo may be). */
const photo = (r: number, g: number, b: number) =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: { r, g, b } } })
    .jpeg()
    .toBuffer();

async function writeFixture(content: string): Promise<void> {
  writeContent(content, {
    "pages/gioi-thieu.md": `---\ntitle: Giới thiệu\nsummary: Trang này do ai làm, lấy dữ kiện từ đâu và gửi góp ý thế nào.\norder: 9\n---\n\nGiới thiệu danh mục.\n`,
    "translations/en/pages/gioi-thieu.md": `---\ntitle: About\nsummary: Who makes this site, where its facts come from and how to send a correction.\n---\n\nAbout the catalogue.\n`,
    "translations/en/pages/chuong-trinh-ocop.md": `---\ntitle: The OCOP programme\nsummary: What the One Commune One Product programme is, who certifies and how.\n---\n\nThe programme.\n`,
    ...Object.assign({}, ...WORLDS.map(world)),
  });
  writeFileSync(join(content, "products/sp-w3-a.jpg"), await photo(180, 120, 60));
  edit(content, "settings/qua-tang.md", "tetOccasion: qua-tet", "tetOccasion: dip-w1");
}

/* ---------- the edits ---------- */

/** Replaces `from` by `to` in a file of `root`; fails when `from` is not there (the edit would test nothing). */
function edit(root: string, path: string, from: string, to: string): void {
  const file = join(root, path);
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`${path}: "${from}" not found`);
  writeFileSync(file, text.replace(from, to));
}

interface Edit {
  name: string;
  /**
   * The pages it may change: a world's (w1…w7), an info page's (i1, i2), or "site" for an edit
   * that reaches beyond one world (`reach`: every page, or the occasion pages and travel guide).
   */
  scope: string;
  reach?: "all" | "occasions";
  /** For a change of the code that makes files beside the pages: those files (cards, QR codes, the search index). */
  files?: RegExp;
  apply(root: string): void | Promise<void>;
}

const c = (root: string) => join(root, "content");
const EDITS: Edit[] = [
  {
    name: "settings/lien-he.md (contact e-mail)",
    scope: "site",
    reach: "all",
    apply: (r) => edit(c(r), "settings/lien-he.md", "bien-tap@vi-du.vn", "gop-y-moi@vi-du.vn"),
  },
  {
    name: "settings/qua-tang.md (price bands)",
    scope: "site",
    reach: "occasions",
    apply: (r) => edit(c(r), "settings/qua-tang.md", "priceBands: [200000, 500000]", "priceBands: [100000, 300000]"),
  },
  {
    name: "info page (title, body)",
    scope: "i1",
    apply: (r) => {
      edit(c(r), "pages/chuong-trinh-ocop.md", "title: Chương trình OCOP", "title: Chương trình OCOP (sửa)");
      edit(c(r), "pages/chuong-trinh-ocop.md", "Nội dung.", "Nội dung đã sửa.");
    },
  },
  {
    name: "English translation of an info page",
    scope: "i2",
    apply: (r) => edit(c(r), "translations/en/pages/gioi-thieu.md", "About the catalogue.", "About this catalogue, revised."),
  },
  {
    name: "group (name, body)",
    scope: "w3",
    apply: (r) => {
      edit(c(r), "groups/nhom-w3.md", "name: Nhóm thử 3", "name: Nhóm thử ba");
      edit(c(r), "groups/nhom-w3.md", "Giới thiệu nhóm thử 3.", "Giới thiệu mới của nhóm thử 3.");
    },
  },
  {
    name: "sub-group (name)",
    scope: "w4",
    apply: (r) => edit(c(r), "groups/nhom-w4.md", "name: Phân nhóm thử 4", "name: Phân nhóm thử bốn"),
  },
  {
    name: "producer (name, phone)",
    scope: "w5",
    apply: (r) => {
      edit(c(r), "producers/nsx-w5.md", "name: Hợp tác xã Thử 5", "name: Hợp tác xã Thử Năm");
      edit(c(r), "producers/nsx-w5.md", "0905 123 455", "0905 765 455");
    },
  },
  {
    name: "locality (name)",
    scope: "w6",
    apply: (r) => edit(c(r), "localities/xa-w6.md", "name: Thử Nghiệm 6", "name: Thử Nghiệm Sáu"),
  },
  {
    name: "product body",
    scope: "w7",
    apply: (r) => edit(c(r), "products/sp-w7-a.md", "Câu chuyện của sản phẩm thử 7a.", "Câu chuyện mới của sản phẩm thử 7a."),
  },
  {
    name: "occasion (name, summary)",
    scope: "w1",
    apply: (r) => {
      edit(c(r), "occasions/dip-w1.md", "name: Dịp thử 1", "name: Dịp thử một");
      edit(c(r), "occasions/dip-w1.md", "gồm các sản phẩm", "chọn từ các sản phẩm");
    },
  },
  {
    name: "English translation of an occasion",
    scope: "w2",
    apply: (r) => edit(c(r), "translations/en/occasions/dip-w2.md", "name: Test occasion 2", "name: Test occasion two"),
  },
  {
    name: "product image (same file, another picture)",
    scope: "w3",
    apply: async (r) => writeFileSync(join(c(r), "products/sp-w3-a.jpg"), await photo(40, 110, 170)),
  },
  {
    name: "English translation of a product (name, body)",
    scope: "w4",
    apply: (r) => {
      edit(c(r), "translations/en/products/sp-w4-a.md", "name: Test product 4a", "name: Test product four-a");
      edit(c(r), "translations/en/products/sp-w4-a.md", "The story of", "The new story of");
    },
  },
  {
    name: "English translation of a producer",
    scope: "w5",
    apply: (r) => edit(c(r), "translations/en/producers/nsx-w5.md", "name: Test cooperative 5", "name: Test cooperative five"),
  },
  {
    name: "English translation of a group and sub-group",
    scope: "w6",
    apply: (r) => {
      edit(c(r), "translations/en/groups/nhom-w6.md", "name: Test group 6", "name: Test group six");
      edit(c(r), "translations/en/groups/nhom-w6.md", "Test sub-group 6", "Test sub-group six");
    },
  },
  {
    name: "sub-group's kind (the drawing of its products without one of their own)",
    scope: "w7",
    apply: (r) => edit(c(r), "groups/nhom-w7.md", "    kind: toi", "    kind: gom"),
  },
  {
    name: "code: a dictionary string (src/i18n/en.ts)",
    scope: "site",
    reach: "all",
    apply: (r) => edit(r, "src/i18n/en.ts", `"product.story": "`, `"product.story": "Told: `),
  },
  {
    name: "code: the cards' colours (src/node/cards/og-card.ts)",
    scope: "site",
    files: /^og\//,
    apply: (r) => edit(r, "src/node/cards/og-card.ts", `title: "#063a54"`, `title: "#063a55"`),
  },
  {
    name: "code: the QR codes' drawing (src/lib/gifts/qr.ts)",
    scope: "site",
    files: /^qr\//,
    apply: (r) => edit(r, "src/lib/gifts/qr.ts", `<path fill="#000"`, `<path fill="#111"`),
  },
  {
    name: "code: what the search index reads (src/node/search-index/search-index.ts)",
    scope: "site",
    files: /^pagefind\/|(^|\/)(tim-kiem|search)\/index\.html$/,
    apply: (r) =>
      edit(r, "src/node/search-index/search-index.ts", `"data-pagefind-meta", "data-pagefind-sort"]`, `"data-pagefind-meta"]`),
  },
];

/**
 * The edits made together before each warm build, in EDITS' order. The code's batch changes the
 * dictionary (every page, through Astro's hash of the route's code) with the code of the files
 * made beside the pages: those files come from the same content, so only their own code can
 * change them, and the search words of every page the dictionary leaves as it was are reused.
 */
const BATCHES: Edit[][] = [EDITS.slice(0, 1), EDITS.slice(1, 9), EDITS.slice(9, 16), EDITS.slice(16)];

/* ---------- comparing builds ---------- */

/** Every file of a built site, Pagefind's index included, relative to it. */
function siteFiles(dist: string): string[] {
  const pagefind = existsSync(join(dist, "pagefind")) ? builtFiles(join(dist, "pagefind"), "").map((f) => `pagefind/${f}`) : [];
  return [...builtFiles(dist, "", true), ...pagefind].sort();
}

const same = (a: string, b: string) => existsSync(a) && existsSync(b) && readFileSync(a).equals(readFileSync(b));

/** The files that are not byte for byte the same in both sites (present in one only, or different). */
function differences(warm: string, cold: string): string[] {
  const files = new Set([...siteFiles(warm), ...siteFiles(cold)]);
  return [...files].filter((f) => !same(join(warm, f), join(cold, f))).sort();
}

const WORLD_SLUG = /\b(?:nhom|phan-nhom|xa|nsx|dip|sp)-w(\d)\b/g;
const worldsIn = (text: string) => new Set([...text.matchAll(WORLD_SLUG)].map((m) => `w${m[1]}`));
const kindOf = (html: string) => /<html[^>]*data-page-kind="([^"]+)"/.exec(html)?.[1];
const isReusablePage = (html: string) => {
  const kind = kindOf(html);
  return kind !== undefined && isPageKind(kind) && PAGE_KINDS[kind].reusable;
};

/**
 * Which part of the fixture a built file shows: a world (by its path, or for a reusable page by
 * the world it shows), an info page, or the whole site (lists, the search index, the worker…).
 */
function scopeOf(dists: string[], file: string): string {
  const inPath = worldsIn(file);
  if (inPath.size === 1) return [...inPath][0]!;
  if (/(^|\/)chuong-trinh-ocop[./]/.test(file)) return "i1";
  if (/(^|\/)gioi-thieu[./]/.test(file)) return "i2";
  const built = dists.map((d) => join(d, file)).find((f) => f.endsWith(".html") && existsSync(f));
  if (built) {
    const html = readFileSync(built, "utf8");
    const worlds = worldsIn(html);
    if (isReusablePage(html) && worlds.size === 1) return [...worlds][0]!;
  }
  return "site";
}

/** The catalogue pages a build rendered, from Astro's log (a page reused from the cache is marked "(restored)"). */
function renderedPages(output: string): string[] {
  return [...output.matchAll(/├─ \/(\S*?\.html)( \((?:restored|cached)\))?/g)].filter((m) => !m[2]).map((m) => m[1]!);
}

/* ---------- the builds ---------- */

interface Outcome {
  /** Each differing file, with the edits it is blamed on. */
  differing: Map<string, Edit[]>;
  /** Each file the batch changed (cold build before and after), with the edits it is due to. */
  changed: Map<string, Edit[]>;
  /** Each reusable page the warm build rendered again (not restored), with the edits it is due to. */
  rendered: Map<string, Edit[]>;
  reusable: number;
  warmSeconds: number;
  coldSeconds: number;
}

const made: string[] = [];
const outcomes: Outcome[] = [];
let firstBuild = "";
let started = 0;

async function timedBuild(dir: string): Promise<{ output: string; seconds: number }> {
  const start = performance.now();
  const { status, output } = await astroBuildAsync(dir, ENV);
  if (status !== 0) throw new Error(`build in ${dir} failed:\n${output.slice(-3000)}`);
  return { output, seconds: (performance.now() - start) / 1000 };
}

/**
 * The edits of batch `k` a file of scope `scope` is due to: the one of its world or info page;
 * else the batch's edits that reach further; else (a list, the search index) every edit of the batch.
 */
function dueTo(k: number, scope: string, file = ""): Edit[] {
  const batch = BATCHES[k]!;
  const maker = batch.filter((e) => e.files?.test(file));
  if (maker.length > 0) return maker;
  const own = batch.filter((e) => e.scope === scope);
  if (own.length > 0) return own;
  const site = batch.filter((e) => e.scope === "site" && !e.files);
  return site.length > 0 ? site : batch;
}

beforeAll(async () => {
  started = performance.now();
  const content = join(mkdtempSync(join(tmpdir(), "ocop-warm-")), "content");
  made.push(dirname(content));
  await writeFixture(content);

  // Every copy made now, of the same code: the warm one, and one per batch for its cold build.
  const warm = projectCopy({ content });
  const colds = BATCHES.map(() => projectCopy({ content }));
  made.push(warm, ...colds);
  await timedBuild(warm);
  firstBuild = join(warm, "dist-0");
  renameSync(join(warm, "dist"), firstBuild);

  // The cold builds, one after another beside the warm ones, each with every batch so far.
  const cold = (async () => {
    const done: { dist: string; seconds: number }[] = [];
    for (const [k, dir] of colds.entries()) {
      for (const e of BATCHES.slice(0, k + 1).flat()) await e.apply(dir);
      const { seconds } = await timedBuild(dir);
      done.push({ dist: join(dir, "dist"), seconds });
    }
    return done;
  })();
  const warmRuns: { dist: string; output: string; seconds: number }[] = [];
  for (const batch of BATCHES) {
    for (const e of batch) await e.apply(warm);
    const { output, seconds } = await timedBuild(warm);
    // Set aside, as the deploy workflow starts with no dist/: reused pages come from the cache.
    const dist = join(warm, `dist-${warmRuns.length + 1}`);
    renameSync(join(warm, "dist"), dist);
    warmRuns.push({ dist, output, seconds });
  }
  const coldRuns = await cold;

  warmRuns.forEach((run, k) => {
    const dists = [run.dist, coldRuns[k]!.dist];
    const reusable = new Set(
      builtFiles(run.dist, ".html").filter((f) => isReusablePage(readFileSync(join(run.dist, f), "utf8"))),
    );
    const differing = new Map<string, Edit[]>();
    for (const f of differences(run.dist, coldRuns[k]!.dist)) {
      // A file the warm build reused as it was, and already wrong after the last batch, stays blamed on that batch.
      const before = outcomes[k - 1]?.differing.get(f);
      const kept = before && same(join(run.dist, f), join(warmRuns[k - 1]!.dist, f));
      differing.set(f, kept ? before : dueTo(k, scopeOf(dists, f), f));
    }
    const rendered = new Map(
      renderedPages(run.output)
        .filter((p) => reusable.has(p))
        .map((p) => [p, dueTo(k, scopeOf(dists, p), p)]),
    );
    const previous = k === 0 ? firstBuild : coldRuns[k - 1]!.dist;
    const changed = new Map(
      differences(previous, coldRuns[k]!.dist).map((f) => [f, dueTo(k, scopeOf([previous, coldRuns[k]!.dist], f), f)]),
    );
    outcomes.push({
      differing,
      changed,
      rendered,
      reusable: reusable.size,
      warmSeconds: run.seconds,
      coldSeconds: coldRuns[k]!.seconds,
    });
  });
}, 900_000);

/** The files of `map` blamed on or due to `e`. */
const of = (map: Map<string, Edit[]>, e: Edit) => [...map].filter(([, edits]) => edits.includes(e)).map(([f]) => f);

afterAll(() => {
  if (outcomes.length === BATCHES.length) {
    const rows = BATCHES.flatMap((batch, k) =>
      batch.map((e) => {
        const o = outcomes[k]!;
        return `| ${e.name} | ${k + 1} | ${of(o.changed, e).length} | ${of(o.rendered, e).length} of ${o.reusable} | ${of(o.differing, e).length} |`;
      }),
    );
    const builds = outcomes.map((o, k) => `${k + 1}: warm ${o.warmSeconds.toFixed(1)} s, cold ${o.coldSeconds.toFixed(1)} s`);
    console.log(
      [
        "| Edit | Batch | Files it changes | Reusable pages rendered again | Files differing from a cold build |",
        "| --- | --- | --- | --- | --- |",
        ...rows,
        "",
        `Builds after each batch: ${builds.join("; ")}. The whole test: ${((performance.now() - started) / 1000).toFixed(0)} s.`,
      ].join("\n"),
    );
  }
  made.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
}, 120_000);

describe("the warm-build fixture", () => {
  it("is built as `npm run build` builds (production: every page registers the service worker)", () => {
    expect(readFileSync(join(firstBuild, "san-pham/sp-w1-a/index.html"), "utf8")).toContain("data-site-module");
    expect(existsSync(join(firstBuild, "sw.js"))).toBe(true);
  });

  it("keeps its worlds apart: no reusable page shows two worlds, so a batch's edits cannot hide each other", () => {
    const pages = builtFiles(firstBuild, ".html")
      .map((f) => ({ f, html: readFileSync(join(firstBuild, f), "utf8") }))
      .filter(({ html }) => isReusablePage(html));
    expect(pages.length).toBeGreaterThan(60);
    expect(pages.filter(({ html }) => worldsIn(html).size > 1).map(({ f }) => f)).toEqual([]);
    // The worlds the price bands reach: those of the occasion pages and the travel guide.
    const banded = new Set(
      pages.filter(({ html }) => ["occasion", "travelGuide"].includes(kindOf(html)!)).flatMap(({ html }) => [...worldsIn(html)]),
    );
    expect([...banded].sort()).toEqual(["w1", "w2"]);
    for (const batch of BATCHES) {
      const scopes = batch.filter((e) => e.scope !== "site").map((e) => e.scope);
      expect(new Set(scopes).size, "one edit per world or info page").toBe(scopes.length);
      // An edit of every page is alone, but for code that makes only files beside the pages.
      for (const e of batch.filter((x) => x.reach === "all"))
        expect(
          batch.filter((x) => !x.files),
          e.name,
        ).toEqual([e]);
      if (batch.some((x) => x.reach === "occasions")) expect(scopes.filter((s) => banded.has(s))).toEqual([]);
    }
    expect(BATCHES.flat()).toEqual(EDITS);
  });
});

describe("a warm build after an edit equals a cold build of the same content, file by file", () => {
  BATCHES.forEach((batch, k) => {
    for (const e of batch) {
      it(`${e.name} (batch ${k + 1})`, () => {
        expect(of(outcomes[k]!.differing, e)).toEqual([]);
        // The edit changes the site (else it would test nothing), and a page edit was seen: some reusable page was made again.
        expect(of(outcomes[k]!.changed, e).length).toBeGreaterThan(0);
        if (!e.files) expect(of(outcomes[k]!.rendered, e).length).toBeGreaterThan(0);
      });
    }
  });
});
