import type { TFunction } from 'i18next';
import { fi } from '../../i18n/fi';

/** The codes the dashboard has labels for: the keys of the translations (one list, not a copy). */
type KnownCode = Exclude<keyof typeof fi.rejectionCode, 'other'>;

export function isKnownRejectionCode(code: string): code is KnownCode {
  return code !== 'other' && Object.hasOwn(fi.rejectionCode, code);
}

/** The server's codes are stable and translated here; a code added later still shows, untranslated. */
export function rejectionCodeLabel(code: string, t: TFunction): string {
  return isKnownRejectionCode(code) ? t(`rejectionCode.${code}`) : t('rejectionCode.other', { code });
}
