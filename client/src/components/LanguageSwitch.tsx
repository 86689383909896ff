import { useTranslation } from 'react-i18next';
import { rememberLanguage } from '../i18n/setup';
import { LANGUAGES, type Language } from '../i18n/resources';

/** Each language named in itself, so a reader finds theirs whatever the page is in now. */
export const LANGUAGE_NAMES: Record<Language, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const choose = (language: Language) => {
    void i18n.changeLanguage(language);
    rememberLanguage(language);
  };
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('app.language')}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__button"
          aria-pressed={i18n.resolvedLanguage === language}
          onClick={() => choose(language)}
        >
          {LANGUAGE_NAMES[language]}
        </button>
      ))}
    </fieldset>
  );
}
