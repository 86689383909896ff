import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { AccessMessage, ActionError } from '../../components/AccessMessage';
import type { LoadUploadMutation } from '../../graphql/generated/graphql';
import type { AccessProblem } from '../../lib/graphql-errors';
import { LoadReportDetails } from './LoadReportDetails';
import { useLoadFormatsQuery, useLoadUploadMutation } from './load-queries';
import { type UploadedFile, UploadError, uploadFile } from './upload';

type Report = LoadUploadMutation['loadUpload'];

/**
 * The upload flow: upload the bytes → dry run (the preview; nothing is written) → the analyst writes
 * the file, or only its good rows, or discards it. Each step replaces the last on screen and takes
 * the focus, so a screen-reader user hears the outcome.
 */
type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; message: 'uploading' | 'checking' | 'writing' }
  | { kind: 'preview'; upload: UploadedFile; report: Report; areaNames: boolean }
  | { kind: 'done'; report: Report }
  | { kind: 'error'; message: string }
  /** The server refused: not signed in (the session may have expired) or not allowed to load. */
  | { kind: 'access'; problem: AccessProblem }
  | { kind: 'failed'; error: CombinedError };

export function UploadPanel({ onWritten }: { onWritten: () => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const sheetId = useId();
  const sheetHintId = useId();
  const [sheet, setSheet] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const outcomeHeading = useRef<HTMLHeadingElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [, loadUpload] = useLoadUploadMutation();
  const [formatsResult] = useLoadFormatsQuery();

  useEffect(() => {
    if (step.kind === 'preview' || step.kind === 'done' || step.kind === 'error' || step.kind === 'failed') outcomeHeading.current?.focus();
  }, [step.kind]);

  const check = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      fileInput.current?.focus();
      return;
    }
    setStep({ kind: 'busy', message: 'uploading' });
    let upload: UploadedFile;
    try {
      upload = await uploadFile(file);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof UploadError && (error.status === 401 || error.status === 403)) {
        setStep({ kind: 'access', problem: error.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN' });
        return;
      }
      setStep({ kind: 'error', message: error instanceof UploadError && error.tooLarge ? t('data.tooLarge', { message }) : t('data.uploadFailed', { message }) });
      return;
    }
    await preview(upload, false);
  };

  /** The dry run: what the file would change; with `areaNames`, reading its municipality names as codes. */
  const preview = async (upload: UploadedFile, areaNames: boolean) => {
    setStep({ kind: 'busy', message: 'checking' });
    const result = await loadUpload({ input: { uploadId: upload.uploadId, dryRun: true, sheet: sheet.trim() || null, areaNames } });
    if (result.error || !result.data) {
      setStep(result.error ? { kind: 'failed', error: result.error } : { kind: 'error', message: t('data.loadFailed', { message: '' }) });
      return;
    }
    setStep({ kind: 'preview', upload, report: result.data.loadUpload, areaNames });
  };

  const write = async (upload: UploadedFile, writeGoodRows: boolean, areaNames: boolean) => {
    setStep({ kind: 'busy', message: 'writing' });
    const result = await loadUpload({ input: { uploadId: upload.uploadId, dryRun: false, writeGoodRows, sheet: sheet.trim() || null, areaNames } });
    if (result.error || !result.data) {
      setStep(result.error ? { kind: 'failed', error: result.error } : { kind: 'error', message: t('data.loadFailed', { message: '' }) });
      return;
    }
    setStep({ kind: 'done', report: result.data.loadUpload });
    if (fileInput.current) fileInput.current.value = '';
    onWritten();
  };

  const discard = () => {
    setStep({ kind: 'idle' });
    if (fileInput.current) fileInput.current.value = '';
    fileInput.current?.focus();
  };

  const busy = step.kind === 'busy';
  return (
    <section className="upload-panel" aria-labelledby="upload-heading">
      <h2 id="upload-heading">{t('data.uploadHeading')}</h2>
      <p>{t('data.uploadIntro')}</p>
      <form className="upload-panel__form" onSubmit={check}>
        <div className="filter-bar__field">
          <label htmlFor={inputId}>{t('data.chooseFile')}</label>
          <input
            id={inputId}
            ref={fileInput}
            type="file"
            name="file"
            accept=".csv,.txt,.json,.xls,.xlsx,text/csv,application/json,application/vnd.ms-excel,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            disabled={busy}
          />
        </div>
        <div className="filter-bar__field">
          <label htmlFor={sheetId}>{t('data.sheet')}</label>
          <input id={sheetId} type="text" name="sheet" value={sheet} onChange={(event) => setSheet(event.target.value)} aria-describedby={sheetHintId} disabled={busy} size={12} />
          <span id={sheetHintId} className="muted">
            {t('data.sheetHint')}
          </span>
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t('data.check')}
        </button>
      </form>
      {formatsResult.data && formatsResult.data.loadFormats.length > 0 && (
        <details className="upload-panel__formats">
          <summary>{t('data.formats')}</summary>
          <dl className="metadata-list">
            {formatsResult.data.loadFormats.map((format) => (
              <div key={format.id}>
                <dt>
                  <code>{format.id}</code>
                </dt>
                <dd lang="en">{format.description}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}

      <div className="upload-panel__outcome" aria-live="polite">
        {busy && (
          <p className="state state--loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t(`data.${step.message}`)}
          </p>
        )}
        {step.kind === 'error' && (
          <div className="state state--error" role="alert">
            <h3 ref={outcomeHeading} tabIndex={-1} className="state__title">
              {t('common.errorTitle')}
            </h3>
            <p>{step.message}</p>
          </div>
        )}
        {step.kind === 'access' && <AccessMessage problem={step.problem} needs="LOAD_DATA" alert />}
        {step.kind === 'failed' && (
          <div>
            <h3 ref={outcomeHeading} tabIndex={-1} className="state__title">
              {t('common.errorTitle')}
            </h3>
            <ActionError error={step.error} needs="LOAD_DATA" prefix={t('data.loadFailedPrefix')} />
          </div>
        )}
        {step.kind === 'preview' && (
          <article className="report report--preview" data-testid="load-preview">
            <h3 ref={outcomeHeading} tabIndex={-1}>
              {t('data.previewHeading', { fileName: step.report.fileName })}
            </h3>
            <p>
              {t('data.previewIntro')} {t('data.detectedFormat')}: <code>{step.report.format || t('data.formatUnknown')}</code>
              {step.report.sheet && <> · {t('data.sheetRead', { sheet: step.report.sheet })}</>}
            </p>
            {step.areaNames && <p>{t('data.areaNamesMapped', { count: step.report.areaNamesMapped })}</p>}
            {step.report.areaNamesSuggested && (
              <div className="notice" data-testid="area-names-suggestion">
                <p>{t('data.areaNamesSuggested')}</p>
                <button type="button" className="button button--secondary" onClick={() => preview(step.upload, true)}>
                  {t('data.mapAreaNames')}
                </button>
              </div>
            )}
            <LoadReportDetails counts={step.report} rejectionsByCode={step.report.rejectionsByCode} rejections={step.report.rejections} />
            <PreviewActions report={step.report} onWrite={(writeGoodRows) => write(step.upload, writeGoodRows, step.areaNames)} onDiscard={discard} />
          </article>
        )}
        {step.kind === 'done' && (
          <article className="report" data-testid="load-result">
            <h3 ref={outcomeHeading} tabIndex={-1}>
              {step.report.status === 'COMMITTED'
                ? t('data.writtenHeading', { fileName: step.report.fileName })
                : t('data.rejectedHeading', { fileName: step.report.fileName })}
            </h3>
            <LoadReportDetails counts={step.report} rejectionsByCode={step.report.rejectionsByCode} rejections={step.report.rejections} />
          </article>
        )}
      </div>
    </section>
  );
}

function PreviewActions({ report, onWrite, onDiscard }: { report: Report; onWrite: (writeGoodRows: boolean) => void; onDiscard: () => void }) {
  const { t } = useTranslation();
  const changes = report.inserted + report.updated;
  return (
    <div className="actions">
      {changes === 0 && <p>{t('data.nothingToWrite')}</p>}
      {changes > 0 && (
        <button type="button" className="button" onClick={() => onWrite(report.rejected > 0)}>
          {report.rejected > 0 ? t('data.writeGoodRows') : t('data.write')}
        </button>
      )}
      <button type="button" className="button button--secondary" onClick={onDiscard}>
        {t('data.discard')}
      </button>
    </div>
  );
}
