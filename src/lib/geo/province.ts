/**
 * The province's commune boundaries, as the site stores them (data/geo/, made by
 * scripts/make-geo-data.ts): one TopoJSON topology whose geometries carry each unit's official
 * code as their id. Localities are matched to their shape by that code, never by name. Pure.
 */
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import data from "../../../data/geo/quang-ngai-2025.topo.json" with { type: "json" };

/** One commune's shape: `id` is its official code (Công văn 1027/CTK-CSCL). */
export type UnitGeometry = (
  Polygon<{ name: string; label: [number, number] }> | MultiPolygon<{ name: string; label: [number, number] }>
) & { id: string };

export type ProvinceTopology = Topology<{ communes: GeometryCollection<{ name: string; label: [number, number] }> }>;

export const PROVINCE = data as unknown as ProvinceTopology;

/** Every unit's shape, in code order. */
export const UNITS = PROVINCE.objects.communes.geometries as UnitGeometry[];

/** The official codes that have a shape. */
export const UNIT_CODES: ReadonlySet<string> = new Set(UNITS.map((u) => u.id));

/** The shape of a code, or undefined when the data has none. */
export function unitOf(code: string): UnitGeometry | undefined {
  return UNITS.find((u) => u.id === code);
}
