import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { REJECTION_CODES } from '../../../../server/loads/load-model';
import { LANGUAGES, resources } from '../../i18n/resources';
import { isKnownRejectionCode, rejectionCodeLabel } from './rejection-code';

describe('rejection code labels', () => {
  const translators = new Map<string, TFunction>();

  beforeAll(async () => {
    for (const language of LANGUAGES) {
      const i18n = createInstance();
      await i18n.init({ lng: language, resources, interpolation: { escapeValue: false } });
      translators.set(language, i18n.t);
    }
  });

  it('has a label for every code the server can emit', () => {
    const unlabelled = REJECTION_CODES.filter((code) => !isKnownRejectionCode(code));
    expect(unlabelled).toEqual([]);
  });

  it.each(LANGUAGES)('labels a server code in %s with its own text, not the fallback', (language) => {
    const t = translators.get(language) as TFunction;
    for (const code of REJECTION_CODES) {
      const label = rejectionCodeLabel(code, t);
      expect(label).not.toContain(code);
      expect(label).not.toMatch(/^rejectionCode\./);
    }
  });

  it('shows a code it does not know, untranslated, inside the fallback label', () => {
    const t = translators.get('en') as TFunction;
    expect(rejectionCodeLabel('NEW_REASON', t)).toBe('Other reason (NEW_REASON)');
    expect(isKnownRejectionCode('other')).toBe(false);
    expect(isKnownRejectionCode('toString')).toBe(false);
  });
});
