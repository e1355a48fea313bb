/**
 * Which units share a border, from the stored topology (topojson-client's `neighbors`: two units
 * are neighbours when they share an arc, i.e. a stretch of border, not a mere corner). Symmetric by
 * construction; an island has none. Pure, computed once per process.
 */
import { neighbors } from "topojson-client";
import type { GeometryObject } from "topojson-specification";
import { UNITS } from "./province.ts";

let found: Map<string, string[]> | undefined;

/** Each unit's neighbours, by official code, in code order. */
export function neighbourCodes(): ReadonlyMap<string, readonly string[]> {
  if (!found) {
    const lists = neighbors(UNITS as GeometryObject[]);
    found = new Map(UNITS.map((u, i) => [u.id, (lists[i] ?? []).map((j) => UNITS[j]!.id).sort()]));
  }
  return found;
}
