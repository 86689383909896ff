import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { INTL_LOCALE, isLanguage, type Language } from '../i18n/resources';
import { parsePeriod } from './periods';

/** A LocalizedText of the API. */
export interface LocalizedText {
  fi: string;
  sv?: string | null;
  en?: string | null;
}

/** The text in the chosen language, falling back to Finnish, which the API always has. */
export function localize(text: LocalizedText, language: Language): string {
  if (language === 'fi') return text.fi;
  return text[language] || text.fi;
}

export interface Formatters {
  language: Language;
  locale: string;
  text(text: LocalizedText): string;
  /** A value with the indicator's decimals; `null` becomes the word for "no data". */
  number(value: number | null | undefined, decimals?: number): string;
  /** A value followed by its unit (`12,3 %`, `45 min`). */
  quantity(value: number | null | undefined, unit: string, decimals: number): string;
  /** An axis tick: only the decimals it needs (0,55 but 2). */
  axisNumber(value: number): string;
  /** A share 0…1 as per cent. */
  percent(share: number | null | undefined, decimals?: number): string;
  /** A score −5…5 with its sign. */
  score(score: number | null | undefined): string;
  period(period: string): string;
  dateTime(iso: string): string;
}

export function createFormatters(language: Language, noValue: string, formatQuarter: (year: number, quarter: number) => string, formatMonth: (year: number, month: number) => string): Formatters {
  const locale = INTL_LOCALE[language];
  // Building an Intl.NumberFormat costs far more than using one, and tables format hundreds of cells.
  const cachedFormat = (cache: Map<number, Intl.NumberFormat>, options: Intl.NumberFormatOptions) => (decimals: number) => {
    let format = cache.get(decimals);
    if (!format) {
      format = new Intl.NumberFormat(locale, { ...options, minimumFractionDigits: decimals, maximumFractionDigits: decimals });
      cache.set(decimals, format);
    }
    return format;
  };
  const numberFormat = cachedFormat(new Map(), {});
  const percentFormat = cachedFormat(new Map(), { style: 'percent' });
  const scoreFormat = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const axisFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const isMissing = (value: number | null | undefined): value is null | undefined => value === null || value === undefined || Number.isNaN(value);

  return {
    language,
    locale,
    text: (text) => localize(text, language),
    number: (value, decimals = 0) => (isMissing(value) ? noValue : numberFormat(decimals).format(value)),
    quantity: (value, unit, decimals) => {
      if (isMissing(value)) return noValue;
      return unit ? `${numberFormat(decimals).format(value)} ${unit}` : numberFormat(decimals).format(value);
    },
    axisNumber: (value) => axisFormat.format(value),
    percent: (share, decimals = 0) => (isMissing(share) ? noValue : percentFormat(decimals).format(share)),
    score: (score) => (isMissing(score) ? noValue : scoreFormat.format(score)),
    period: (period) => {
      const parsed = parsePeriod(period);
      if (!parsed) return period;
      if (parsed.kind === 'quarter') return formatQuarter(parsed.year, parsed.quarter);
      if (parsed.kind === 'month') return formatMonth(parsed.year, parsed.month);
      return String(parsed.year);
    },
    dateTime: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
    },
  };
}

/** Formatters for the current UI language; they change when the language does. */
export function useFormat(): Formatters {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'fi';
  return useMemo(
    () =>
      createFormatters(
        language,
        t('common.noValue'),
        (year, quarter) => t('period.quarter', { year, quarter }),
        (year, month) => t('period.month', { year, month }),
      ),
    [language, t],
  );
}
