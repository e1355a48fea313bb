import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { ENGLISH_TEXT, OTHERS, PRODUCTS } from "../../../tests/fixtures/search/catalogue.ts";
import {
  fromTelex,
  fromVni,
  isSyllable,
  knownWords,
  lazyKnownWords,
  marksMatter,
  readQuery,
  readToken,
  splitJoined,
  splitJoinedQuery,
} from "./query.ts";

describe("Telex leftovers become Vietnamese", () => {
  it.each([
    ["toir", "tỏi"],
    ["nuowcs", "nước"],
    ["dduowngf", "đường"],
    ["mams", "mám"],
    ["mawmj", "mặm"],
    ["quees", "quế"],
    ["ruowuj", "rượu"],
    ["nhungj", "nhụng"],
    ["huowu", "hươu"],
    ["huyfnh", "huỳnh"], // tone key typed before the final consonant
    ["ddoongf", "đồng"],
    ["tieen", "tiên"],
    ["nuowsc", "nước"], // tone key typed right after the vowels
    ["nuocw", "nươc"], // "w" typed after the final consonant
    ["saau", "sâu"],
    ["trafaf", null], // two tone keys: no syllable
  ])("%s → %s", (typed, expected) => {
    expect(fromTelex(typed)).toBe(expected);
  });

  it("a stop final takes only sắc or nặng: 'mucf' is no syllable", () => {
    expect(fromTelex("mucf")).toBeNull();
    expect(fromTelex("mucj")).toBe("mục");
  });
});

describe("VNI leftovers become Vietnamese", () => {
  it.each([
    ["to3i", "tỏi"],
    ["nu7o71c", "nước"],
    ["d9u7o7ng2", "đường"],
    ["que61", "quế"],
    ["ma5ch", "mạch"],
    ["nha2", "nhà"],
  ])("%s → %s", (typed, expected) => {
    expect(fromVni(typed)).toBe(expected);
  });

  it.each(["500g", "mp3", "a4", "h2o", "100ml", "ly2son3"])("%s is a size, a code or junk, not VNI", (typed) => {
    expect(fromVni(typed)).toBeNull();
  });
});

describe("what is left as typed", () => {
  it.each(["toi", "duong", "quang", "nghia", "xoong", "gi", "khuynh", "nguyen"])(
    "%s already reads as Vietnamese without marks",
    (word) => {
      expect(isSyllable(word)).toBe(true);
      expect(readToken(word)).toBe(word);
    },
  );

  it.each(["garlic", "fish", "sauce", "sweets", "cinnamon", "honey", "coffee", "gifts", "noodles", "wine", "black"])(
    "the English word %s converts to no Vietnamese syllable",
    (word) => {
      expect(readToken(word)).toBe(word);
    },
  );

  it.each(["best", "born", "most", "corn", "or", "if"])(
    "the English word %s is no Telex: s/r inside a word without a letter key, or only two letters",
    (word) => {
      expect(fromTelex(word)).toBeNull();
    },
  );

  it.each(["nuts", "bus", "car", "door", "mix"])("the English word %s would read as Telex but is listed", (word) => {
    expect(fromTelex(word)).not.toBeNull();
    expect(readToken(word)).toBe(word);
  });

  it("no word of English text or of the English dictionary is rewritten, the catalogue's names passed as known", () => {
    const words = new Set<string>();
    const add = (text: string) => {
      for (const m of text.matchAll(/\b[A-Za-z]*[a-z][A-Za-z]*\b/g)) words.add(m[0].toLowerCase());
    };
    add(ENGLISH_TEXT);
    for (const p of PRODUCTS) add(p.en);
    add(readFileSync(join(import.meta.dirname, "../../i18n/en.ts"), "utf8"));
    // The page passes the catalogue's names as known words: place and brand names stay as typed.
    const known = knownWords([...PRODUCTS.map((p) => p.name), ...OTHERS.map((o) => o.name)]);
    expect(words.size).toBeGreaterThan(300);
    const rewritten = [...words].filter((w) => readToken(w, known) !== w);
    expect(rewritten).toEqual([]);
  });

  it("a word of the catalogue's own names stays as typed: “dak mar” is the place, not “mả”", () => {
    const known = knownWords(["Đăk Mar", "Tỏi Lý Sơn Dori"]);
    expect(readToken("mar")).toBe("mả");
    expect(readToken("mar", known)).toBe("mar");
    expect(readQuery("dak mar", "vi", known).term).toBe("dak mar");
  });

  it("the page's known words are folded only when a token needs them, once, with the same answers", () => {
    const names = ["Đăk Mar", "Tỏi Lý Sơn Dori"];
    const folding = vi.spyOn(names, "flatMap");
    const known = lazyKnownWords(names);
    // Syllables and marked words are never looked up: the page's start folds nothing.
    expect(readQuery("tỏi ly son", "vi", known).term).toBe("tỏi ly son");
    expect(folding).not.toHaveBeenCalled();
    expect(readQuery("dak mar", "vi", known).term).toBe("dak mar");
    expect(readToken("dori", known)).toBe("dori");
    expect(folding).toHaveBeenCalledTimes(1);
    expect(readToken("toir", known)).toBe("tỏi");
  });

  it("words with marks, and numbers, pass through", () => {
    expect(readToken("Tỏi")).toBe("Tỏi");
    expect(readToken("250")).toBe("250");
  });
});

