/**
 * Finds the commune, ward or special zone of a row: by its current name (or file name), or, for
 * an address written before the 2025 merger, through the localities' former names
 * ("xã Bình Thạnh, huyện Bình Sơn").
 *
 * A name is compared as typed first, tone marks included: "Ba Tơ" and "Ba Tô", "Sơn Hà" and
 * "Sơn Hạ", "Bình Thạnh" and "Bình Thanh" are different units. Only when nothing matches as
 * typed are names compared folded (no marks, đ as d, no spaces), so "Đắk Rve", "Dak Rve" and
 * "ĐăkRve" still find "Đăk Rve"; only then can a name match several units.
 */
import { fold, foldKey } from "../../lib/values/fold.ts";
import { str, type ContentEntry } from "./content.ts";

export interface LocalityRef {
  id: string;
  name: string;
  kind: string;
}

type Level = "commune" | "zone" | "district" | "province";

/** The unit words that may open a part of an address, with their level; written with their marks. */
const UNIT_WORDS: readonly [string, Level][] = [
  ["thị trấn", "commune"],
  ["thị xã", "district"],
  ["thành phố", "district"],
  ["đặc khu", "zone"],
  ["phường", "commune"],
  ["huyện", "district"],
  ["tỉnh", "province"],
  ["xã", "commune"],
  ["tp.", "district"],
  ["tx.", "district"],
  ["tt.", "commune"],
  ["p.", "commune"],
  ["x.", "commune"],
  ["h.", "district"],
];

/** Words that open a part below the commune (a village, a street): such a part names no unit. */
const BELOW_COMMUNE = /^(thôn|thon|khối phố|khoi pho|khối|tổ dân phố|tổ|làng|xóm|buôn|ấp|số nhà|đường)(?=\s|$)/;

/** A name in the two forms it is compared in: as typed (marks kept) and folded. */
interface Key {
  exact: string;
  folded: string;
}

function keyOf(text: string): Key {
  return {
    exact: text
      .normalize("NFC")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, ""),
    folded: foldKey(text),
  };
}

/** How well a name matched: as typed, or only once folded. */
type Match = "exact" | "folded" | undefined;

function compare(a: Key, b: Key): Match {
  if (a.exact !== "" && a.exact === b.exact) return "exact";
  if (a.folded !== "" && a.folded === b.folded) return "folded";
  return undefined;
}

/** One part of an address ("xã Trà Bùi (một phần)"): its unit word, level and name. */
interface Part {
  /** The unit word as written in full ("xã", "thị trấn"), folded; undefined when there is none. */
  word: string | undefined;
  level: Level | undefined;
  key: Key;
  /**
   * The whole part read as a name, when its unit word was typed without marks and could be the
   * start of a name ("tinh khe": tỉnh Khê, or Tịnh Khê).
   */
  whole?: Key;
  /** A village or street ("thôn Tân Ba"): no unit of the table. */
  below: boolean;
}

function parsePart(text: string): Part {
  const lower = text
    .replace(/\([^)]*\)/g, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
  const below = BELOW_COMMUNE.test(lower);
  for (const [word, level] of UNIT_WORDS) {
    const opens = (w: string) =>
      (w.endsWith(".") ? lower.startsWith(w) : lower.startsWith(`${w} `)) && lower.length > w.length + 1;
    const canonical = fold(word).replace(/\.$/, "");
    // As typed, marks and all: "tỉnh" opens a part, "Tịnh" (Tịnh Khê) does not.
    if (opens(word)) return { word: canonical, level, key: keyOf(lower.slice(word.length)), below };
    // Typed without marks ("xa Binh Hai"): a unit word, unless the whole part is the name.
    const bare = fold(word);
    if (opens(bare) && lower.slice(0, bare.length) === bare) {
      return { word: canonical, level, key: keyOf(lower.slice(bare.length)), whole: keyOf(lower), below };
    }
  }
  return { word: undefined, level: undefined, key: keyOf(lower), below };
}

function parseAddress(text: string): Part[] {
  return text
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(parsePart);
}

