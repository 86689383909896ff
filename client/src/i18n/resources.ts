import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';

/** Finnish is the reference shape: Swedish and English must have exactly its keys (checked by TypeScript). */
export type Translation = typeof fi;

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fi';

export const resources = {
  fi: { translation: fi },
  sv: { translation: sv },
  en: { translation: en },
} as const satisfies Record<Language, { translation: Translation }>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Intl locales per UI language. Finland's Swedish (sv-FI) and Finnish both use a decimal comma;
 * English uses en-GB for day-month order and a decimal point.
 */
export const INTL_LOCALE: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
