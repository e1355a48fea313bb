import { describe, expect, it } from "vitest";
import { addressIn, formerNamesIn } from "./address.ts";

describe("addressIn: former addresses on English pages", () => {
  it.each([
    ["huyện Nghĩa Hành", "Nghĩa Hành district"],
    ["xã Tịnh Khê, thành phố Quảng Ngãi", "Tịnh Khê commune, Quảng Ngãi city"],
    ["phường Phổ Thạnh, thị xã Đức Phổ", "Phổ Thạnh ward, Đức Phổ town"],
    ["thị trấn Châu Ổ, huyện Bình Sơn", "Châu Ổ town, Bình Sơn district"],
    ["thôn Tây An Vĩnh, huyện Lý Sơn", "Tây An Vĩnh village, Lý Sơn district"],
    ["khối phố 7, thị trấn Đăk Tô, huyện Đăk Tô, tỉnh Kon Tum", "Quarter 7, Đăk Tô town, Đăk Tô district, Kon Tum province"],
    ["xã Trà Bùi (một phần), huyện Trà Bồng", "Trà Bùi commune (part), Trà Bồng district"],
    ["xã Trà Bùi (phần còn lại), huyện Trà Bồng", "Trà Bùi commune (the rest), Trà Bồng district"],
  ])("%s → %s", (vi, en) => {
    expect(addressIn(vi, "en")).toBe(en);
  });
  it("keeps what it does not know, and the Vietnamese page's address as written", () => {
    expect(addressIn("Làng Teng", "en")).toBe("Làng Teng");
    expect(addressIn("xã Tịnh Khê, thành phố Quảng Ngãi", "vi")).toBe("xã Tịnh Khê, thành phố Quảng Ngãi");
  });
});

describe("formerNamesIn: a place's former names on one line", () => {
  it("each in the page's language, joined by semicolons", () => {
    const names = ["xã Trà Bùi (một phần), huyện Trà Bồng", "xã Trà Sơn, huyện Trà Bồng"];
    expect(formerNamesIn(names, "en")).toBe("Trà Bùi commune (part), Trà Bồng district; Trà Sơn commune, Trà Bồng district");
    expect(formerNamesIn(names, "vi")).toBe(names.join("; "));
    expect(formerNamesIn([], "en")).toBe("");
  });
});
