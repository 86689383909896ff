import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../i18n/resources';
import type { LocalizedDraft } from './drafts';

/**
 * One text in Finnish, Swedish and English: Finnish is required (it is what every other language
 * falls back to), the others optional. Each field has its own full label ("Name in Swedish") and its
 * problem next to it.
 */
export function LocalizedTextFields({
  id,
  label,
  value,
  onChange,
  problems = {},
  required = true,
  multiline = false,
}: {
  id: string;
  label: string;
  value: LocalizedDraft;
  onChange: (value: LocalizedDraft) => void;
  problems?: Partial<Record<Language, string>>;
  required?: boolean;
  multiline?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="localized-fields">
      {LANGUAGES.map((language) => {
        const fieldId = `${id}-${language}`;
        const problem = problems[language];
        const isRequired = required && language === 'fi';
        const common = {
          id: fieldId,
          value: value[language],
          lang: language,
          onChange: (event: { target: { value: string } }) => onChange({ ...value, [language]: event.target.value }),
          'aria-invalid': problem ? true : undefined,
          'aria-describedby': problem ? `${fieldId}-error` : undefined,
          required: isRequired,
        };
        return (
          <div className="form__field" key={language}>
            <label htmlFor={fieldId}>
              {t(`workspace.text.${language}`, { field: label })}
              {isRequired ? '' : ` ${t('workspace.text.optional')}`}
            </label>
            {problem && (
              <p id={`${fieldId}-error`} className="form__error">
                {problem}
              </p>
            )}
            {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
          </div>
        );
      })}
    </div>
  );
}
