/**
 * Search in a real browser against a fixture site: the search unit tests' made-up catalogue
 * (tests/fixtures/search/catalogue.ts, written out by site.ts) built once with `astro build`, with
 * its own Pagefind index and service worker. Each expectation holds for a reason the fixture was
 * made to show, and a new product in content/ cannot break it. What only the real catalogue can
 * show (a result list longer than a page, the real index's preloads) is in search-live.test.ts
 * and search-preload.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { searchSiteFiles } from "../fixtures/search/site.ts";
import { DESKTOP, openPage, PHONE, useFixtureSite } from "./harness.ts";

const site = useFixtureSite(searchSiteFiles());
let context: BrowserContext;
beforeAll(async () => {
  context = await site.browser.newContext(PHONE);
});
afterAll(async () => {
  await context?.close();
});

const VI = "/tim-kiem/";
const EN = "/en/search/";
const P = (slug: string) => `/san-pham/${slug}/`;
const EN_P = (slug: string) => `/en/products/${slug}/`;

/** Whether the search has settled: no aria-busy, and a status or an error shown. */
const settled = () => {
  const app = document.getElementById("search-app");
  const status = document.getElementById("search-status")?.textContent ?? "";
  const error = document.getElementById("search-error");
  return app !== null && !app.hasAttribute("aria-busy") && (status !== "" || (error !== null && !error.hidden));
};

