/**
 * Vietnamese administrative addresses ("xã Tịnh Khê, thành phố Quảng Ngãi") as an English page
 * shows them ("Tịnh Khê commune, Quảng Ngãi city"): the names stay as they are, the kind of
 * each unit is translated and follows its name, as English writes it. Pure and browser-safe.
 */
import type { Locale } from "../../i18n/locales.ts";

/** Kinds of unit, longest first (so "thị xã" is not read as "thị" then "xã"). */
const UNITS: readonly (readonly [vi: string, en: string])[] = [
  ["thành phố", "city"],
  ["thị trấn", "town"],
  ["thị xã", "town"],
  ["đặc khu", "special zone"],
  ["khối phố", "quarter"],
  ["phường", "ward"],
  ["huyện", "district"],
  ["tỉnh", "province"],
  ["thôn", "village"],
  ["xã", "commune"],
];

/** What a former unit's note in brackets says, in English. */
const NOTES: Record<string, string> = { "một phần": "part", "phần còn lại": "the rest" };

function unitIn(part: string): string {
  const [, name = part, note] = /^(.*?)(?: \(([^)]*)\))?$/.exec(part) ?? [];
  const noted = note === undefined ? "" : ` (${NOTES[note] ?? note})`;
  for (const [vi, en] of UNITS) {
    if (!name.toLowerCase().startsWith(`${vi} `)) continue;
    const rest = name.slice(vi.length + 1);
    // A number names nothing by itself: "khối phố 7" is "Quarter 7".
    return (/^\d+$/.test(rest) ? `${en[0]!.toUpperCase()}${en.slice(1)} ${rest}` : `${rest} ${en}`) + noted;
  }
  return part;
}

/** `address` for a page in `locale`: as written in Vietnamese, each unit's kind in English. */
export function addressIn(address: string, locale: Locale): string {
  return locale === "vi" ? address : address.split(", ").map(unitIn).join(", ");
}

/** A place's former names for a page in `locale`, as one line ("Trà Bùi commune (part), Trà Bồng district; …"). */
export function formerNamesIn(names: readonly string[], locale: Locale): string {
  return names.map((name) => addressIn(name, locale)).join("; ");
}
