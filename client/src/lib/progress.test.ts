import { describe, expect, test } from 'vitest';
import { setUpI18n } from '../i18n/setup';
import { createFormatters } from './format';
import { formatProgress, goalProgress, readProgress, type ProgressInput } from './progress';

// Every expected value is worked by hand in the comment next to it.

const target = { value: 1.8 };
const input = (overrides: Partial<ProgressInput>): ProgressInput => ({ status: 'NEEDS_ACCELERATION', progressShare: 0.5, latest: { value: 1.6 }, target, ...overrides });

describe('readProgress: a share between 0 % and 100 %, or words, for one indicator', () => {
  test.each([
    ['part of the way', input({}), { kind: 'SHARE', share: 0.5 }],
    // Savonlinna's old "−1 500 %" (1078 in the county): moved away; latest 2.1, target 1.8 → 0.3 from it
    ['moved away: no negative share', input({ status: 'DETERIORATING', progressShare: -15, latest: { value: 2.1 } }), { kind: 'MOVING_AWAY', distance: 0.3 }],
    // a loose target crossed has no share (the server's null): latest 2.0, target 1.8 → 0.2 from it
    ['no share, not met: moved away', input({ status: 'DETERIORATING', progressShare: null, latest: { value: 2.0 } }), { kind: 'MOVING_AWAY', distance: 0.2 }],
    // met: 100 %, never more (an approved review may still hold a raw 1.3)
    ['met', input({ status: 'TARGET_ACHIEVED', progressShare: 1.3, latest: { value: 1.5 } }), { kind: 'SHARE', share: 1 }],
    ['met, with no share at all', input({ status: 'TARGET_ACHIEVED', progressShare: null, latest: { value: 1.2 } }), { kind: 'SHARE', share: 1 }],
    // Savonlinna's 1077: met while worsening, 1.8 − 1.7 = 0.1 left
    ['met while worsening', input({ status: 'TARGET_ACHIEVED_WORSENING', progressShare: null, latest: { value: 1.7 } }), { kind: 'ACHIEVED_WORSENING', distance: 0.1 }],
    ['no target', input({ target: null }), null],
    ['not judged', input({ status: 'NOT_AVAILABLE', progressShare: null }), null],
  ] as const)('%s', (_name, given, expected) => {
    const progress = readProgress(given);
    if (expected === null || progress === null) {
      expect(progress).toBe(expected);
      return;
    }
    expect(progress.kind).toBe(expected.kind);
    if (expected.kind === 'SHARE' && progress.kind === 'SHARE') expect(progress.share).toBeCloseTo(expected.share, 12);
    if (expected.kind !== 'SHARE' && progress.kind !== 'SHARE') expect(progress.distance).toBeCloseTo(expected.distance, 12);
  });
});

describe('goalProgress: the weighted mean of the indicators’ shares', () => {
  test('each counts between 0 % (moved away) and 100 % (met), so one far off course cannot swamp the rest', () => {
    // (1 × 1 [met] + 0 × 1 [−15 → away] + 0.4 × 2) / (1 + 1 + 2) = 1.8 / 4 = 0.45; the one without a target is skipped
    const progress = goalProgress([
      { ...input({ status: 'TARGET_ACHIEVED', progressShare: 1.3 }), weight: 1 },
      { ...input({ status: 'DETERIORATING', progressShare: -15 }), weight: 1 },
      { ...input({ progressShare: 0.4 }), weight: 2 },
      { ...input({ target: null }), weight: 5 },
    ]);
    expect(progress?.kind).toBe('SHARE');
    expect(progress?.kind === 'SHARE' && progress.share).toBeCloseTo(0.45, 12);
  });

  test('a target met while worsening counts as met; every indicator moving away reads as moving away, not 0 %', () => {
    // (1 × 1 + 0.5 × 1) / 2 = 0.75
    const mixed = goalProgress([
      { ...input({ status: 'TARGET_ACHIEVED_WORSENING', progressShare: null, latest: { value: 1.7 } }), weight: 1 },
      { ...input({}), weight: 1 },
    ]);
    expect(mixed?.kind === 'SHARE' && mixed.share).toBeCloseTo(0.75, 12);
    const away = goalProgress([{ ...input({ status: 'DETERIORATING', progressShare: -15 }), weight: 1 }]);
    expect(away).toEqual({ kind: 'MOVING_AWAY', distance: null });
    expect(goalProgress([{ ...input({ target: null }), weight: 1 }])).toBeNull();
  });
});

describe('formatProgress', () => {
  const formatIn = (language: 'fi' | 'sv' | 'en') => {
    const i18n = setUpI18n(language);
    const format = createFormatters(language, i18n.t('common.noValue'), (year, quarter) => i18n.t('period.quarter', { year, quarter }), (year, month) => i18n.t('period.month', { year, month }));
    const percent = (value: number) => `${format.number(value, 1)} %`;
    // Intl separates a number from its per cent sign with a no-break space in fi and sv.
    return (progress: Parameters<typeof formatProgress>[0]) => formatProgress(progress, i18n.t, format, percent).replace(/[\u00a0\u202f]/g, ' ');
  };

  test.each([
    ['fi', { kind: 'SHARE', share: 0.75 }, '75 %'],
    ['fi', { kind: 'MOVING_AWAY', distance: 0.3 }, 'Etääntyy tavoitteesta (tavoitteeseen 0,3 %)'],
    ['fi', { kind: 'MOVING_AWAY', distance: null }, 'Etääntyy tavoitteesta'],
    ['fi', { kind: 'ACHIEVED_WORSENING', distance: 0.1 }, 'Tavoitteessa, mutta heikkenee (tavoiterajaan 0,1 %)'],
    ['sv', { kind: 'MOVING_AWAY', distance: 0.3 }, 'Rör sig bort från målet (0,3 % från det)'],
    ['sv', { kind: 'ACHIEVED_WORSENING', distance: 0.1 }, 'Inom målet, men försämras (0,1 % till målgränsen)'],
    ['en', { kind: 'SHARE', share: 1 }, '100%'],
    ['en', { kind: 'MOVING_AWAY', distance: 0.3 }, 'Moving away from the target (0.3 % from it)'],
    ['en', { kind: 'ACHIEVED_WORSENING', distance: 0.1 }, 'Within the target, but worsening (0.1 % to spare)'],
    ['en', null, 'no data'],
  ] as const)('%s: %j → %s', (language, progress, expected) => {
    expect(formatIn(language)(progress)).toBe(expected);
  });
});
