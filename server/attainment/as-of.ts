import { badInput } from '../errors';
import { formatPeriod, parsePeriod, periodEndExclusive } from '../observations/period';

export interface AsOf {
  /** Epoch ms: only versions recorded at or before this instant are used. */
  instant: number;
  /** The period given, e.g. `2025Q2`: the latest data judged ends with it. Null for "latest". */
  period: string | null;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads `asOf`: nothing (now, latest data), a period (what was recorded by the end of it, and data
 * up to it: `2025Q2`), or an ISO date-time (what was recorded by then).
 */
export function parseAsOf(text: string | null | undefined, now: Date, field = 'asOf'): AsOf {
  if (text == null || text.trim() === '') return { instant: now.getTime(), period: null };
  const trimmed = text.trim();
  if (ISO_DATE_TIME.test(trimmed)) {
    const instant = Date.parse(trimmed);
    if (!Number.isNaN(instant)) return { instant, period: null };
  }
  const parsed = parsePeriod(trimmed);
  if (!parsed.ok) {
    throw badInput({
      field,
      reason: `"${trimmed}" is neither a period (2025Q2, 2025, 2025-06) nor a date-time (2025-06-30T12:00:00Z)`,
    });
  }
  // The period's last millisecond; a period not yet over is judged with what is recorded now.
  const instant = Math.min(periodEndExclusive(parsed.period).getTime() - 1, now.getTime());
  return { instant, period: formatPeriod(parsed.period) };
}
