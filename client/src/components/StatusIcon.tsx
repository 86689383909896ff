import type { AttainmentStatus } from '../graphql/generated/graphql';

/**
 * A distinct shape per status, so status never depends on colour alone (WCAG 1.4.1): star achieved,
 * hollow star with a falling stroke achieved but worsening, tick on track, right arrow needs
 * acceleration, flat bar limited progress, down arrow deteriorating, question mark not available. Decorative: the label next to it (or the accessible name) says the status.
 */
export function StatusIcon({ status, size = 18, className }: { status: AttainmentStatus; size?: number; className?: string }) {
  return (
    <svg
      className={`status-icon status-icon--${status}${className ? ` ${className}` : ''}`}
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
    >
      {STATUS_SHAPES[status]}
    </svg>
  );
}

const STROKE = { fill: 'none', stroke: 'currentColor', strokeWidth: 2.4, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

const STATUS_SHAPES: Record<AttainmentStatus, React.ReactNode> = {
  TARGET_ACHIEVED: <path fill="currentColor" d="M10 1.5l2.6 5.4 5.9.8-4.3 4.1 1 5.8L10 14.8l-5.2 2.8 1-5.8L1.5 7.7l5.9-.8z" />,
  TARGET_ACHIEVED_WORSENING: (
    <>
      <path d="M10 2.5l2.3 4.8 5.2.7-3.8 3.6.9 5.1L10 14.3l-4.6 2.4.9-5.1-3.8-3.6 5.2-.7z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      <path d="M13.5 13.5l4 4m0-3v3h-3" {...STROKE} strokeWidth={1.8} />
    </>
  ),
  ON_TRACK: (
    <>
      <circle cx="10" cy="10" r="8.5" fill="currentColor" />
      <path d="M5.8 10.3l2.9 2.9 5.5-6" fill="none" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
    </>
  ),
  NEEDS_ACCELERATION: (
    <>
      <path d="M3 10h12" {...STROKE} />
      <path d="M10.5 4.5L16 10l-5.5 5.5" {...STROKE} />
    </>
  ),
  LIMITED_PROGRESS: <rect x="2" y="7.5" width="16" height="5" rx="1.2" fill="currentColor" />,
  DETERIORATING: (
    <>
      <path d="M10 2.5v13" {...STROKE} />
      <path d="M4.5 10.5L10 16l5.5-5.5" {...STROKE} />
    </>
  ),
  NOT_AVAILABLE: (
    <>
      <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="1.8" strokeDasharray="3 2" />
      <path d="M7.6 7.6a2.5 2.5 0 1 1 3.4 2.3c-.7.3-1 .8-1 1.5v.6" {...STROKE} strokeWidth={2} />
      <circle cx="10" cy="14.8" r="1.2" fill="currentColor" />
    </>
  ),
};
