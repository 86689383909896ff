import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { ActionError } from '../../components/AccessMessage';
import { LANGUAGE_NAMES } from '../../components/LanguageSwitch';
import { LANGUAGES } from '../../i18n/resources';
import { useFormat } from '../../lib/format';
import { usePublishPromiseMutation } from './promise-editor-queries';

/** The public page's address for a strategy, optionally in one language (`?lang=sv`). */
export function publicPromisePath(strategyId: string, language?: string): string {
  const path = `/promise/${encodeURIComponent(strategyId)}`;
  return language ? `${path}?lang=${language}` : path;
}

/**
 * Publishing the promise: whether it is public and since when, the public address to copy, and the
 * switch. Withdrawing asks first, since every link already shared stops working.
 */
export function PromisePublishPanel({
  strategy,
  itemCount,
}: {
  strategy: { id: string; promisePublished: boolean; promisePublishedAt?: string | null };
  itemCount: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const linkId = useId();
  const [{ fetching }, publish] = usePublishPromiseMutation();
  const [error, setError] = useState<CombinedError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const address = `${window.location.origin}${publicPromisePath(strategy.id)}`;

  const change = async (published: boolean) => {
    if (!published && !window.confirm(t('promise.editor.unpublishConfirm'))) return;
    setError(null);
    setMessage(null);
    const result = await publish({ strategyId: strategy.id, published });
    if (result.error) setError(result.error);
    else setMessage(published ? t('promise.editor.publishedDone') : t('promise.editor.unpublishedDone'));
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(address);
      setMessage(t('promise.editor.copied'));
    } catch {
      setMessage(t('promise.editor.copyFailed'));
    }
  };

  return (
    <section className="panel promise-publish" aria-labelledby="promise-publish-heading" data-testid="promise-publish">
      <h2 id="promise-publish-heading">{t('promise.editor.publishHeading')}</h2>
      {strategy.promisePublished ? (
        <>
          <p>{t('promise.editor.published', { time: strategy.promisePublishedAt ? format.dateTime(strategy.promisePublishedAt) : '' })}</p>
          <div className="promise-publish__link">
            <label htmlFor={linkId}>{t('promise.editor.link')}</label>
            <input id={linkId} type="text" readOnly value={address} onFocus={(event) => event.target.select()} />
            <button type="button" className="button button--small" onClick={copy}>
              {t('promise.editor.copy')}
            </button>
          </div>
          <p className="promise-publish__languages">
            {t('promise.editor.open')}:{' '}
            {LANGUAGES.map((language, index) => (
              <span key={language}>
                {index > 0 && ' · '}
                <a href={publicPromisePath(strategy.id, language)} lang={language} hrefLang={language}>
                  {LANGUAGE_NAMES[language]}
                </a>
              </span>
            ))}
          </p>
          <div className="actions">
            <button type="button" className="button button--secondary" disabled={fetching} onClick={() => change(false)}>
              {fetching ? t('promise.editor.publishing') : t('promise.editor.unpublish')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t('promise.editor.unpublished')}</p>
          {itemCount === 0 && (
            <p className="hint" id="promise-publish-needs-items">
              {t('promise.editor.needsItems')}
            </p>
          )}
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={fetching || itemCount === 0}
              aria-describedby={itemCount === 0 ? 'promise-publish-needs-items' : undefined}
              onClick={() => change(true)}
            >
              {fetching ? t('promise.editor.publishing') : t('promise.editor.publish')}
            </button>
          </div>
        </>
      )}
      <p role="status" className="form__saved">
        {message ?? ''}
      </p>
      {error && <ActionError error={error} needs="EDIT_STRATEGY" prefix={t('promise.editor.publishFailed')} />}
    </section>
  );
}
