import { describe, expect, test } from 'vitest';
import type { IndicatorAttainmentFieldsFragment } from '../graphql/generated/graphql';
import { setUpI18n } from '../i18n/setup';
import { createFormatters } from './format';
import { explainIndicatorStatus } from './explain-status';

function attainment(overrides: Partial<IndicatorAttainmentFieldsFragment>): IndicatorAttainmentFieldsFragment {
  return {
    indicator: { code: 'sotkanet:1244', name: { fi: 'Sijoitetut', sv: null, en: null }, unit: '%', decimals: 1, direction: 'LOWER_IS_BETTER' },
    weight: 1,
    status: 'DETERIORATING',
    score: -4,
    ratio: -1,
    method: 'WITH_TARGET',
    notAvailableReason: null,
    baseline: { period: '2021', value: 1.5 },
    latest: { period: '2023', value: 2.1 },
    target: { period: '2027', value: 2.0 },
    targetTrajectory: [],
    targetArea: null,
    progressShare: -1.2,
    projected: { period: '2027', value: 4.1 },
    growthRate: 0.18,
    requiredGrowthRate: 0.05,
    values: [],
    seriesSource: 'OWN',
    coverage: 1,
    aggregatedAreaCount: null,
    memberAreaCount: null,
    explanation: '',
    ...overrides,
  };
}

function explain(language: 'fi' | 'sv' | 'en', input: IndicatorAttainmentFieldsFragment) {
  const i18n = setUpI18n(language);
  const format = createFormatters(language, i18n.t('common.noValue'), (year, quarter) => i18n.t('period.quarter', { year, quarter }), (year, month) => i18n.t('period.month', { year, month }));
  // Intl separates a number from its per cent sign with a no-break space in fi and sv.
  return explainIndicatorStatus(input, i18n.t, format).replace(/[\u00a0\u202f]/g, ' ');
}

describe('explainIndicatorStatus', () => {
  test('moving away from the target, with how far it is, in Finnish with decimal commas', () => {
    // 2.1 − 2.0 = 0.1 from the target
    expect(explain('fi', attainment({}))).toBe(
      'Lähtötaso 1,5 % (2021), viimeisin 2,1 % (2023). Tavoite on 2,0 % ajankohtaan 2027 mennessä. ' +
        'Kehitys on kulkenut poispäin tavoitteesta, ja tavoitteeseen on 0,1 %. Nykyvauhdilla arvo olisi 4,1 % ajankohtana 2027. Tila: Heikkenee.',
    );
  });

  test('part of the way, in Swedish', () => {
    const text = explain('sv', attainment({ status: 'NEEDS_ACCELERATION', progressShare: 0.4, latest: { period: '2023', value: 1.7 }, baseline: { period: '2021', value: 2.2 } }));
    expect(text).toContain('40 % av vägen till målet har tillryggalagts.');
    expect(text).toContain('Läge: Behöver påskyndas.');
  });

  test('achieved says so and stops there', () => {
    expect(explain('en', attainment({ status: 'TARGET_ACHIEVED', latest: { period: '2023', value: 1.9 } }))).toBe(
      'Baseline 1.5 % (2021), latest 1.9 % (2023). The target is 2.0 % by 2027. The latest value already meets the target. Status: Target achieved.',
    );
  });

  test('a target met while worsening says how little is left before it is crossed, in each language', () => {
    // Savonlinna's 1077: baseline 1.4, latest 1.7, target 1.8 (lower is better): 1.8 − 1.7 = 0.1 left.
    const worsening = attainment({
      status: 'TARGET_ACHIEVED_WORSENING',
      baseline: { period: '2021', value: 1.4 },
      latest: { period: '2023', value: 1.7 },
      target: { period: '2027', value: 1.8 },
      progressShare: null,
    });
    expect(explain('fi', worsening)).toBe(
      'Lähtötaso 1,4 % (2021), viimeisin 1,7 % (2023). Tavoite on 1,8 % ajankohtaan 2027 mennessä. ' +
        'Viimeisin arvo täyttää tavoitteen, mutta se on lähtötasoa heikompi, ja tavoiteraja on enää 0,1 % päässä. ' +
        'Tila: Saavutettu, mutta heikkenee.',
    );
    expect(explain('sv', worsening)).toContain('men det är sämre än utgångsläget och bara 0,1 % från målgränsen. Läge: Uppnått, men försämras.');
    expect(explain('en', worsening)).toContain('only 0.1 % short of crossing the target. Status: Achieved, but worsening.');
  });

  test('a passed deadline is named and no projection given', () => {
    const text = explain('en', attainment({ status: 'LIMITED_PROGRESS', progressShare: 0.2, target: { period: '2022', value: 1.0 } }));
    expect(text).toContain('The target date has passed. 20% of the way to the target has been covered.');
    expect(text).not.toContain('current pace');
  });

  test('without a target, the growth rate carries the judgement', () => {
    const text = explain('en', attainment({ method: 'WITHOUT_TARGET', target: null, status: 'ON_TRACK', growthRate: 0.034 }));
    expect(text).toBe('Baseline 1.5 % (2021), latest 2.1 % (2023). No target value is set, so the judgement rests on the growth rate. It has risen 3.4% a year. Status: On track.');
  });

  test('not available gives the reason', () => {
    expect(explain('fi', attainment({ status: 'NOT_AVAILABLE', notAvailableReason: 'TOO_SHORT', baseline: null, latest: null }))).toBe(
      'Lähtötason ja viimeisimmän arvon välillä on alle vuosi (tai vain yksi arvo). Tila: Ei arvioitavissa.',
    );
  });
});