/** How a part of an address matches a name at a level: by the part's own name, or by the part read whole. */
function partMatches(p: Part, name: Key, fits: (level: Level | undefined) => boolean): Match {
  const own = fits(p.level) ? compare(p.key, name) : undefined;
  if (own === "exact") return own;
  const whole = p.whole && fits(undefined) ? compare(p.whole, name) : undefined;
  return own ?? whole;
}

interface FormerName {
  locality: LocalityRef;
  text: string;
  unit: Part;
  district: Key | undefined;
}

/** How an address names a former unit: how its name matched, whether its unit word did, how its district did. */
interface FormerHit {
  former: FormerName;
  name: Match;
  sameWord: boolean;
  district: Match | "absent";
}

const isCommune = (l: Level | undefined) => l === undefined || l === "commune";
const isDistrict = (l: Level | undefined) => l === undefined || l === "district";

function hitOf(parts: Part[], f: FormerName): FormerHit | undefined {
  if (f.unit.level === "district") {
    for (const p of parts) {
      const name = partMatches(p, f.unit.key, isDistrict);
      if (name) return { former: f, name, sameWord: p.word === f.unit.word, district: "absent" };
    }
    return undefined;
  }
  let best: FormerHit | undefined;
  parts.forEach((p, i) => {
    if (p.below) return;
    const name = partMatches(p, f.unit.key, isCommune);
    if (!name) return;
    // The district, when the address gives one: the next part that is a district or has no unit word.
    const next = parts.slice(i + 1).find((q) => !q.below && isDistrict(q.level));
    let district: FormerHit["district"] = "absent";
    if (next && f.district) {
      const m = partMatches(next, f.district, isDistrict);
      if (!m) return;
      district = m;
    }
    const hit = { former: f, name, sameWord: p.word !== undefined && p.word === f.unit.word, district };
    if (!best || rank(hit) < rank(best)) best = hit;
  });
  return best;
}

/** Lower is better: a name as typed, then the same unit word, then the district as typed. */
function rank(h: FormerHit): number {
  return (h.name === "exact" ? 0 : 4) + (h.sameWord ? 0 : 2) + (h.district === "folded" ? 1 : 0);
}

/** Keeps the hits that are best on each count in turn: a name as typed beats a folded one, and so on. */
function bestHits(hits: FormerHit[]): FormerHit[] {
  let out = hits;
  const keep = (good: (h: FormerHit) => boolean) => {
    if (out.some(good)) out = out.filter(good);
  };
  keep((h) => h.name === "exact");
  keep((h) => h.sameWord);
  keep((h) => h.district !== "folded");
  return out;
}

export interface FormerMatch {
  locality: LocalityRef;
  formerName: string;
}

/** What a current name matched, and whether only its folded form did. */
export interface CurrentMatch {
  found: LocalityRef[];
  folded: boolean;
}

export class LocalityResolver {
  readonly all: LocalityRef[];
  private readonly formerNames: FormerName[];
  /** Folded keys of the former districts the table names ("nghiahanh", "quangngai"). */
  private readonly districts: Map<string, string>;

  constructor(entries: readonly ContentEntry[]) {
    this.all = entries.map((e) => ({ id: e.id, name: str(e, "name") ?? e.id, kind: str(e, "kind") ?? "xa" }));
    this.districts = new Map();
    this.formerNames = entries.flatMap((e, i) => {
      const names = Array.isArray(e.data["formerNames"]) ? e.data["formerNames"] : [];
      return names
        .filter((n): n is string => typeof n === "string")
        .map((text) => {
          const [unit, district] = parseAddress(text);
          const districtKey = district && isDistrict(district.level) ? district.key : undefined;
          const districtText = text.split(",")[1]?.trim();
          if (districtKey && districtText) this.districts.set(districtKey.folded, districtText);
          if (unit?.level === "district") this.districts.set(unit.key.folded, text.trim());
          return {
            locality: this.all[i]!,
            text,
            unit: unit ?? { word: undefined, level: undefined, key: keyOf(""), below: false },
            district: districtKey,
          };
        });
    });
  }

