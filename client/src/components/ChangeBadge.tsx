import { useTranslation } from 'react-i18next';
import type { StatusChange } from '../graphql/generated/graphql';

const STROKE = { fill: 'none', stroke: 'currentColor', strokeWidth: 2.4, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

/** A shape per change (up, down, equals, plus), so the change never depends on colour alone. */
const CHANGE_SHAPES: Record<StatusChange, React.ReactNode> = {
  IMPROVED: (
    <>
      <path d="M10 17V4" {...STROKE} />
      <path d="M4.5 9.5L10 4l5.5 5.5" {...STROKE} />
    </>
  ),
  WORSENED: (
    <>
      <path d="M10 3v13" {...STROKE} />
      <path d="M4.5 10.5L10 16l5.5-5.5" {...STROKE} />
    </>
  ),
  UNCHANGED: (
    <>
      <path d="M4 7.5h12" {...STROKE} />
      <path d="M4 12.5h12" {...STROKE} />
    </>
  ),
  NEW: (
    <>
      <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M10 6v8M6 10h8" {...STROKE} strokeWidth={2} />
    </>
  ),
};

/** How a goal's status moved since the previous quarter, in words and a shape. */
export function ChangeBadge({ change }: { change: StatusChange }) {
  const { t } = useTranslation();
  return (
    <span className={`change-badge change--${change}`} data-change={change}>
      <svg className="change-badge__icon" width={16} height={16} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        {CHANGE_SHAPES[change]}
      </svg>
      <span className="change-badge__label">{t(`change.${change}`)}</span>
    </span>
  );
}
