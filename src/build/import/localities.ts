/**
 * Finds the commune, ward or special zone of a row: by its current name (or file name), or, for
 * an address written before the 2025 merger, through the localities' former names
 * ("xã Bình Thạnh, huyện Bình Sơn"). Names are compared folded (no tones, đ as d) and without
 * spaces, so "Đăk Rve", "Đắk Rve" and "ĐăkRve" are the same.
 */
import { fold } from "../../lib/values/fold.ts";
import { str, type ContentEntry } from "./content.ts";

export interface LocalityRef {
  id: string;
  name: string;
  kind: string;
}

type Level = "commune" | "district" | "province";

/** Unit words that may open a part of an address, longest first, with the level they name. */
const PREFIXES: readonly [string, Level | "zone"][] = [
  ["thi tran", "commune"],
  ["thi xa", "district"],
  ["thanh pho", "district"],
  ["dac khu", "zone"],
  ["phuong", "commune"],
  ["huyen", "district"],
  ["tinh", "province"],
  ["tp.", "district"],
  ["tx.", "district"],
  ["tt.", "commune"],
  ["xa", "commune"],
  ["p.", "commune"],
  ["x.", "commune"],
  ["h.", "district"],
];

interface Part {
  level: Level | "zone" | undefined;
  key: string;
}

/** Letters and digits of a folded name: the form names are compared in. */
function nameKey(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, "");
}

/** One part of an address ("xã Trà Bùi (một phần)") as its level and name key. */
function parsePart(text: string): Part {
  const folded = fold(text.replace(/\([^)]*\)/g, "")).replace(/\s+/g, " ");
  for (const [prefix, level] of PREFIXES) {
    if (folded.startsWith(prefix.endsWith(".") ? prefix : `${prefix} `) && folded.length > prefix.length + 1) {
      return { level, key: nameKey(folded.slice(prefix.length)) };
    }
  }
  return { level: undefined, key: nameKey(folded) };
}

function parseAddress(text: string): Part[] {
  return text
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(parsePart);
}

interface FormerName {
  locality: LocalityRef;
  text: string;
  unit: Part;
  district: string | undefined;
}

/** Whether an address (parts) names the former unit `f`. */
function namesFormer(parts: Part[], f: FormerName): boolean {
  if (f.unit.level === "district") {
    return parts.some((p) => p.key === f.unit.key && (p.level === undefined || p.level === "district"));
  }
  const i = parts.findIndex((p) => p.key === f.unit.key && (p.level === undefined || p.level === "commune"));
  if (i < 0) return false;
  // The district, when the address gives one: the next part that is a district or has no unit word.
  const district = parts.slice(i + 1).find((p) => p.level === "district" || p.level === undefined);
  return !district || !f.district || district.key === f.district;
}

export interface FormerMatch {
  locality: LocalityRef;
  formerName: string;
}

export class LocalityResolver {
  readonly all: LocalityRef[];
  private readonly formerNames: FormerName[];

  constructor(entries: readonly ContentEntry[]) {
    this.all = entries.map((e) => ({ id: e.id, name: str(e, "name") ?? e.id, kind: str(e, "kind") ?? "xa" }));
    this.formerNames = entries.flatMap((e, i) => {
      const names = Array.isArray(e.data["formerNames"]) ? e.data["formerNames"] : [];
      return names
        .filter((n): n is string => typeof n === "string")
        .map((text) => {
          const [unit, district] = parseAddress(text);
          return {
            locality: this.all[i]!,
            text,
            unit: unit ?? { level: undefined, key: "" },
            district: district?.level === "district" || district?.level === undefined ? district?.key : undefined,
          };
        });
    });
  }

  /** Localities whose current name or file name is `text` (the first part, before any comma). */
  current(text: string): LocalityRef[] {
    const part = parsePart(text.split(",")[0] ?? "");
    const found = this.all.filter((l) => nameKey(l.name) === part.key || nameKey(l.id) === part.key);
    if (found.length <= 1 || part.level === undefined) return found;
    const kind = part.level === "zone" ? "dac-khu" : part.level === "commune" ? null : "";
    const narrowed = found.filter((l) => (kind === null ? l.kind !== "dac-khu" : l.kind === kind));
    return narrowed.length > 0 ? narrowed : found;
  }

  /** Localities that took over the former unit an address names, each once. */
  former(address: string): FormerMatch[] {
    const parts = parseAddress(address);
    const out = new Map<string, FormerMatch>();
    for (const f of this.formerNames) {
      if (!out.has(f.locality.id) && namesFormer(parts, f)) out.set(f.locality.id, { locality: f.locality, formerName: f.text });
    }
    return [...out.values()];
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

const KIND_WORDS: Record<string, string> = { xa: "xã", phuong: "phường", "dac-khu": "đặc khu" };

/** "xã Vạn Tường", "đặc khu Lý Sơn". */
export function localityLabel(l: LocalityRef): string {
  return `${KIND_WORDS[l.kind] ?? ""} ${l.name}`.trim();
}
