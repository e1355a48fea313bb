/** Checks over dist/ for the locality list and the locality pages at the province's full size (96 units). */
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, DIST, fileOf, page, publishedIds, ROOT } from "../../scripts/lib/dist.ts";
import { readCollection } from "../../src/node/content/files.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { locatorFile, routes } from "../../src/lib/routing/routes.ts";
import { neighbourCodes } from "../../src/lib/geo/neighbours.ts";
import { addressIn } from "../../src/lib/values/address.ts";
import { locatorSize } from "../../src/lib/geo/draw.ts";

beforeAll(assertBuilt);

const localities = readCollection(join(ROOT, "content"), "localities").map((e) => ({
  id: e.id,
  code: e.data["code"] as string,
  name: e.data["name"] as string,
  region: e.data["region"] as "dong" | "tay",
  formerNames: (e.data["formerNames"] as string[] | undefined) ?? [],
}));
const published = new Set(publishedIds("products"));
/** Localities named by at least one published, not retired product. */
const withProducts = new Set(
  readCollection(join(ROOT, "content"), "products")
    .filter((e) => published.has(e.id) && !e.data["retired"] && typeof e.data["locality"] === "string")
    .map((e) => e.data["locality"] as string),
);
const hrefOf = (id: string, locale: (typeof LOCALES)[number]) => routes.locality(locale, id);

describe("the locality list", () => {
  for (const locale of LOCALES) {
    const doc = () => page(fileOf(routes.list(locale, "localities")));

    it(`${locale}: links every locality once, under its own region`, () => {
      for (const region of ["dong", "tay"] as const) {
        const links = doc()
          .querySelectorAll(`[data-region="${region}"] a`)
          .map((a) => a.getAttribute("href"));
        const wanted = localities.filter((l) => l.region === region).map((l) => hrefOf(l.id, locale));
        expect([...links].sort(), region).toEqual([...wanted].sort());
      }
    });

    it(`${locale}: lists the localities with products first, as cards with their count, the others as plain links`, () => {
      for (const region of ["dong", "tay"] as const) {
        const cards = doc()
          .querySelectorAll(`[data-region="${region}"] [data-with-products] a`)
          .map((a) => a.getAttribute("href"));
        const wanted = localities.filter((l) => l.region === region && withProducts.has(l.id)).map((l) => hrefOf(l.id, locale));
        expect([...cards].sort(), region).toEqual([...wanted].sort());
      }
    });

    it(`${locale}: leaves the former names to each locality's page, so the list stays light on a phone`, () => {
      const text = doc().querySelector("main")?.text ?? "";
      const names = localities.flatMap((l) => l.formerNames);
      expect(names.length).toBeGreaterThan(300);
      expect(names.filter((n) => text.includes(n))).toEqual([]);
    });
  }
});

describe("locality pages", () => {
  it("every former name is on its locality's page, inside the region Pagefind indexes", () => {
    for (const locale of LOCALES) {
      for (const l of localities) {
        const indexed = page(fileOf(hrefOf(l.id, locale))).querySelector("[data-pagefind-body]")?.text ?? "";
        // English pages write the units' kinds in English: "Tịnh Khê commune, Quảng Ngãi city".
        for (const name of l.formerNames) expect(indexed, `${l.id}: ${name}`).toContain(addressIn(name, locale));
      }
    }
  });

  it("a locality without products says so, links its neighbours' products, the groups and occasions, and has no print sheet", () => {
    const empty = localities.filter((l) => !withProducts.has(l.id));
    expect(empty.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      for (const l of empty) {
        const doc = page(fileOf(hrefOf(l.id, locale)));
        const links = doc.querySelectorAll("[data-locality-empty] a").map((a) => a.getAttribute("href"));
        expect(links, l.id).toEqual(["#gan-day", routes.list(locale, "groups"), routes.list(locale, "occasions")]);
        expect(doc.querySelector("#gan-day [data-neighbours]"), l.id).not.toBeNull();
        expect(doc.querySelector(`a[href="${routes.localityPrint(locale, l.id)}"]`), l.id).toBeNull();
        expect(existsSync(join(DIST, fileOf(routes.localityPrint(locale, l.id)))), l.id).toBe(false);
      }
    }
  });

  it("a locality with products has its print sheet and no empty notice", () => {
    for (const locale of LOCALES) {
      for (const id of withProducts) {
        const doc = page(fileOf(hrefOf(id, locale)));
        expect(doc.querySelector("[data-locality-empty]"), id).toBeNull();
        expect(existsSync(join(DIST, fileOf(routes.localityPrint(locale, id)))), id).toBe(true);
      }
    }
  });
});

