import { types } from 'pg';

/** PostgreSQL's type oid for timestamptz. */
export const TIMESTAMPTZ_OID = 1184;

/** Seconds per unit of the optional :MM and :SS parts of a UTC offset (kept out of the per-value path). */
const OFFSET_UNITS = [60, 1] as const;

/** The digits s[from, from + n) as a number, or -1 if any of them is not a digit. */
function digits(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * Parses a timestamptz as PostgreSQL prints it with the default DateStyle (ISO):
 * `YYYY-MM-DD HH:MM:SS[.ffffff]±HH[:MM[:SS]]`, truncated to milliseconds like pg's own parser.
 * Returns undefined for anything else (BC dates, years outside 1000–9999, infinity, other
 * DateStyles), which the caller hands to pg's parser.
 *
 * Why: pg's parser (postgres-date) runs three regular expressions per value and the dashboard reads
 * a few hundred rows with two or three timestamps each; it was ≈ 4 % of the server's samples.
 */
export function parseIsoTimestamptz(s: string): Date | undefined {
  if (s.length < 22 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 32 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) {
    return undefined;
  }
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  const second = digits(s, 17, 2);
  // Date.UTC maps years 0–99 to 1900–1999; such dates go to the general parser.
  if (year < 1000 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return undefined;
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    i++;
    let n = 0;
    for (let d = s.charCodeAt(i) - 48; d >= 0 && d <= 9; d = s.charCodeAt(i) - 48) {
      if (n < 3) ms = ms * 10 + d;
      n++;
      i++;
    }
    if (n === 0) return undefined;
    for (; n < 3; n++) ms *= 10;
  }
  const sign = s.charCodeAt(i);
  if (sign !== 43 && sign !== 45) return undefined;
  let offset = digits(s, i + 1, 2) * 3600;
  if (offset < 0) return undefined;
  i += 3;
  for (const unit of OFFSET_UNITS) {
    if (i === s.length) break;
    const v = s.charCodeAt(i) === 58 ? digits(s, i + 1, 2) : -1;
    if (v < 0) return undefined;
    offset += v * unit;
    i += 3;
  }
  if (i !== s.length) return undefined;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms) - (sign === 45 ? -offset : offset) * 1000;
  return new Date(utc);
}

let installed = false;

/** Makes pg parse timestamptz with the fast path above, falling back to its own parser. Idempotent. */
export function installTimestampParser(): void {
  if (installed) return;
  installed = true;
  const general = types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (s: string) => unknown;
  types.setTypeParser(TIMESTAMPTZ_OID, (s: string) => parseIsoTimestamptz(s) ?? general(s));
}