/** Waits for the search to settle and returns result paths in order. */
async function settle(page: Page): Promise<string[]> {
  await page.waitForFunction(settled);
  return page.$$eval("#search-results a[data-slot='link']", (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

async function open(page: Page, query = "", base = VI): Promise<string[]> {
  await page.goto(site.server.url + base + query);
  return query ? settle(page) : [];
}

const search = async (q: string, base = VI) => {
  const { page, errors } = await openPage(context);
  const found = await open(page, `?q=${encodeURIComponent(q)}`, base);
  return { page, errors, found };
};

/** On a phone the filters sit in a sheet: opens it (and waits for the chips) when the button shows. */
async function openFilters(page: Page): Promise<void> {
  await page.locator("#search-filter-groups input").first().waitFor({ state: "attached" });
  if (await page.locator("#search-filter-open").isVisible()) {
    await page.click("#search-filter-open");
    await page.locator("#search-sheet[open]").waitFor();
  }
}

async function type(page: Page, q: string): Promise<string[]> {
  await page.fill("#search-q", q);
  await page.press("#search-q", "Enter");
  await page.waitForFunction((q) => new URLSearchParams(location.search).get("q") === q, q.trim());
  return settle(page);
}

describe("Vietnamese queries find the page they name, first", () => {
  it.each([
    ["Tỏi An Hải", P("toi-an-hai"), "typed with marks, it is the whole name of the plain garlic"],
    ["TỎI AN HẢI", P("toi-an-hai"), "upper case reads as lower case"],
    ["TOI DEN", P("toi-den-an-hai"), "without marks and in capitals: only the black garlic is named with both words"],
    [
      "thit bo kho dong xuan",
      P("thit-bo-kho-dong-xuan"),
      "đ typed as d (the build indexes a folded copy of words with đ); every word is in the dried beef's name",
    ],
    ["Ia Tơi", "/dia-phuong/ia-toi/", "a commune: no product is named with “ia”"],
    ["suoi da", "/dia-phuong/dong-xuan/", "a former town, Đ typed as d: only Đồng Xuân's former name holds it"],
    ["hung thinh", "/nha-san-xuat/co-so-hung-thinh/", "a producer whose name no product holds"],
    ["quà tết", "/qua-tang/qua-tet/", "the guide is named so; the garlic it picks only mentions it"],
  ])("“%s” → %s: %s", async (query, expected) => {
    const { page, errors, found } = await search(query);
    expect(found[0], found.join(", ")).toBe(expected);
    expect(await page.inputValue("#search-q")).toBe(query);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("đ typed as d", () => {
  it("“dong xuan” finds both Đồng Xuân products, and the folded words never show on a card", async () => {
    const { page, found } = await search("dong xuan");
    expect(found.slice(0, 2).sort()).toEqual([P("cha-lua-dong-xuan"), P("thit-bo-kho-dong-xuan")]);
    expect(await page.locator("#search-results").textContent()).toContain("Đồng Xuân");
    expect(await page.locator("#search-results").textContent()).not.toMatch(/Dồng|dồng/);
    await page.close();
  });
});

describe("search ranks what a visitor means", () => {
  it("“toi”: both garlics before the commune Ia Tơi because product names weigh more; the pork roll and the gift guide, which only mention garlic, wait behind a button", async () => {
    const { page, found } = await search("toi");
    expect(found.slice(0, 2).sort()).toEqual([P("toi-an-hai"), P("toi-den-an-hai")]);
    expect(found.indexOf("/dia-phuong/ia-toi/"), found.join(", ")).toBe(2);
    expect(found).not.toContain(P("cha-lua-dong-xuan"));
    expect(await page.locator("#search-more").textContent()).toBe("Xem 2 trang khác có nhắc tới “toi”");
    const listed = found.length;
    await page.click("#search-more");
    await page.waitForFunction((n) => document.querySelectorAll("#search-results li").length > n, listed);
    const all = await settle(page);
    expect(all.slice(listed).sort()).toEqual(["/qua-tang/qua-tet/", P("cha-lua-dong-xuan")]);
    await page.close();
  });

  it.each([
    ["que", /^\/san-pham\/(nhang-)?que-son-tay\/$/, "both cinnamon products are named with quế"],
    ["nuoc mam", P("nuoc-mam-ben-da"), "the fish sauce is named so; the gift guide only mentions it"],
    [
      "ruou vang",
      P("vang-sim-nui-mau"),
      "named “Vang sim”: found by its sub-group's term “rượu vang”, not the corn liquor named “Rượu”",
    ],
    ["nuoc cham", P("nuoc-mam-ben-da"), "the everyday kind of the fish sauce, its sub-group's term"],
    ["kho bo", P("thit-bo-kho-dong-xuan"), "both words are in the name “Thịt bò khô” (and its term “khô bò”), in another order"],
  ] as [string, string | RegExp, string][])("“%s” puts %s first: %s", async (q, first) => {
    const { page, found } = await search(q);
    if (typeof first === "string") expect(found[0], found.join(", ")).toBe(first);
    else expect(found[0], found.join(", ")).toMatch(first);
    await page.close();
  });

  it("“cá” typed with its mark means fish: the anchovies are named, the coffee (“cà phê”, which folds alike) is not listed; typed bare, “ca” still finds both", async () => {
    const marked = await search("cá");
    expect(marked.found[0], marked.found.join(", ")).toBe(P("ca-com-rim-ben-da"));
    expect(marked.found).not.toContain(P("ca-phe-nui-mau"));
    await marked.page.close();
    const bare = await search("ca");
    expect(bare.found, bare.found.join(", ")).toEqual(expect.arrayContaining([P("ca-com-rim-ben-da"), P("ca-phe-nui-mau")]));
    await bare.page.close();
  });

  it("a mark typed wrong still finds what the bare words would: “cà cơm” names nothing as typed (the anchovies are “cá cơm”), so it is searched folded", async () => {
    const { page, found } = await search("cà cơm");
    expect(found[0], found.join(", ")).toBe(P("ca-com-rim-ben-da"));
    await page.close();
  });

  it("“garlic” on the English page: the plain garlic, whose story is the longest, before the black garlic", async () => {
    const { page, found } = await search("garlic", EN);
    expect(found.slice(0, 2), found.join(", ")).toEqual([EN_P("toi-an-hai"), EN_P("toi-den-an-hai")]);
    await page.close();
  });
});

describe("queries as people type them", () => {
  it.each([
    ["mua tỏi an hải ở đâu", P("toi-an-hai"), "“mua … ở đâu” are fillers"],
    ["giá nước mắm bao nhiêu", P("nuoc-mam-ben-da"), "“giá … bao nhiêu” are fillers"],
    ["toir an hair", P("toi-an-hai"), "Telex left over: toir = tỏi, hair = hải"],
    ["to3i an ha3i", P("toi-an-hai"), "VNI left over: to3i = tỏi"],
    ["nuowcs mawms", P("nuoc-mam-ben-da"), "Telex left over: nuowcs mawms = nước mắm"],
    ["cha lau dong xuan", P("cha-lua-dong-xuan"), "a swapped letter, corrected to the pork roll's name"],
  ])("“%s” → %s: %s", async (query, first) => {
    const { page, found } = await search(query);
    expect(found[0], found.join(", ")).toBe(first);
    // The box keeps what the visitor typed.
    expect(await page.inputValue("#search-q")).toBe(query);
    await page.close();
  });
});

describe("the search page", () => {
  it("shows cards with name, picture and stars, and announces the count", async () => {
    const { page } = await search("Tỏi An Hải");
    const card = page.locator("#search-results li").first();
    expect(await card.locator("h3").textContent()).toBe("Tỏi An Hải");
    expect(await card.locator("img").count()).toBe(1);
    expect(await page.locator("#search-status").getAttribute("aria-live")).toBe("polite");
    expect(await page.locator("#search-status").textContent()).toBe("3 kết quả cho “Tỏi An Hải”");
    // Its status reads, and is coloured, as on the catalogue's card of the same product.
    const status = (root: import("playwright-core").Locator) =>
      root.locator(".cert-line > span.font-medium").evaluate((e) => ({ text: e.textContent?.trim(), tone: e.className }));
    const found = await status(card);
    const listPage = await context.newPage();
    await listPage.goto(site.server.url + "/san-pham/");
    const listed = await status(listPage.locator('article[data-product-id="toi-an-hai"]'));
    expect(found.text).toBe(listed.text);
    expect(found.tone).toMatch(/\btext-(ok|warn|muted)\b/);
    expect(found.tone.match(/\btext-(ok|warn|muted)\b/)?.[0]).toBe(listed.tone.match(/\btext-(ok|warn|muted)\b/)?.[0]);
    await listPage.close();
    await page.close();
  });

  it("filters narrow the results, combine, and live in the URL: “an hai” names two products, their producer and the place; one garlic has five stars", async () => {
    const { page, found: all } = await search("an hai");
    expect(all).toHaveLength(4);
    expect(await page.textContent("#search-filter-open")).toBe("Lọc");
    await openFilters(page);
    await page.locator('#search-filter-groups input[name="kind"][value="Sản phẩm"]').check();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("kind") === "Sản phẩm");
    expect((await settle(page)).sort()).toEqual([P("toi-an-hai"), P("toi-den-an-hai")]);
    await page.locator('#search-filter-groups input[name="stars"][value="5"]').check();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("stars") === "5");
    expect(await settle(page)).toEqual([P("toi-den-an-hai")]);
    expect(page.url()).toContain("kind=S%E1%BA%A3n+ph%E1%BA%A9m");
    await page.click("#search-sheet-close");
    expect(await page.textContent("#search-filter-open")).toBe("Lọc (2)");
    await page.close();
  });

  it("a chip counts what the list shows: “toi” lists two garlics and the commune Ia Tơi, so “Sản phẩm” says 2 and “Thông tin” 1, not counting the pork roll and the gift guide that only mention garlic", async () => {
    const { page, found } = await search("toi");
    expect(found.filter((path) => path.startsWith("/san-pham/"))).toHaveLength(2);
    await openFilters(page);
    const chip = page.locator('#search-filter-groups label:has(input[name="kind"][value="Sản phẩm"])');
    expect(await chip.textContent()).toContain("(2)");
    // The commune Ia Tơi is listed; the gift guide, another page of the same kind, only mentions garlic.
    const info = page.locator('#search-filter-groups label:has(input[name="kind"][value="Thông tin"])');
    expect(await info.textContent()).toContain("(1)");
    // A chip reads its value capitalised, as the place pages write the area; the URL keeps the indexed value.
    const area = page.locator('#search-filter-groups input[name="region"][value="phía Đông"] + [data-slot="label"]');
    expect(await area.textContent()).toBe("Phía Đông");
    await page.close();
  });

  it("a shared URL restores the query, filters and sort (by name: Tỏi An Hải before Tỏi đen An Hải)", async () => {
    const { page } = await openPage(context);
    const found = await open(page, "?q=an+hai&kind=S%E1%BA%A3n+ph%E1%BA%A9m&sort=name");
    expect(await page.inputValue("#search-q")).toBe("an hai");
    expect(await page.inputValue("#search-sort")).toBe("name");
    expect(await page.locator('#search-filter-groups input[name="kind"][value="Sản phẩm"]').isChecked()).toBe(true);
    expect(found).toEqual([P("toi-an-hai"), P("toi-den-an-hai")]);
    await page.close();
  });

  it("Back restores the previous search and its results", async () => {
    const { page } = await openPage(context);
    await open(page);
    const first = await type(page, "toi an hai");
    const second = await type(page, "hung thinh");
    expect(second[0]).toBe("/nha-san-xuat/co-so-hung-thinh/");
    await page.goBack();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "toi an hai");
    expect(await settle(page)).toEqual(first);
    expect(await page.inputValue("#search-q")).toBe("toi an hai");
    await page.close();
  });

  it("works from the keyboard: type, Enter, open the filter sheet, Tab to a chip, Space, Escape", async () => {
    const { page } = await openPage(context);
    await open(page);
    await page.focus("#search-q");
    await page.keyboard.type("an hai");
    await page.keyboard.press("Enter");
    await settle(page);
    await page.locator("#search-filter-groups input").first().waitFor({ state: "attached" });
    await page.focus("#search-filter-open");
    await page.keyboard.press("Enter");
    await page.locator("#search-sheet[open]").waitFor();
    // A modal sheet: the page behind it is inert, focus is inside it.
    expect(await page.evaluate(() => document.getElementById("search-sheet")!.matches(":modal"))).toBe(true);
    expect(await page.evaluate(() => document.getElementById("search-sheet")!.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    while ((await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)) !== "checkbox")
      await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await page.waitForFunction(() => [...new URLSearchParams(location.search).keys()].some((k) => k !== "q"));
    await settle(page);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe("checkbox");
    await page.keyboard.press("Escape");
    await page.locator("#search-sheet").waitFor({ state: "hidden" });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-filter-open");
    expect(await page.textContent("#search-filter-open")).toBe("Lọc (1)");
    await page.close();
  });

  it("one search box on the search page: the header's box is the page's", async () => {
    const { page } = await search("toi");
    expect(await page.locator("input[type=search]").count()).toBe(1);
    expect(await page.locator("header #search-q").count()).toBe(1);
    expect(await page.inputValue("#search-q")).toBe("toi");
    await page.close();
  });

  it("runs Pagefind in its web worker, every file downloaded once (the worker reads the head's preloads from the HTTP cache), and other pages load no search script", async () => {
    // Its own context: an empty HTTP cache, so the server sees every file the page needs.
    const cold = await site.browser.newContext(PHONE);
    const { page, errors } = await openPage(cold);
    const requests: string[] = [];
    const workers: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname + new URL(r.url()).search));
    page.on("worker", (w) => workers.push(new URL(w.url()).pathname));
    const from = site.server.served.length;
    await open(page, "?q=toi+an+hai");
    await page.waitForLoadState("networkidle");
    expect(workers).toContain("/pagefind/pagefind-worker.js");
    // The worker's own fetches of the preloaded files reach the page's events, but not the server.
    const pagefind = site.server.served.slice(from).filter((u) => u.includes("/pagefind/"));
    // The page talks to the worker itself: pagefind.js (the main-thread search) is not needed.
    expect(pagefind).not.toContain("/pagefind/pagefind.js");
    expect(pagefind).toContain("/pagefind/pagefind-worker.js");
    expect(pagefind.some((u) => u.startsWith("/pagefind/pagefind-entry.json?ts="))).toBe(true);
    expect(pagefind.length, pagefind.join("\n")).toBe(new Set(pagefind).size);
    expect(errors).toEqual([]);
    requests.length = 0;
    await page.goto(site.server.url + "/");
    await page.waitForLoadState("networkidle");
    expect(requests.filter((u) => u.includes("/pagefind/") || u.includes("SearchView"))).toEqual([]);
    await cold.close();
  });
});

describe("words typed without their spaces", () => {
  it.each([
    ["anhai", "an hai", [P("toi-an-hai"), P("toi-den-an-hai")]],
    ["nuocmam", "nuoc mam", [P("nuoc-mam-ben-da")]],
  ])("“%s” is searched as “%s”, not as Pagefind's guess at its start, and the page says so", async (typed, meant, first) => {
    const { page, found } = await search(typed);
    expect(found.slice(0, first.length).sort(), found.join(", ")).toEqual([...first].sort());
    // Screen readers hear both in the status; on screen the count names what was searched, and the line above the results says what was typed.
    expect(await page.textContent("#search-status")).toBe(`${found.length} kết quả cho “${meant}” (bạn gõ “${typed}”)`);
    expect(await page.locator("#search-corrected").innerText()).toBe(`Đã tìm “${meant}” thay cho “${typed}”.`);
    // At 360 px the one-line count is whole, not cut by an ellipsis.
    expect(await page.$eval("#search-status", (p) => p.scrollWidth <= p.clientWidth)).toBe(true);
    await page.close();
  });
});

describe("when nothing is found", () => {
  it("“tayberry”, a word the catalogue lacks: Pagefind's guess (its start, “Tây” of Sơn Tây) is no result, and the ways on are offered", async () => {
    const { page, found } = await search("tayberry", EN);
    expect(found).toEqual([]);
    expect(await page.textContent("#search-status")).toBe("0 results for “tayberry”");
    expect(await page.locator("#search-empty").isVisible()).toBe(true);
    expect(await page.locator("#search-browse a[href^='/en/categories/']").count()).toBe(3);
    // No filter counts of what Pagefind guessed.
    expect(await page.locator("#search-filters").isVisible()).toBe(false);
    await page.close();
  });

  it("“xyzw” says so and offers the three groups, the Tết guide and popular products", async () => {
    const { page, found } = await search("xyzw");
    expect(found).toEqual([]);
    expect(await page.locator("#search-empty").isVisible()).toBe(true);
    expect(await page.locator("#search-empty-text").textContent()).toContain("xyzw");
    expect(await page.locator("#search-suggest").isVisible()).toBe(false);
    const links = (sel: string) => page.$$eval(sel, (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(await links("#search-browse a[href*='/nhom-san-pham/']")).toEqual(
      expect.arrayContaining(["/nhom-san-pham/thuc-pham/", "/nhom-san-pham/do-uong/", "/nhom-san-pham/thu-cong/"]),
    );
    expect(await links("#search-browse a[href*='/qua-tang/']")).toContain("/qua-tang/qua-tet/");
    expect(await page.locator("#search-browse a[href*='/san-pham/']").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("“toi an hoi” offers the name it is one letter from (“Did you mean Tỏi An Hải”), linking to its search", async () => {
    const { page, found } = await search("toi an hoi");
    expect(found).toEqual([]);
    expect(await page.locator("#search-suggest").isVisible()).toBe(true);
    const idea = page.locator("#search-suggest-list a").first();
    expect(await idea.textContent()).toBe("Tỏi An Hải");
    await idea.click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "Tỏi An Hải");
    expect((await settle(page))[0]).toBe(P("toi-an-hai"));
    await page.close();
  });

  it("the English page: “an hoi garlic” offers “An Hải garlic”, then the categories and gift guides in English", async () => {
    const { page, found } = await search("an hoi garlic", EN);
    expect(found).toEqual([]);
    expect(await page.locator("#search-suggest-list a").first().textContent()).toBe("An Hải garlic");
    expect(await page.locator("#search-browse h2").first().textContent()).toBe("Browse by category");
    expect(await page.locator("#search-browse a[href^='/en/categories/']").count()).toBe(3);
    expect(await page.locator("#search-browse a[href='/en/gifts/qua-tet/']").count()).toBe(1);
    await page.close();
  });

  it("says so when the index cannot load, and still offers ideas, groups and gift guides", async () => {
    const { page } = await openPage(context);
    await page.route("**/pagefind/**", (route) => route.abort());
    await open(page, "?q=toi+an+hoi");
    expect(await page.locator("#search-error").isVisible()).toBe(true);
    expect(await page.locator("#search-suggest-list a").first().textContent()).toBe("Tỏi An Hải");
    expect(await page.locator("#search-browse a[href*='/nhom-san-pham/']").count()).toBe(3);
    expect(await page.locator("#search-browse a[href*='/qua-tang/']").count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe("the English search page", () => {
  const GARLICS = [EN_P("toi-an-hai"), EN_P("toi-den-an-hai")];
  const CINNAMONS = [EN_P("nhang-que-son-tay"), EN_P("que-son-tay")];
  it.each([
    ["garlc", "garlic", GARLICS, "a missing letter"],
    ["garllic", "garlic", GARLICS, "a doubled letter"],
    ["gralic", "garlic", GARLICS, "two letters swapped"],
    ["cinamon", "cinnamon", CINNAMONS, "a missing letter"],
    ["jery", "jerky", [EN_P("thit-bo-kho-dong-xuan")], "a missing letter of a search term, not of a name"],
    ["jerrky", "jerky", [EN_P("thit-bo-kho-dong-xuan")], "a doubled letter of a search term"],
    ["liquro", "liquor", [EN_P("ruou-ngo-nui-mau")], "two letters swapped in the liquor sub-group's term"],
    ["cassiia", "cassia", CINNAMONS, "a doubled letter of cinnamon's trade name"],
  ])("the typo “%s” searches for “%s” and lists %s first (%s), saying what was searched", async (typed, meant, first) => {
    const { page, found } = await search(typed, EN);
    expect(found.slice(0, first.length).sort(), found.join(", ")).toEqual([...first].sort());
    const status = await page.textContent("#search-status");
    expect(status).toContain(`“${meant}”`);
    expect(status).toContain(typed);
    // The box keeps what the visitor typed.
    expect(await page.inputValue("#search-q")).toBe(typed);
    await page.close();
  });

  it.each([
    ["garlic", [EN_P("toi-an-hai"), EN_P("toi-den-an-hai")], "both garlics are named so"],
    ["black garlic", [EN_P("toi-den-an-hai")], "only one is named with both words"],
    ["fish sauce", [EN_P("nuoc-mam-ben-da")], "its English name"],
    [
      "jerky",
      [EN_P("thit-bo-kho-dong-xuan")],
      "the term of products named “thịt bò khô”; the pork roll of the same maker is not",
    ],
    ["cassia", [EN_P("nhang-que-son-tay"), EN_P("que-son-tay")], "cinnamon's trade name, a term in both groups it appears in"],
    ["spices", [EN_P("que-son-tay"), EN_P("toi-an-hai")], "the term of the sub-group Gia vị, whose English name is “Condiments”"],
  ])("“%s” lists %s first: %s", async (query, expected) => {
    const { page, found } = await search(query, EN);
    expect(found.slice(0, expected.length).sort(), found.join(", ")).toEqual([...expected].sort());
    expect(found.every((p) => p.startsWith("/en/"))).toBe(true);
    await page.close();
  });

  it("counts one result in the singular, and more in the plural", async () => {
    const one = await search("jerky", EN);
    expect(one.found).toHaveLength(1);
    expect(await one.page.textContent("#search-status")).toBe("1 result for “jerky”");
    await one.page.close();
    const more = await search("garlic", EN);
    expect(more.found.length).toBeGreaterThan(1);
    expect(await more.page.textContent("#search-status")).toBe(`${more.found.length} results for “garlic”`);
    await more.page.close();
  });
});

describe("results first on a phone (360×740)", () => {
  it.each(["toi an hai", "nuoc mam", "quà tết", "mua tỏi an hải ở đâu"])(
    "“%s”: the first result starts within the first screen, and nothing shifts while scripts arrive late",
    async (q) => {
      const { page } = await openPage(context);
      // Every script and index file a second late: the space they fill must already be there.
      await page.route(/\/(_astro\/.*\.js|pagefind\/.*)$/, async (route) => {
        await new Promise((r) => setTimeout(r, 1000));
        await route.continue();
      });
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: number };
        w.shifts = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!e.hadRecentInput) w.shifts += e.value;
        }).observe({ type: "layout-shift", buffered: true });
      });
      const found = await open(page, `?q=${encodeURIComponent(q)}`);
      expect(found.length).toBeGreaterThan(0);
      await page.locator("#search-filter-open:not(.invisible)").waitFor();
      await page.waitForTimeout(500);
      const top = await page.$eval("#search-results li", (li) => li.getBoundingClientRect().top + scrollY);
      expect(top).toBeLessThan(740);
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
      // Filters are behind the button, not before the results.
      expect(await page.locator("#search-filter-groups").isVisible()).toBe(false);
      await page.close();
    },
  );

  it("the empty state takes the reserved space: no shift either", async () => {
    const { page } = await openPage(context);
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number };
      w.shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.shifts += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await open(page, "?q=xyzw");
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    await page.close();
  });
});

describe("at 1024 px and wider the filters are a sidebar", () => {
  it("shows the chips beside the results, without the filter button", async () => {
    const wide = await site.browser.newContext(DESKTOP);
    const page = await wide.newPage();
    await page.goto(site.server.url + VI + "?q=an+hai");
    await settle(page);
    await page.locator("#search-filter-groups input").first().waitFor();
    expect(await page.locator("#search-filter-open").isVisible()).toBe(false);
    const sidebar = await page.locator("#search-filters").boundingBox();
    const results = await page.locator("#search-results").boundingBox();
    expect(sidebar!.x + sidebar!.width).toBeLessThanOrEqual(results!.x);
    await page.locator('#search-filter-groups input[name="kind"][value="Sản phẩm"]').check();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("kind") === "Sản phẩm");
    expect((await settle(page)).every((p) => p.startsWith("/san-pham/"))).toBe(true);
    await wide.close();
  });
});

/** Waits until the page is controlled by the active service worker (installed, precached, activated, claimed). */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
  });
}

/**
 * Cuts the network and empties the browser's HTTP cache, so that whatever the page loads from
 * now on comes from the service worker's caches (the precached scripts among them).
 */
async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.clearBrowserCache");
  await cdp.detach();
}

