import { describe, expect, it } from "vitest";
import { idsFromSearch, readList, shareUrl, toggle, writeList } from "./gift-list.ts";

describe("readList", () => {
  it("reads what writeList wrote", () => {
    expect(readList(writeList(["a", "b", "a"]))).toEqual({ ids: ["a", "b"], corrupt: false, dropped: 0 });
  });
  it("starts empty when nothing is stored", () => {
    expect(readList(null)).toEqual({ ids: [], corrupt: false, dropped: 0 });
  });
  it("tolerates a corrupted value: not JSON, wrong shape, other version", () => {
    for (const raw of ["{not json", "null", "42", '["a"]', '{"v":1}', '{"v":0,"ids":["a"]}']) {
      expect(readList(raw), raw).toEqual({ ids: [], corrupt: true, dropped: 0 });
    }
  });
  it("drops products that no longer exist and junk ids, and counts them", () => {
    const raw = JSON.stringify({ v: 1, ids: ["a", "gone", 7, "<script>", "b"] });
    expect(readList(raw, new Set(["a", "b"]))).toEqual({ ids: ["a", "b"], corrupt: false, dropped: 3 });
  });
});

describe("toggle", () => {
  it("adds at the end and removes", () => {
    expect(toggle(["a"], "b")).toEqual(["a", "b"]);
    expect(toggle(["a", "b"], "a")).toEqual(["b"]);
  });
});

describe("share URL", () => {
  it("round-trips the list through the query string", () => {
    const url = shareUrl("https://x.vn/danh-sach-qua/?ids=old#top", ["toi-ly-son", "que-tra-bong"]);
    expect(url).toBe("https://x.vn/danh-sach-qua/?ids=toi-ly-son,que-tra-bong");
    expect(idsFromSearch(new URL(url).search)).toEqual(["toi-ly-son", "que-tra-bong"]);
  });
  it("ignores anything that is not a slug, and says when there is no list", () => {
    expect(idsFromSearch("?ids=a,,B%20C,a,b")).toEqual(["a", "b"]);
    expect(idsFromSearch("?q=x")).toBeNull();
  });
});
