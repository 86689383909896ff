import 'i18next';
import type { Translation } from './resources';

// Typed keys: a misspelt or missing key is a compile error, not an English fallback at run time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}