describe("offline, after one visit to the search page (the service worker on)", () => {
  it("searches over the index files fetched online, and a query that finds nothing still offers ideas, groups and gift guides", async () => {
    const offline = await site.browser.newContext({ ...PHONE, serviceWorkers: "allow" });
    const page = await offline.newPage();
    await page.goto(site.server.url + VI + "?q=toi+an+hai");
    await controlled(page);
    await page.reload();
    const online = await settle(page);
    expect(online.slice(0, 2).sort()).toEqual([P("toi-an-hai"), P("toi-den-an-hai")]);

    await goOffline(offline, page);
    await page.reload();
    expect(await settle(page)).toEqual(online);
    // The same words in another order, a query the visitor never made: the index files came with the first.
    await page.goto(site.server.url + VI + "?q=an+hai+toi");
    expect((await settle(page)).slice(0, 2).sort()).toEqual([P("toi-an-hai"), P("toi-den-an-hai")]);
    // A query the visitor never made: whether its index chunks came or not, the ways on are in the page.
    await page.goto(site.server.url + VI + "?q=toi+an+hoi");
    await page.locator("#search-browse:not([hidden])").waitFor();
    expect(await page.locator("#search-results li").count()).toBe(0);
    expect(await page.locator("#search-suggest-list a").first().textContent()).toBe("Tỏi An Hải");
    expect(await page.locator("#search-browse a[href*='/nhom-san-pham/']").count()).toBe(3);
    expect(await page.locator("#search-browse a[href='/qua-tang/qua-tet/']").count()).toBe(1);
    await offline.close();
  });

  it("the English page offers its own ideas, categories and gift guides", async () => {
    const offline = await site.browser.newContext({ ...PHONE, serviceWorkers: "allow" });
    const page = await offline.newPage();
    await page.goto(site.server.url + EN);
    await controlled(page);
    await page.reload();
    await page.waitForLoadState("networkidle");
    await goOffline(offline, page);
    await page.goto(site.server.url + EN + "?q=an+hoi+garlic");
    await page.locator("#search-browse:not([hidden])").waitFor();
    // Whether Pagefind reports the missing index chunk or finds nothing, the ways on are the same.
    expect(await page.locator("#search-results li").count()).toBe(0);
    expect(await page.locator("#search-suggest-list a").first().textContent()).toBe("An Hải garlic");
    expect(await page.locator("#search-browse a[href^='/en/categories/']").count()).toBe(3);
    expect(await page.locator("#search-browse a[href='/en/gifts/qua-tet/']").count()).toBe(1);
    await offline.close();
  });
});
