import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useViewer } from '../../auth/viewer';
import { AccessMessage } from '../../components/AccessMessage';
import { useDocumentTitle } from '../../lib/use-document-title';
import { newStrategyDraft, strategyInput } from './strategy-form';
import { StrategyForm } from './StrategyForm';
import { useCreateStrategyMutation } from './strategy-queries';

/** `/strategies/new`: a strategy for any county or region; then on to its goals. */
export function NewStrategyView() {
  const { t } = useTranslation();
  const { viewer, can } = useViewer();
  const navigate = useNavigate();
  const [, createStrategy] = useCreateStrategyMutation();
  const [initial] = useState(() => newStrategyDraft(new Date()));
  // The id the save answered, read when the form reports it saved (the same event, no render between).
  const createdId = useRef<string | null>(null);
  useDocumentTitle(t('workspace.create.title'));
  return (
    <div className="view view--workspace">
      <nav className="breadcrumbs" aria-label={t('workspace.breadcrumbs')}>
        <ol>
          <li>
            <Link to="/strategies">{t('workspace.list.title')}</Link>
          </li>
          <li aria-current="page">{t('workspace.create.title')}</li>
        </ol>
      </nav>
      <header className="view-header">
        <h1>{t('workspace.create.title')}</h1>
      </header>
      {can('EDIT_STRATEGY') ? (
        <>
          <p>{t('workspace.create.intro')}</p>
          <StrategyForm
            initial={initial}
            submitLabel={t('workspace.create.submit')}
            save={async (draft) => {
              const result = await createStrategy({ input: strategyInput(draft) });
              if (result.data) createdId.current = result.data.createStrategy.id;
              return result.error ?? null;
            }}
            onSaved={(allowNextNavigation) => {
              allowNextNavigation();
              // The new strategy is empty: its goal tree is what to fill in next.
              if (createdId.current !== null) navigate(`/strategies/${createdId.current}/goals`);
            }}
          />
        </>
      ) : (
        <AccessMessage problem={viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED'} needs="EDIT_STRATEGY" />
      )}
    </div>
  );
}
