import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Each view names the browser tab (and the history entry) after itself, in the chosen language. */
export function useDocumentTitle(title: string | null) {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} – ${appName}` : appName;
  }, [title, appName]);
}
