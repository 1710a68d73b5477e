/**
 * Timestamps and calendar periods, in UTC, with integer day arithmetic (no Date object per row):
 * a timestamp is ISO 8601 (a date, or a date-time with Z or an offset; without one it is read as
 * UTC) or a number of seconds since the epoch, milliseconds when its magnitude is above 1e11 (1e11
 * seconds is the year 5138; 1e11 ms is 1973, so no date a log holds is ambiguous).
 */
import type { ChunkPeriod } from '../config/types.js';

export const DAY_MS = 86_400_000;
/** Numbers above this (in magnitude) are epoch milliseconds, others epoch seconds. */
export const EPOCH_MS_FROM = 1e11;

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Epoch seconds or milliseconds → ms, by magnitude (see the module comment). */
export function epochMs(v: number): number {
  return Math.abs(v) > EPOCH_MS_FROM ? v : v * 1000;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day number (Hinnant's civil_from_days); `out` is reused to avoid an allocation. */
export function civilFromDays(days: number, out: Int32Array = new Int32Array(3)): Int32Array {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  out[0] = yoe + era * 400 + (m <= 2 ? 1 : 0);
  out[1] = m;
  out[2] = d;
  return out;
}

function daysInMonth(y: number, m: number): number {
  return daysFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - daysFromCivil(y, m, 1);
}

/** The two-digit number at s[i], or -1 when either character is not a digit. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >>> 0 > 9 || b >>> 0 > 9 ? -1 : a * 10 + b;
}

/**
 * The form machine-written logs use, `YYYY-MM-DDTHH:MM:SS`, optionally `.sss` and `Z`, read by
 * character codes: a shadow log has a distinct timestamp on nearly every row (two million strings
 * for the bench's files), and the regular expression with its captured substrings and `Number`
 * calls costs six times as much per string (0.36 s against 0.06 s per million). NaN for anything
 * else (other forms, other fraction lengths, offsets, surrounding blanks, impossible values),
 * which the general parser then reads or refuses; where both read a string they give the same
 * number (for three digits, Number(`0.${d}`) · 1000 is the integer d exactly).
 */
function parseFixedDateTime(s: string): number {
  const n = s.length;
  if (n !== 19 && n !== 20 && n !== 23 && n !== 24) return NaN;
  const t = s.charCodeAt(10);
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || (t !== 84 && t !== 32) || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return NaN;
  if ((n === 20 || n === 24) && s.charCodeAt(n - 1) !== 90) return NaN;
  let frac = 0;
  if (n >= 23) {
    const f = twoDigits(s, 20);
    const last = s.charCodeAt(22) - 48;
    if (s.charCodeAt(19) !== 46 || f < 0 || last >>> 0 > 9) return NaN;
    frac = f * 10 + last;
  }
  const yh = twoDigits(s, 0);
  const yl = twoDigits(s, 2);
  const mo = twoDigits(s, 5);
  const d = twoDigits(s, 8);
  const h = twoDigits(s, 11);
  const mi = twoDigits(s, 14);
  const sec = twoDigits(s, 17);
  if ((yh | yl | mo | d | h | mi | sec) < 0) return NaN;
  const y = yh * 100 + yl;
  // Every month has 28 days: the month's length (two day counts) is needed only past them.
  if (mo < 1 || mo > 12 || d < 1 || (d > 28 && d > daysInMonth(y, mo)) || h > 23 || mi > 59 || sec > 59) return NaN;
  return daysFromCivil(y, mo, d) * DAY_MS + ((h * 60 + mi) * 60 + sec) * 1000 + frac;
}

/** ms since the epoch of an ISO 8601 date or date-time, or of an epoch number; NaN when neither. */
export function parseTimestamp(text: string): number {
  const fixed = parseFixedDateTime(text);
  if (!Number.isNaN(fixed)) return fixed;
  const s = text.trim();
  const iso = ISO.exec(s);
  if (iso) {
    const [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return NaN;
    const h = iso[4] === undefined ? 0 : Number(iso[4]);
    const mi = iso[5] === undefined ? 0 : Number(iso[5]);
    const sec = iso[6] === undefined ? 0 : Number(iso[6]);
    if (h > 23 || mi > 59 || sec > 59) return NaN;
    const frac = iso[7] === undefined ? 0 : Number(`0.${iso[7]}`) * 1000;
    let offset = 0;
    const z = iso[8];
    if (z !== undefined && z !== 'Z') {
      const digits = z.slice(1).replace(':', '');
      const oh = Number(digits.slice(0, 2));
      const om = digits.length > 2 ? Number(digits.slice(2)) : 0;
      if (oh > 23 || om > 59) return NaN;
      offset = (z[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
    }
    return daysFromCivil(y, mo, d) * DAY_MS + ((h * 60 + mi) * 60 + sec) * 1000 + frac - offset;
  }
  if (NUMBER.test(s)) {
    const v = Number(s);
    return Number.isFinite(v) ? epochMs(v) : NaN;
  }
  return NaN;
}

/**
 * The period a timestamp falls in, as an integer that grows by one per period: days since the
 * epoch, ISO weeks (Monday first) since the week of 1970-01-01, or months since year 0.
 */
export function periodOf(ms: number, period: ChunkPeriod, scratch: Int32Array): number {
  const day = Math.floor(ms / DAY_MS);
  if (period === 'day') return day;
  // 1970-01-01 is a Thursday: its Monday is day −3.
  if (period === 'week') return Math.floor((day + 3) / 7);
  civilFromDays(day, scratch);
  return scratch[0] * 12 + scratch[1] - 1;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Key ("2026-11-03", "2026-W45", "2026-11") and [start, end) in ms of a period number. */
export function describePeriod(p: number, period: ChunkPeriod): { key: string; start: number; end: number } {
  const c = new Int32Array(3);
  if (period === 'day') {
    civilFromDays(p, c);
    return { key: `${pad(c[0], 4)}-${pad(c[1])}-${pad(c[2])}`, start: p * DAY_MS, end: (p + 1) * DAY_MS };
  }
  if (period === 'week') {
    const monday = p * 7 - 3;
    // The ISO year of a week is the year of its Thursday; week 1 holds the year's first Thursday.
    const thursday = monday + 3;
    civilFromDays(thursday, c);
    const week = Math.floor((thursday - daysFromCivil(c[0], 1, 1)) / 7) + 1;
    return { key: `${pad(c[0], 4)}-W${pad(week)}`, start: monday * DAY_MS, end: (monday + 7) * DAY_MS };
  }
  const y = Math.floor(p / 12);
  const m = p - y * 12 + 1;
  const start = daysFromCivil(y, m, 1) * DAY_MS;
  const end = (m === 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1)) * DAY_MS;
  return { key: `${pad(y, 4)}-${pad(m)}`, start, end };
}
