/**
 * Which gift guide the home page leads with, decided at build time: the Tết guide from
 * 1 December until Lunar New Year's Day (in Vietnam's time zone), the travel guide otherwise.
 */

/** Mùng 1 Tết (Lunar New Year's Day in Vietnam), month and day per Gregorian year. */
export const LUNAR_NEW_YEAR: Readonly<Record<number, readonly [month: number, day: number]>> = {
  2025: [1, 29],
  2026: [2, 17],
  2027: [2, 6],
  2028: [1, 26],
  2029: [2, 13],
  2030: [2, 3],
  2031: [1, 23],
  2032: [2, 11],
  2033: [1, 31],
  2034: [2, 19],
  2035: [2, 8],
};

export type Season = "tet" | "travel";

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Lunar New Year's Day of a year as [month, day]; beyond the table, the latest possible date (20 Feb). */
function lunarNewYear(year: number): readonly [number, number] {
  return LUNAR_NEW_YEAR[year] ?? [2, 20];
}

/** The season at an instant: "tet" from 1 December through Lunar New Year's Day, else "travel". */
export function seasonAt(instant: Date): Season {
  const local = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  const month = local.getUTCMonth() + 1;
  const day = local.getUTCDate();
  if (month === 12) return "tet";
  const [tetMonth, tetDay] = lunarNewYear(local.getUTCFullYear());
  return month < tetMonth || (month === tetMonth && day <= tetDay) ? "tet" : "travel";
}
