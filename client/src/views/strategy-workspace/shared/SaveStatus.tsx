import { useTranslation } from 'react-i18next';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export const IDLE: SaveState = { kind: 'idle' };

/**
 * What happened to the last save, said honestly: saving…, saved, or the server's reason. A polite
 * live region, so a screen reader hears the outcome without losing its place.
 */
export function SaveStatus({ state, id }: { state: SaveState; id?: string }) {
  const { t } = useTranslation();
  return (
    <span id={id} role="status" className={`save-status save-status--${state.kind}`} data-testid="save-status">
      {state.kind === 'saving' && t('workspace.save.saving')}
      {state.kind === 'saved' && t('workspace.save.saved')}
      {state.kind === 'error' && t('workspace.save.failed', { message: state.message })}
    </span>
  );
}