  /**
   * Localities whose current name or file name is `text` (the first part, before any comma):
   * those matching as typed, else those matching folded.
   */
  currentMatch(text: string): CurrentMatch {
    const raw = (text.split(",")[0] ?? "").trim();
    const part = parsePart(raw);
    const byId = this.all.filter((l) => l.id === raw.toLowerCase());
    if (byId.length > 0) return { found: byId, folded: false };
    // "huyện Ba Tơ" is not xã Ba Tơ: a district or province is no current unit.
    const unit = part.level !== "district" && part.level !== "province";
    const matches = (how: Match) =>
      this.all.filter(
        (l) =>
          (unit && compare(part.key, keyOf(l.name)) === how) ||
          (part.whole !== undefined && compare(part.whole, keyOf(l.name)) === how),
      );
    const exact = matches("exact");
    if (exact.length > 0) return { found: narrow(exact, part), folded: false };
    const folded = [
      ...new Set([...matches("folded"), ...this.all.filter((l) => unit && keyOf(l.id).folded === part.key.folded)]),
    ];
    return { found: narrow(folded, part), folded: true };
  }

  /** Localities whose current name or file name is `text`. */
  current(text: string): LocalityRef[] {
    return this.currentMatch(text).found;
  }

  /** Localities that took over the former unit an address names, each once. */
  former(address: string): FormerMatch[] {
    const parts = parseAddress(address);
    const hits = this.formerNames.map((f) => hitOf(parts, f)).filter((h): h is FormerHit => h !== undefined);
    const out = new Map<string, FormerMatch>();
    for (const h of bestHits(hits)) {
      if (!out.has(h.former.locality.id))
        out.set(h.former.locality.id, { locality: h.former.locality, formerName: h.former.text });
    }
    return [...out.values()];
  }

  /**
   * The former district an address names when it names no commune ("huyện Nghĩa Hành",
   * "huyện Kon Plông, tỉnh Kon Tum"), as the table writes it; undefined when the address names
   * a commune, a place the table does not know, or nothing at all.
   */
  districtOnly(address: string): string | undefined {
    const parts = parseAddress(address);
    if (parts.some((p) => p.level === "commune" || p.level === "zone")) return undefined;
    // A part with no unit word may be a commune written bare or misspelt: not district-only.
    const province = (p: Part) => ["quangngai", "kontum"].includes(p.key.folded);
    if (parts.some((p) => p.level === undefined && !p.below && !province(p))) return undefined;
    const districts = parts.filter((p) => p.level === "district");
    const known = districts.map((p) => this.districts.get(p.key.folded));
    return districts.length > 0 && known.every(Boolean) ? known[0] : undefined;
  }

  /** Localities whose name or a former name shares a word with `text`: suggestions when nothing matched. */
  near(text: string, limit = 6): LocalityRef[] {
    const words = new Set(
      fold(text)
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length >= 3 && !["xa", "huyen", "phuong", "tinh", "thon", "quang", "ngai"].includes(w)),
    );
    if (words.size === 0) return [];
    const hits = new Set<LocalityRef>();
    const shares = (name: string) =>
      fold(name)
        .split(/[^a-z0-9]+/)
        .some((w) => words.has(w));
    for (const l of this.all) if (shares(l.name)) hits.add(l);
    for (const f of this.formerNames) if (shares(f.text.split(",")[0] ?? "")) hits.add(f.locality);
    return [...hits].slice(0, limit);
  }
}

/** Several units of one name: the unit word typed ("xã", "đặc khu") keeps those of its kind. */
function narrow(found: LocalityRef[], part: Part): LocalityRef[] {
  if (found.length <= 1 || part.word === undefined) return found;
  const kind = part.word === "xa" ? "xa" : part.word === "phuong" ? "phuong" : part.word === "dac khu" ? "dac-khu" : undefined;
  const narrowed = found.filter((l) => l.kind === kind);
  return narrowed.length > 0 ? narrowed : found;
}

const KIND_WORDS: Record<string, string> = { xa: "xã", phuong: "phường", "dac-khu": "đặc khu" };

/** "xã Vạn Tường", "đặc khu Lý Sơn". */
export function localityLabel(l: LocalityRef): string {
  return `${KIND_WORDS[l.kind] ?? ""} ${l.name}`.trim();
}
