import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useViewer } from '../../auth/viewer';
import { AccessMessage } from '../../components/AccessMessage';
import { useFormat } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { copyDraft, copyInput } from './copy-strategy';
import { useToast } from './shared/toasts';
import { StrategyForm } from './StrategyForm';
import { useCopyStrategyMutation } from './strategy-queries';
import { useWorkspace } from './workspace-query';

/**
 * `/strategies/:id/copy`: the strategy for the next council term, with the same perspectives, goal
 * tree, links, targets and promise — but none of the old term's reviews — opened at its goals.
 */
export function CopyStrategyView() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { viewer, can } = useViewer();
  const { notify } = useToast();
  const { strategy } = useWorkspace();
  const [, copyStrategy] = useCopyStrategyMutation();
  const [initial] = useState(() => copyDraft(strategy));
  const copied = useRef<{ id: string; name: string } | null>(null);
  const name = format.text(strategy.name);
  useDocumentTitle(t('workspace.copy.title', { name }));
  if (!can('EDIT_STRATEGY')) return <AccessMessage problem={viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED'} needs="EDIT_STRATEGY" />;
  return (
    <section className="panel" aria-labelledby="copy-heading">
      <h2 id="copy-heading">{t('workspace.copy.heading')}</h2>
      <p>{t('workspace.copy.intro')}</p>
      <ul>
        <li>{t('workspace.copy.copied')}</li>
        <li>{t('workspace.copy.notCopied', { count: strategy.reviewCount })}</li>
      </ul>
      <StrategyForm
        initial={initial}
        organisationName={format.text(strategy.organisation.name)}
        submitLabel={t('workspace.copy.submit')}
        save={async (draft) => {
          const result = await copyStrategy({ id: strategy.id, input: copyInput(draft) });
          if (result.data) copied.current = { id: result.data.copyStrategy.id, name: format.text(result.data.copyStrategy.name) };
          return result.error ?? null;
        }}
        onSaved={(allowNextNavigation) => {
          if (!copied.current) return;
          notify(t('workspace.copy.done', { name: copied.current.name }));
          allowNextNavigation();
          navigate(`/strategies/${copied.current.id}/goals`);
        }}
      />
    </section>
  );
}