describe("queries as shoppers type them", () => {
  it.each([
    ["mua tỏi lý sơn ở đâu", "tỏi lý sơn"],
    ["tỏi lý sơn mua ở đâu", "tỏi lý sơn"],
    ["toi ly son o dau", "toi ly son"],
    ["giá nước mắm bao nhiêu", "nước mắm"],
    ["gia nuoc mam bao nhieu", "nuoc mam"],
    ["có bán quế trà bồng không", "quế trà bồng"],
    ["co ban que tra bong khong", "que tra bong"],
    ["mạch nha loại nào ngon", "mạch nha"],
    ["loai mach nha nao ngon nhat", "mach nha"],
    ["tôi muốn tìm quà tết", "quà tết"],
    ["shop ơi còn nấm linh chi không", "còn nấm linh chi"],
    ["mua toir lys sown owr ddaau", "tỏi lý sơn"],
    ["nuowcs mawms sa huyfnh", "nước mắm sa huỳnh"],
    ["gia1 nu7o71c ma81m", "nước mắm"],
  ])("“%s” searches for “%s”", (typed, term) => {
    expect(readQuery(typed).term).toBe(term);
  });

  it.each([
    ["tinh dau que", "dau = dầu (oil) outside “o dau”"],
    ["gia vi", "gia = gia vị (spice) without “bao nhiêu”"],
    ["toi co don", "co = cô (đơn) without “không”"],
    ["hanh tim binh hai", "tim = tím (purple) is no filler"],
    ["mùa tết", "mùa (season) is not mua (buy)"],
  ])("“%s” keeps every word: %s", (typed) => {
    expect(readQuery(typed).term).toBe(typed);
  });

  it("a query of fillers only is searched as typed rather than emptied", () => {
    expect(readQuery("mua ở đâu").term).toBe("mua ở đâu");
  });

  it("the English page converts nothing and drops no Vietnamese fillers", () => {
    expect(readQuery("fish sauce", "en").term).toBe("fish sauce");
    expect(readQuery("nuts gifts", "en").term).toBe("nuts gifts");
  });

  it("gives the product words folded, for ranking", () => {
    expect(readQuery("mua Tỏi Lý Sơn ở đâu").words).toEqual(["toi", "ly", "son"]);
  });
});

describe("splitJoined: syllables typed without their spaces", () => {
  it.each([
    ["lyson", "ly son"],
    ["mangden", "mang den"],
    ["quangngai", "quang ngai"],
    ["sahuynh", "sa huynh"],
    ["nuocmam", "nuoc mam"],
    ["thanhoa", "than hoa"],
    ["anhai", "an hai"],
    ["binhsonquang", "binh son quang"],
  ])("“%s” is “%s”", (typed, meant) => {
    expect(splitJoined(typed)).toBe(meant);
  });

  it.each(["cashew", "garlic", "honey", "toi", "quang", "ly son", "tea"])("“%s” is left alone", (typed) => {
    expect(splitJoined(typed)).toBeUndefined();
  });

  it("splits only the joined words of a query, or says none is", () => {
    expect(splitJoinedQuery("toi lyson")).toBe("toi ly son");
    expect(splitJoinedQuery("toi ly son")).toBeUndefined();
  });
});

describe("marksMatter: when the index matches the marks as typed", () => {
  it("a word typed with a tone or vowel mark, or đ, is matched as typed", () => {
    expect(marksMatter("cá")).toBe(true); // fish, not the cà of cà phê
    expect(marksMatter("bò")).toBe(true); // beef, not bột or Bờ Y
    expect(marksMatter("Tỏi Lý Sơn")).toBe(true);
    expect(marksMatter("đường")).toBe(true);
    expect(marksMatter("ca phê")).toBe(true); // the bare word still matches any marks
  });
  it("a query typed bare folds as before", () => {
    expect(marksMatter("ca")).toBe(false);
    expect(marksMatter("toi ly son")).toBe(false);
    expect(marksMatter("garlic")).toBe(false);
    expect(marksMatter("")).toBe(false);
  });
  it("a word whose tone may sit on either vowel (hòa or hoà, thủy or thuỷ) folds, whichever way it was typed", () => {
    for (const q of ["hòa", "hoà", "Y Hòa", "thủy", "thuỷ", "khỏe", "khoẻ", "quý"]) expect(marksMatter(q), q).toBe(false);
    // The same vowels with a final consonant have one spelling.
    expect(marksMatter("hoàng")).toBe(true);
    expect(marksMatter("toán")).toBe(true);
  });
});