const byCode = new Map(localities.map((l) => [l.code, l]));
const productLocality = new Map(
  readCollection(join(ROOT, "content"), "products")
    .filter((e) => published.has(e.id) && !e.data["retired"])
    .map((e) => [e.id, e.data["locality"] as string | undefined]),
);

describe("the province map on the locality list", () => {
  for (const locale of LOCALES) {
    const map = () => page(fileOf(routes.list(locale, "localities"))).querySelector("[data-province-map]")!;

    it(`${locale}: is one inline SVG with every locality once, linked to its page (which exists), named by its name and product count`, () => {
      const svg = map();
      expect(svg.getAttribute("viewBox")).toMatch(/^0 0 \d+ \d+$/);
      // The main map's links (insets repeat the wards of the former cities).
      const links = svg.querySelectorAll(":scope > a[data-code]");
      expect(links.map((a) => a.getAttribute("data-code")).sort()).toEqual(localities.map((l) => l.code).sort());
      for (const a of links) {
        const l = byCode.get(a.getAttribute("data-code")!)!;
        expect(a.getAttribute("href"), l.id).toBe(hrefOf(l.id, locale));
        expect(existsSync(join(DIST, fileOf(hrefOf(l.id, locale)))), l.id).toBe(true);
        const count = [...productLocality.values()].filter((id) => id === l.id).length;
        const title = a.querySelector("title")?.text ?? "";
        expect(title, l.id).toContain(l.name);
        expect(title, l.id).toMatch(new RegExp(`: ${count} (sản phẩm|products?)$`));
      }
    });

    it(`${locale}: shades each commune by its count, with a legend of every shade used`, () => {
      const svg = map();
      const used = new Set(svg.querySelectorAll(":scope > a > path").map((p) => p.getAttribute("class")));
      const legend = new Set(
        page(fileOf(routes.list(locale, "localities")))
          .querySelectorAll("[data-map-legend] rect")
          .map((r) => r.getAttribute("class")),
      );
      expect([...used].sort()).toEqual([...legend].sort());
      expect(used.size).toBeGreaterThan(2);
      // The communes with no product share the lightest shade.
      for (const a of svg.querySelectorAll(":scope > a[data-code]")) {
        const l = byCode.get(a.getAttribute("data-code")!)!;
        if (!withProducts.has(l.id)) expect(a.querySelector("path")?.getAttribute("class"), l.id).toBe("qm0");
      }
    });

    it(`${locale}: rings Lý Sơn, enlarges the wards of the former cities, and credits its source`, () => {
      const svg = map();
      expect(svg.querySelector(':scope > a[data-code="21548"] circle')).not.toBeNull();
      const insets = svg.querySelectorAll("svg[data-inset]");
      expect(insets.map((i) => i.getAttribute("data-inset"))).toEqual(["quang-ngai", "kon-tum"]);
      for (const code of ["21025", "21028", "21172"])
        expect(svg.querySelector(`svg[data-inset="quang-ngai"] a[data-code="${code}"]`), code).not.toBeNull();
      const credits = page(fileOf(routes.list(locale, "localities"))).querySelector("figcaption [data-map-credits]")?.text ?? "";
      expect(credits).toContain("sapnhap.bando.com.vn");
      expect(credits).toContain("Thang Le Quoc");
      expect(credits).toMatch(/MIT/);
    });
  }
});

