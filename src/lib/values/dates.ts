/** Calendar dates as the catalogue uses them: UTC midnight, no time zone surprises. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" into a UTC date, or null when it is not a real calendar date. */
export function parseIsoDate(text: string): Date | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

/** Adds whole months, clamping to the month's last day (31/01 + 1 month = 28 or 29/02). */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)));
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The build date (UTC midnight): what "today" means for certificate status and for refusing dates
 * in the future. BUILD_DATE=YYYY-MM-DD fixes it for reproducible builds and tests.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env["BUILD_DATE"];
  const now = fixed ? new Date(`${fixed}T00:00:00Z`) : new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
