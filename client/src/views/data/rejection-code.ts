import type { TFunction } from 'i18next';

const KNOWN_CODES = [
  'MALFORMED_FILE',
  'EMPTY_FILE',
  'MISSING_FIELD',
  'UNKNOWN_INDICATOR',
  'UNKNOWN_AREA',
  'FORMER_AREA',
  'UNSUPPORTED_AREA',
  'UNKNOWN_SERVICE_AREA',
  'INVALID_PERIOD',
  'WRONG_FREQUENCY',
  'INVALID_NUMBER',
  'OUT_OF_RANGE',
  'INVALID_FLAG',
  'UNSUPPORTED_ROW',
  'DUPLICATE_KEY',
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

function isKnownCode(code: string): code is KnownCode {
  return (KNOWN_CODES as readonly string[]).includes(code);
}

/** The server's codes are stable and translated here; a code added later still shows, untranslated. */
export function rejectionCodeLabel(code: string, t: TFunction): string {
  return isKnownCode(code) ? t(`rejectionCode.${code}`) : t('rejectionCode.other', { code });
}
