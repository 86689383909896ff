import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../auth/viewer';

/**
 * What a view that needs a strategy shows when there is none: an editor is told to create one (and
 * where), anyone else that nothing has been published yet, since there is nothing they can do.
 */
export function NoStrategyState() {
  const { t } = useTranslation();
  const { can, loading } = useViewer();
  if (loading) return null;
  return (
    <div className="state state--empty" data-testid="no-strategy">
      {can('EDIT_STRATEGY') ? (
        <>
          <p className="state__title">{t('picker.noneTitle')}</p>
          <p>{t('picker.noneEditor')}</p>
          <p>
            <Link to="/strategies" className="button">
              {t('picker.create')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="state__title">{t('picker.noneTitle')}</p>
          <p>{t('picker.noneViewer')}</p>
        </>
      )}
    </div>
  );
}