describe("locators", () => {
  const { width, height } = locatorSize();

  it("one SVG file per locality, each at most 4 KB gzip", () => {
    for (const l of localities) {
      const file = join(DIST, locatorFile(l.id));
      expect(existsSync(file), l.id).toBe(true);
      const svg = readFileSync(file);
      expect(svg.toString("utf8"), l.id).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(gzipSync(svg, { level: 9 }).length, l.id).toBeLessThanOrEqual(4096);
    }
  });

  it("shown with its size and a text alternative on every locality page, print sheet, product and producer page with a locality", () => {
    const missing: string[] = [];
    const check = (url: string, id: string) => {
      const img = page(fileOf(url)).querySelector(`img[data-locator="${id}"]`);
      if (
        !img ||
        img.getAttribute("src") !== routes.locator(id) ||
        img.getAttribute("width") !== String(width) ||
        img.getAttribute("height") !== String(height) ||
        !(img.getAttribute("alt") ?? "").includes(byId.get(id)!.name)
      )
        missing.push(url);
    };
    const byId = new Map(localities.map((l) => [l.id, l]));
    const producers = new Set(publishedIds("producers"));
    for (const locale of LOCALES) {
      for (const l of localities) check(hrefOf(l.id, locale), l.id);
      for (const id of withProducts) check(routes.localityPrint(locale, id), id);
      for (const [product, id] of productLocality) if (id) check(routes.product(locale, product), id);
      for (const e of readCollection(join(ROOT, "content"), "producers"))
        if (producers.has(e.id) && typeof e.data["locality"] === "string")
          check(routes.producer(locale, e.id), e.data["locality"]);
    }
    expect(missing).toEqual([]);
  });
});

describe("neighbours and nearby products", () => {
  const neighbourIds = (id: string, locale: (typeof LOCALES)[number]) =>
    page(fileOf(hrefOf(id, locale)))
      .querySelectorAll("#gan-day [data-neighbours] a")
      .map((a) => a.getAttribute("href"));

  it("each locality page links the localities it shares a border with, and those link back", () => {
    for (const locale of LOCALES) {
      for (const l of localities) {
        const expected = (neighbourCodes().get(l.code) ?? []).map((c) => hrefOf(byCode.get(c)!.id, locale));
        expect([...neighbourIds(l.id, locale)].sort(), l.id).toEqual([...expected].sort());
        for (const other of expected) {
          const id = localities.find((x) => hrefOf(x.id, locale) === other)!.id;
          expect(neighbourIds(id, locale), `${id} → ${l.id}`).toContain(hrefOf(l.id, locale));
        }
      }
    }
  });

  it("lists under “Nearby” only products of those neighbours, and some whenever a neighbour has any", () => {
    for (const locale of LOCALES) {
      for (const l of localities) {
        const around = new Set((neighbourCodes().get(l.code) ?? []).map((c) => byCode.get(c)!.id));
        const shown = page(fileOf(hrefOf(l.id, locale)))
          .querySelectorAll("#gan-day [data-nearby-products] article[data-product-id]")
          .map((a) => a.getAttribute("data-product-id")!);
        for (const id of shown) expect(around.has(productLocality.get(id) ?? ""), `${l.id}: ${id}`).toBe(true);
        const available = [...productLocality.values()].some((id) => id !== undefined && around.has(id));
        expect(shown.length > 0, l.id).toBe(available);
      }
    }
  });
});

describe("the about page", () => {
  it("credits the maps' boundaries and says they are indicative, in both languages", () => {
    for (const locale of LOCALES) {
      const doc = page(fileOf(routes.info(locale, "gioi-thieu")));
      const credits = doc.querySelector("[data-map-credits]")?.text ?? "";
      expect(credits, locale).toContain("vietnamese-provinces-database");
      expect(credits, locale).toContain("sapnhap.bando.com.vn");
      expect(doc.querySelector("main")?.text, locale).toMatch(/Ranh giới chỉ mang tính minh hoạ|Boundaries are indicative/);
    }
  });
});
