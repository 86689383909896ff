import { useTranslation } from 'react-i18next';
import { type CsvCell, downloadCsv, toCsv } from '../lib/csv';

/** Builds the CSV only when clicked: tables of all of Finland are not worth serialising on every render. */
export function DownloadCsvButton({
  fileName,
  header,
  rows,
  label,
}: {
  fileName: string;
  header: ReadonlyArray<string>;
  rows: () => ReadonlyArray<ReadonlyArray<CsvCell>>;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button--secondary" onClick={() => downloadCsv(fileName, toCsv(header, rows()))}>
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 1v9m0 0L4.5 6.5M8 10l3.5-3.5M2 12v2h12v-2" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {label ?? t('common.downloadCsv')}
    </button>
  );
}
