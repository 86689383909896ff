import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CombinedError } from 'urql';
import { useViewer } from '../../auth/viewer';
import { AccessMessage, ActionError } from '../../components/AccessMessage';
import { NotFound } from '../../components/NotFound';
import { LoadingState, QueryBoundary } from '../../components/QueryState';
import type { PromiseEditorQuery } from '../../graphql/generated/graphql';
import { useFormat } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { LeaveGuard } from './LeaveGuard';
import { PromiseItemForm } from './PromiseItemForm';
import { PromisePublishPanel } from './PromisePublishPanel';
import { draftFromItem, draftInput, goalOptionsByPerspective, insertId, isDirty, missingTranslations, moveId, type PromiseDraft } from './promise-editor';
import {
  useCreatePromiseItemMutation,
  useDeletePromiseItemMutation,
  usePromiseEditorQuery,
  useReorderPromiseItemsMutation,
  useUpdatePromiseItemMutation,
} from './promise-editor-queries';
import './promise-editor.css';

type Strategy = NonNullable<PromiseEditorQuery['strategy']>;
type Item = Strategy['servicePromiseItems'][number];

/** `/strategies/:strategyId/promise`: the service promise's items and its publication, for strategy editors. */
export function PromiseEditorView() {
  const { t } = useTranslation();
  useDocumentTitle(t('promise.editor.title'));
  const { strategyId = '' } = useParams();
  const { viewer, loading, can } = useViewer();
  if (loading) return <LoadingState />;
  if (!can('EDIT_STRATEGY')) {
    return (
      <div className="view view--promise-editor">
        <header className="view-header">
          <h1>{t('promise.editor.title')}</h1>
        </header>
        <AccessMessage problem={viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED'} needs="EDIT_STRATEGY" />
      </div>
    );
  }
  return <PromiseEditorContainer strategyId={strategyId} />;
}

function PromiseEditorContainer({ strategyId }: { strategyId: string }) {
  const { t } = useTranslation();
  const [result, reexecute] = usePromiseEditorQuery(strategyId);
  return (
    <QueryBoundary result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {(data) => (data.strategy ? <PromiseEditor strategy={data.strategy} /> : <NotFound message={t('promise.editor.notFound')} />)}
    </QueryBoundary>
  );
}

type Editing = { key: string; draft: PromiseDraft; original: PromiseDraft };
type Notice =
  | { kind: 'info'; text: string }
  | { kind: 'deleted'; item: Item; index: number; undoing: boolean }
  | { kind: 'error'; prefix: string; error: CombinedError };

// A deleted item is recreated by undo; the answer names no type the editor's query holds, so the
// document cache is told which cached answers it changes.
const CHANGES_ITEMS = { additionalTypenames: ['ServicePromiseItem'] };

function PromiseEditor({ strategy }: { strategy: Strategy }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // The order just asked for, shown until the server's answer has it (no jump back while it saves).
  const [pendingOrder, setPendingOrder] = useState<string[] | null>(null);
  // The control to focus once it is on the page: after a move, a save or an undo, the list re-renders.
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const [, createItem] = useCreatePromiseItemMutation();
  const [, updateItem] = useUpdatePromiseItemMutation();
  const [{ fetching: deleting }, deleteItem] = useDeletePromiseItemMutation();
  const [{ fetching: reordering }, reorderItems] = useReorderPromiseItemsMutation();

  const serverOrder = strategy.servicePromiseItems.map((item) => item.id);
  const serverOrderKey = serverOrder.join(',');
  useEffect(() => {
    if (pendingOrder && pendingOrder.join(',') === serverOrderKey) setPendingOrder(null);
  }, [pendingOrder, serverOrderKey]);
  const byId = new Map(strategy.servicePromiseItems.map((item) => [item.id, item]));
  const items = (pendingOrder ?? serverOrder).map((id) => byId.get(id)).filter((item): item is Item => !!item);
  const goalGroups = useMemo(() => goalOptionsByPerspective(strategy.perspectives, strategy.goals), [strategy.perspectives, strategy.goals]);
  const goalTitles = new Map(strategy.goals.map((goal) => [goal.id, goal.title]));
  const dirty = editing ? isDirty(editing.draft, editing.original) : false;

  useEffect(() => {
    if (!focusKey) return;
    const target = root.current?.querySelector<HTMLElement>(`[data-focus-key="${focusKey}"]`);
    if (target) {
      target.focus();
      setFocusKey(null);
    }
  });

  const discardOk = () => !dirty || window.confirm(t('promise.editor.unsavedConfirm'));
  const startEditing = (item: Item | null) => {
    if (!discardOk()) return;
    const draft = draftFromItem(item);
    setEditing({ key: item?.id ?? 'new', draft, original: draft });
    setNotice(null);
  };
  const stopEditing = () => {
    if (!editing) return;
    setFocusKey(editing.key === 'new' ? 'add' : `edit-${editing.key}`);
    setEditing(null);
  };

  const save = async (): Promise<CombinedError | null> => {
    if (!editing) return null;
    const input = draftInput(editing.draft);
    let savedId: string;
    if (editing.key === 'new') {
      const result = await createItem({ input: { strategyId: strategy.id, ...input } });
      if (result.error || !result.data) return result.error ?? null;
      savedId = result.data.createServicePromiseItem.id;
    } else {
      const result = await updateItem({ id: editing.key, input });
      if (result.error || !result.data) return result.error ?? null;
      savedId = result.data.updateServicePromiseItem.id;
    }
    setNotice({ kind: 'info', text: editing.key === 'new' ? t('promise.editor.created') : t('promise.editor.saved') });
    setEditing(null);
    setFocusKey(`edit-${savedId}`);
    return null;
  };

  const remove = async (item: Item, index: number) => {
    if (editing?.key === item.id && !discardOk()) return;
    const result = await deleteItem({ id: item.id }, CHANGES_ITEMS);
    if (result.error) {
      setNotice({ kind: 'error', prefix: t('promise.editor.deleteFailed'), error: result.error });
      return;
    }
    if (editing?.key === item.id) setEditing(null);
    setNotice({ kind: 'deleted', item, index, undoing: false });
    // The item's own buttons are gone: the message with its Undo takes the focus.
    setFocusKey('deleted-notice');
  };

  const undoDelete = async (deleted: Extract<Notice, { kind: 'deleted' }>) => {
    setNotice({ ...deleted, undoing: true });
    const { item, index } = deleted;
    const created = await createItem({
      input: { strategyId: strategy.id, ...draftInput(draftFromItem(item)), sortOrder: item.sortOrder },
    });
    if (created.error || !created.data) {
      if (created.error) setNotice({ kind: 'error', prefix: t('promise.editor.undoFailed'), error: created.error });
      return;
    }
    const restoredId = created.data.createServicePromiseItem.id;
    // Back where it was: the others may have moved since, so the whole order is sent.
    const order = insertId(
      serverOrder.filter((id) => id !== item.id),
      restoredId,
      index,
    );
    const reordered = await reorderItems({ strategyId: strategy.id, ids: order });
    if (reordered.error) {
      setNotice({ kind: 'error', prefix: t('promise.editor.moveFailed'), error: reordered.error });
      return;
    }
    setNotice({ kind: 'info', text: t('promise.editor.undone', { text: format.text(item.text) }) });
    setFocusKey(`edit-${restoredId}`);
  };

  const move = async (index: number, delta: -1 | 1) => {
    const ids = items.map((item) => item.id);
    const order = moveId(ids, index, delta);
    const movedId = ids[index];
    setPendingOrder(order);
    const result = await reorderItems({ strategyId: strategy.id, ids: order });
    if (result.error) {
      setPendingOrder(null);
      setNotice({ kind: 'error', prefix: t('promise.editor.moveFailed'), error: result.error });
      return;
    }
    const position = index + delta;
    setNotice({ kind: 'info', text: t('promise.editor.moved', { position: position + 1, count: order.length }) });
    // Keep the keyboard on the moved item; at an end the button that brought it there is disabled.
    const direction = position === 0 ? 'down' : position === order.length - 1 ? 'up' : delta < 0 ? 'up' : 'down';
    setFocusKey(`${direction}-${movedId}`);
  };

  const itemForm = (key: string) =>
    editing?.key === key ? (
      <PromiseItemForm
        formKey={key}
        draft={editing.draft}
        onChange={(draft) => setEditing({ ...editing, draft })}
        goalGroups={goalGroups}
        dirty={dirty}
        onSave={save}
        onCancel={stopEditing}
      />
    ) : null;

  return (
    <div className="view view--promise-editor" ref={root}>
      <LeaveGuard when={dirty} />
      <nav className="breadcrumbs" aria-label={t('promise.editor.breadcrumbs')}>
        <ol>
          <li>
            <Link to="/strategies">{t('promise.editor.strategies')}</Link>
          </li>
          <li>
            <Link to={`/strategies/${encodeURIComponent(strategy.id)}`}>{format.text(strategy.name)}</Link>
          </li>
        </ol>
      </nav>
      <header className="view-header">
        <p className="view-header__eyebrow">{format.text(strategy.name)}</p>
        <h1>{t('promise.editor.title')}</h1>
      </header>
      <p className="promise-editor__intro">{t('promise.editor.intro')}</p>

      <div className="promise-editor__notice" role="status" aria-live="polite" data-testid="promise-notice">
        {notice?.kind === 'info' && <p className="state state--success">{notice.text}</p>}
        {notice?.kind === 'deleted' && (
          <div className="promise-toast" data-focus-key="deleted-notice" tabIndex={-1}>
            <p className="promise-toast__message">{t('promise.editor.deleted', { text: format.text(notice.item.text) })}</p>
            <button type="button" className="button button--small" disabled={notice.undoing} onClick={() => undoDelete(notice)}>
              {notice.undoing ? t('promise.editor.undoing') : t('promise.editor.undo')}
            </button>
            <button type="button" className="button button--small button--secondary" onClick={() => setNotice(null)}>
              {t('promise.editor.dismiss')}
            </button>
          </div>
        )}
      </div>
      {notice?.kind === 'error' && <ActionError error={notice.error} needs="EDIT_STRATEGY" prefix={notice.prefix} />}

      <section className="promise-editor__items" aria-labelledby="promise-items-heading">
        <h2 id="promise-items-heading">{t('promise.editor.itemsHeading')}</h2>
        {strategy.goals.length === 0 && (
          <p className="state state--empty" data-testid="promise-no-goals">
            {t('promise.editor.noGoalsFirst')} <Link to={`/strategies/${encodeURIComponent(strategy.id)}`}>{t('promise.editor.openStrategy')}</Link>
          </p>
        )}
        {items.length === 0 && editing?.key !== 'new' && (
          <p className="state state--empty" data-testid="promise-empty">
            {t('promise.editor.empty')}
          </p>
        )}
        {items.length > 0 && (
          <ol className="promise-editor__list" data-testid="promise-items">
            {items.map((item, index) => {
              const text = format.text(item.text);
              const missing = missingTranslations(item.text);
              return (
                <li key={item.id} className="promise-editor__item" data-item-id={item.id}>
                  {editing?.key === item.id ? (
                    itemForm(item.id)
                  ) : (
                    <>
                      <p className="promise-editor__text">{text}</p>
                      <p className="promise-editor__meta muted">
                        {item.goals.length === 0
                          ? t('promise.editor.noLinkedGoals')
                          : `${t('promise.editor.linkedGoals', { count: item.goals.length })}: ${item.goals
                              .map((goal) => goalTitles.get(goal.id))
                              .filter((title) => !!title)
                              .map((title) => format.text(title as NonNullable<typeof title>))
                              .join(' · ')}`}
                        {missing.length > 0 && (
                          <>
                            {' · '}
                            {t('promise.editor.missingTranslations', {
                              languages: missing.map((language) => t(`promise.editor.languageName.${language}`)).join(', '),
                            })}
                          </>
                        )}
                      </p>
                      <div className="promise-editor__actions">
                        <button type="button" className="button button--small" data-focus-key={`edit-${item.id}`} aria-label={t('promise.editor.editLabel', { text })} onClick={() => startEditing(item)}>
                          {t('promise.editor.edit')}
                        </button>
                        <button
                          type="button"
                          className="button button--small button--secondary"
                          data-focus-key={`up-${item.id}`}
                          aria-label={t('promise.editor.moveUpLabel', { text })}
                          disabled={index === 0 || reordering || editing !== null}
                          onClick={() => move(index, -1)}
                        >
                          <span aria-hidden="true">↑ </span>
                          {t('promise.editor.moveUp')}
                        </button>
                        <button
                          type="button"
                          className="button button--small button--secondary"
                          data-focus-key={`down-${item.id}`}
                          aria-label={t('promise.editor.moveDownLabel', { text })}
                          disabled={index === items.length - 1 || reordering || editing !== null}
                          onClick={() => move(index, 1)}
                        >
                          <span aria-hidden="true">↓ </span>
                          {t('promise.editor.moveDown')}
                        </button>
                        <button
                          type="button"
                          className="button button--small button--danger"
                          aria-label={t('promise.editor.deleteLabel', { text })}
                          disabled={deleting}
                          onClick={() => remove(item, index)}
                        >
                          {t('promise.editor.delete')}
                        </button>
                      </div>
                    </>
                  )}
                </li>
              );
            })}
          </ol>
        )}
        {editing?.key === 'new' ? (
          itemForm('new')
        ) : (
          <div className="actions">
            <button type="button" className="button" data-focus-key="add" onClick={() => startEditing(null)}>
              {t('promise.editor.add')}
            </button>
          </div>
        )}
      </section>

      <PromisePublishPanel strategy={strategy} itemCount={items.length} />
    </div>
  );
}
