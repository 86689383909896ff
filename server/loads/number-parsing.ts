/**
 * Numbers as analysts write them: `1.5` or `1,5` (Finnish decimal comma), optionally signed, with an
 * exponent. Thousands separators are refused rather than guessed at: `1 234` or `1.234,5` could mean
 * two different numbers, and a wrong guess would be silently wrong data.
 */
export type NumberParseResult = { ok: true; value: number } | { ok: false; reason: string };

const PLAIN_NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

export function parseDecimal(raw: string | number): NumberParseResult {
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, reason: `${raw} is not a finite number` };
  }
  const text = raw.trim().replace(/^\u2212/, '-'); // a typographic minus sign, as spreadsheets export it
  if (text === '') return { ok: false, reason: 'is empty' };
  if (/^[+-]?(nan|inf(inity)?)$/i.test(text)) return { ok: false, reason: `${text} is not a number` };
  if (!PLAIN_NUMBER.test(text)) {
    if (/^[+-]?\d{1,3}([ \u00a0\u202f'.,]\d{3})+([.,]\d+)?$/.test(text)) {
      return { ok: false, reason: `"${text}" has a thousands separator; write the number without one (1234.5 or 1234,5)` };
    }
    return { ok: false, reason: `"${text}" is not a number` };
  }
  const value = Number(text.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, reason: `"${text}" is too large to store` };
  return { ok: true, value };
}

/** Provisional flags: 1/0, true/false, yes/no, and the Finnish and Swedish words; empty is false. */
export function parseFlag(raw: string | boolean | null | undefined): { ok: true; value: boolean } | { ok: false; reason: string } {
  if (raw === null || raw === undefined) return { ok: true, value: false };
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  const text = raw.trim().toLowerCase();
  if (['', '0', 'false', 'no', 'ei', 'nej', 'n'].includes(text)) return { ok: true, value: false };
  if (['1', 'true', 'yes', 'kyllä', 'k', 'ja', 'y', 'x'].includes(text)) return { ok: true, value: true };
  return { ok: false, reason: `"${raw}" is not a yes/no value; write 1 or 0` };
}
