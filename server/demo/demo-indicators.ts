import type { CreateIndicatorInput } from '../graphql/resolvers-types.generated';

/**
 * The demo's indicators. The Sotkanet ones carry real data from `data/sotkanet/sotkanet-portal-export/`;
 * their names are THL's own from `SotkaIndicators.json` where that file has them, otherwise the
 * export's English title with our Finnish and Swedish translation (see data/SOURCES.md).
 * The `internal:` ones are synthetic quarterly series made up for the demo, and say so in `source`.
 */
const THL = 'sotkanet';

function sotkanet(
  id: number,
  name: { fi: string; sv: string; en: string },
  fields: Pick<CreateIndicatorInput, 'unit' | 'decimals' | 'direction'> &
    Partial<Pick<CreateIndicatorInput, 'naturalLimit' | 'minValue' | 'maxValue'>>,
  definition: string,
  serviceAreaCodes: string[],
): DemoIndicator {
  return {
    input: {
      code: `sotkanet:${id}`,
      name,
      frequency: 'YEAR',
      source: THL,
      sourceId: String(id),
      definition: { fi: definition, sv: null, en: null },
      ...fields,
    },
    serviceAreaCodes,
  };
}

export interface DemoIndicator {
  input: Omit<CreateIndicatorInput, 'serviceAreaIds'>;
  serviceAreaCodes: string[];
}

const percent = { unit: '%', decimals: 1, minValue: 0, maxValue: 100 } as const;
const lowerPercent = { ...percent, direction: 'LOWER_IS_BETTER', naturalLimit: 0 } as const;
// No floor for euro figures: Sotkanet's cost series hold negative values (corrections and refunds).
const thousandEuros = { unit: '1 000 €', decimals: 0 } as const;
const eurosPerCapita = { unit: '€ / asukas', decimals: 1 } as const;
const CHILDREN = ['children-families'];

export const SOTKANET_DEMO_INDICATORS: DemoIndicator[] = [
  sotkanet(
    228,
    { fi: 'Lasten pienituloisuusaste', sv: 'Risk för fattigdom bland barn', en: 'At-risk-of-poverty-rate for children' },
    lowerPercent,
    'Pienituloisiin kotitalouksiin kuuluvien alle 18-vuotiaiden osuus kaikista alle 18-vuotiaista (Tilastokeskus).',
    CHILDREN,
  ),
  sotkanet(
    1077,
    {
      fi: 'Huostassa vuoden aikana olleet 0 - 17-vuotiaat, % vastaavanikäisestä väestöstä (THL)',
      sv: 'Omhändertagna 0 - 17-åringar under året, % av befolkningen i samma ålder (THL)',
      en: 'Children aged 0-17 placed in care during the year, as % of total population of same age (THL)',
    },
    lowerPercent,
    'Vuoden aikana huostassa olleet 0–17-vuotiaat prosentteina vastaavanikäisestä väestöstä.',
    CHILDREN,
  ),
  sotkanet(
    1078,
    {
      fi: 'Kiireellisesti sijoitetut 0 - 17-vuotiaat vuoden aikana, % vastaavanikäisestä väestöstä (THL)',
      sv: 'Brådskande placerade 0 - 17-åringar under året, % av befolkningen i samma ålder (THL)',
      en: 'Children aged 0-17 placed in emergency placement during the year, as % of total population of same age (THL)',
    },
    lowerPercent,
    'Vuoden aikana kiireellisesti sijoitetut 0–17-vuotiaat prosentteina vastaavanikäisestä väestöstä.',
    CHILDREN,
  ),
  sotkanet(
    1244,
    {
      fi: 'Huostassa tai kiireellisesti sijoitettuna olleet 0 - 17-vuotiaat viimeisimmän sijoitustiedon mukaan, % vastaavanikäisestä väestöstä (THL)',
      sv: 'Omhändertagna eller brådskande placerade 0 - 17-åringar enligt uppgift om senaste placeringsställe, % av befolkningen i samma ålder (THL)',
      en: 'Children aged 0-17 years placed in care or emergency placement, as % of total population of same age (THL)',
    },
    lowerPercent,
    'Huostassa tai kiireellisesti sijoitettuna olleet 0–17-vuotiaat viimeisimmän sijoitustiedon mukaan prosentteina vastaavanikäisestä väestöstä.',
    CHILDREN,
  ),
  sotkanet(
    1872,
    {
      fi: 'Kokopäivähoidon hoitopäivät vuodessa yhteensä päiväkodeissa ja perhepäivähoidossa, kunnan kustantamat palvelut',
      sv: 'Vårddagar i heldagsvård på daghem och i familjedagvård under året, tjänster finansierade av kommuner',
      en: 'Full-time early childhood education and care in day care centres and family day care, days within a year (up to 2020)',
    },
    { unit: 'hoitopäivää', decimals: 0, minValue: 0, direction: 'HIGHER_IS_BETTER' },
    'Kunnan kustantaman kokopäiväisen varhaiskasvatuksen hoitopäivät vuodessa. Tilasto päättyi vuoteen 2020.',
    CHILDREN,
  ),
  sotkanet(
    1886,
    {
      fi: 'Leikkitoiminnan piirissä keskimäärin toimintapäivänä olleet lapset, kunnan kustantamat palvelut',
      sv: 'Antal barn i snitt per verksamhetsdag inom lekverksamhet, tjänster finansierade av kommuner',
      en: 'Play activities, average number of children on an operational day, services funded by the municipality (up to 2020)',
    },
    { unit: 'lasta', decimals: 0, minValue: 0, direction: 'HIGHER_IS_BETTER' },
    'Kunnan kustantaman leikkitoiminnan lapsimäärä keskimäärin toimintapäivänä. Tilasto päättyi vuoteen 2020.',
    CHILDREN,
  ),
  sotkanet(
    3126,
    { fi: 'Gini-kerroin, käytettävissä olevat tulot', sv: 'Ginikoefficient, disponibel inkomst', en: 'Gini coefficient, disposable income' },
    { unit: 'indeksi', decimals: 1, minValue: 0, maxValue: 100, direction: 'LOWER_IS_BETTER' },
    'Tuloerojen tunnusluku 0–100: mitä suurempi, sitä suuremmat tuloerot (Tilastokeskus).',
    ['growth-employment'],
  ),
  sotkanet(
    3517,
    {
      fi: 'Lastensuojelun kodinhoitoapua ja lastenhoitoapua saaneet perheet, % lapsiperheistä',
      sv: 'Familjer som fått hemservice och barnvård inom barnskyddet, % av barnfamiljerna',
      en: 'Families receiving home help and child care services within child welfare services, as % of all families with children',
    },
    { ...percent, decimals: 1, direction: 'HIGHER_IS_BETTER' },
    'Varhaisen tuen mittari: lastensuojelun kodinhoito- ja lastenhoitoapua saaneet perheet prosentteina lapsiperheistä.',
    CHILDREN,
  ),
  sotkanet(
    3775,
    {
      fi: 'Lasten ja perheiden muiden avopalvelujen nettokäyttökustannukset, euroa / asukas (vuoteen 2022)',
      sv: 'Nettodriftskostnader för övriga öppna tjänster för barn och familjer, euro / invånare (till 2022)',
      en: 'Net operating costs on other non-institutional services for children and families, total, euro per capita (up to 2022)',
    },
    { ...eurosPerCapita, direction: 'LOWER_IS_BETTER' },
    'Lasten ja perheiden muiden avopalvelujen nettokäyttökustannukset asukasta kohden.',
    CHILDREN,
  ),
  sotkanet(
    3795,
    {
      fi: 'Lasten ja perheiden muiden avopalvelujen toimintakulut, 1 000 euroa (2015–2020)',
      sv: 'Driftskostnader för övriga öppna tjänster för barn och familjer, 1 000 euro (2015–2020)',
      en: 'Operating net expenditure on other non-institutional services for children and families, 1 000 euro (2015-2020)',
    },
    { ...thousandEuros, direction: 'LOWER_IS_BETTER' },
    'Lasten ja perheiden muiden avopalvelujen nettomenot, tuhatta euroa.',
    CHILDREN,
  ),
  sotkanet(
    3796,
    {
      fi: 'Lastensuojelun avohuollon nettomenot, 1 000 euroa (2015–2020)',
      sv: 'Nettoutgifter för barnskyddets öppenvård, 1 000 euro (2015–2020)',
      en: 'Operating net expenditure on non-institutional services in child welfare, 1000 euro (2015-2020)',
    },
    { ...thousandEuros, direction: 'LOWER_IS_BETTER' },
    'Lastensuojelun avohuollon nettomenot, tuhatta euroa.',
    CHILDREN,
  ),
  sotkanet(
    4684,
    {
      fi: 'Lastensuojelun avohuollon toimintakulut yhteensä, 1 000 euroa',
      sv: 'Barnskyddets öppenvård, driftskostnader totalt, 1 000 euro',
      en: 'Non-institutional services in child welfare, total operating expenditure, 1000 euro',
    },
    { ...thousandEuros, direction: 'LOWER_IS_BETTER' },
    'Lastensuojelun avohuollon toimintakulut yhteensä, tuhatta euroa.',
    CHILDREN,
  ),
  sotkanet(
    4692,
    {
      fi: 'Lasten ja perheiden muiden avopalvelujen toimintatuotot yhteensä, 1 000 euroa (vuoteen 2022)',
      sv: 'Driftsintäkter för övriga öppna tjänster för barn och familjer, 1 000 euro (till 2022)',
      en: 'Other non-institutional services for children and families, total operating income, 1000 euro (up to 2022)',
    },
    { ...thousandEuros, direction: 'HIGHER_IS_BETTER' },
    'Lasten ja perheiden muiden avopalvelujen toimintatuotot, tuhatta euroa.',
    CHILDREN,
  ),
  sotkanet(
    5432,
    {
      fi: 'Lasten, nuorten ja perheiden sosiaalipalvelujen nettokäyttökustannukset, euroa / asukas',
      sv: 'Nettodriftskostnader för socialservice för barn, unga och familjer, euro / invånare',
      en: 'Net operating costs of social services for children, youth and families, total, euro per capita',
    },
    { ...eurosPerCapita, direction: 'LOWER_IS_BETTER' },
    'Lasten, nuorten ja perheiden sosiaalipalvelujen nettokäyttökustannukset asukasta kohden.',
    CHILDREN,
  ),
  sotkanet(
    5520,
    {
      fi: 'Lasten ja perheiden muiden avopalvelujen nettokäyttökustannukset, euroa / 0–17-vuotias (vuoteen 2022)',
      sv: 'Nettodriftskostnader för övriga öppna tjänster för barn och familjer, euro / 0–17-åring (till 2022)',
      en: 'Net operating costs on other non-institutional services for children and families, total, euro per capita aged 0-17 (up to 2022)',
    },
    { ...eurosPerCapita, direction: 'LOWER_IS_BETTER' },
    'Lasten ja perheiden muiden avopalvelujen nettokäyttökustannukset 0–17-vuotiasta kohden.',
    CHILDREN,
  ),
  sotkanet(
    5812,
    {
      fi: 'Kasvatus- ja perheneuvonnan toimintakulut, 1 000 euroa',
      sv: 'Uppfostrings- och familjerådgivning, driftskostnader, 1 000 euro',
      en: 'Child guidance and family counselling, operating expenditure, 1000 euro',
    },
    { ...thousandEuros, direction: 'LOWER_IS_BETTER' },
    'Kasvatus- ja perheneuvonnan toimintakulut, tuhatta euroa.',
    CHILDREN,
  ),
];

/**
 * The population on 31 December, from `data/population/` (Sotkanet 2000–2022; names THL's own from
 * `SotkaIndicators.json`). No goal measures it: the attainment method weights a county's mean of
 * municipalities by it (METHOD.md), so it is loaded as any other Sotkanet series is.
 */
export const POPULATION_DEMO_INDICATOR: DemoIndicator = sotkanet(
  127,
  { fi: 'Väestö 31.12.', sv: 'Befolkning 31.12', en: 'Population at year end' },
  { unit: 'asukasta', decimals: 0, minValue: 0, direction: 'HIGHER_IS_BETTER' },
  'Kunnan asukasluku vuoden viimeisenä päivänä (Tilastokeskus). Mittaristo painottaa sillä kuntien keskiarvot hyvinvointialueelle.',
  [],
);

const SYNTHETIC = 'synthetic demo data (not real)';

function internal(
  code: string,
  name: { fi: string; sv: string; en: string },
  fields: Pick<CreateIndicatorInput, 'unit' | 'decimals' | 'direction'> &
    Partial<Pick<CreateIndicatorInput, 'naturalLimit' | 'minValue' | 'maxValue'>>,
  definition: string,
  serviceAreaCodes: string[],
): DemoIndicator {
  return {
    input: {
      code: `internal:${code}`,
      name,
      frequency: 'QUARTER',
      source: SYNTHETIC,
      sourceId: null,
      definition: { fi: `${definition} SYNTEETTINEN DEMOSARJA – ei todellista dataa.`, sv: null, en: null },
      ...fields,
    },
    serviceAreaCodes,
  };
}

const higherPercent = { ...percent, direction: 'HIGHER_IS_BETTER', naturalLimit: 100 } as const;

export const SYNTHETIC_DEMO_INDICATORS: DemoIndicator[] = [
  internal(
    'care-guarantee-7d',
    {
      fi: 'Hoitotakuu toteutui perusterveydenhuollossa (7 vrk), %',
      sv: 'Vårdgarantin uppfylldes inom primärvården (7 dygn), %',
      en: 'Care guarantee met in primary health care (7 days), %',
    },
    higherPercent,
    'Kiireettömistä hoidon tarpeen arvioista niiden osuus, joissa hoitoon pääsi seitsemässä vuorokaudessa.',
    ['primary-health-care'],
  ),
  internal(
    'customer-satisfaction',
    {
      fi: 'Palveluun tyytyväiset asiakkaat, %',
      sv: 'Kunder som är nöjda med tjänsten, %',
      en: 'Customers satisfied with the service, %',
    },
    higherPercent,
    'Asiakaspalautteen vastaajista niiden osuus, jotka antoivat arvosanan 4 tai 5 (asteikko 1–5), palvelukokonaisuuksittain.',
    ['children-families', 'older-people', 'mental-health-substance-abuse', 'primary-health-care'],
  ),
  internal(
    'mental-health-wait-days',
    {
      fi: 'Odotusaika mielenterveyspalvelujen ensikäynnille, vrk (mediaani)',
      sv: 'Väntetid till första besöket inom mentalvården, dygn (median)',
      en: 'Waiting time to first mental health appointment, days (median)',
    },
    { unit: 'vrk', decimals: 0, minValue: 0, direction: 'LOWER_IS_BETTER', naturalLimit: 0 },
    'Yhteydenotosta ensimmäiseen hoitokäyntiin kuluneiden vuorokausien mediaani.',
    ['mental-health-substance-abuse'],
  ),
  internal(
    'emergency-wait-minutes',
    {
      fi: 'Päivystyksen odotusaika hoitoon, min (mediaani)',
      sv: 'Väntetid till vård på jouren, min (median)',
      en: 'Emergency department waiting time to treatment, minutes (median)',
    },
    { unit: 'min', decimals: 0, minValue: 0, direction: 'LOWER_IS_BETTER', naturalLimit: 0 },
    'Päivystykseen saapumisesta lääkärin tai hoitajan tutkimukseen kuluneiden minuuttien mediaani.',
    ['specialised-care'],
  ),
  internal(
    'rescue-in-time',
    {
      fi: 'Kiireelliset pelastustehtävät, joissa tavoiteaika saavutettiin, %',
      sv: 'Brådskande räddningsuppdrag där målsatt tid nåddes, %',
      en: 'Urgent rescue missions reached within the target time, %',
    },
    higherPercent,
    'Kiireellisistä pelastustehtävistä niiden osuus, joissa ensimmäinen yksikkö oli kohteessa riskiluokan tavoiteajassa.',
    ['rescue-services'],
  ),
  internal(
    'home-living-75',
    {
      fi: 'Kotona asuvat 75 vuotta täyttäneet, %',
      sv: 'Hemmaboende 75 år fyllda, %',
      en: 'People aged 75 and over living at home, %',
    },
    higherPercent,
    'Kotona asuvien osuus 75 vuotta täyttäneistä.',
    ['older-people'],
  ),
  internal(
    'staff-turnover',
    { fi: 'Henkilöstön vaihtuvuus, %', sv: 'Personalomsättning, %', en: 'Staff turnover, %' },
    { ...lowerPercent },
    'Vakinaisesta henkilöstöstä neljänneksen aikana lähteneiden osuus, vuositasolle muutettuna.',
    ['children-families', 'older-people', 'mental-health-substance-abuse', 'primary-health-care'],
  ),
  internal(
    'sick-leave-days',
    {
      fi: 'Sairauspoissaolot, pv / henkilötyövuosi',
      sv: 'Sjukfrånvaro, dagar / årsverke',
      en: 'Sick leave, days per person-year',
    },
    { unit: 'pv / htv', decimals: 1, minValue: 0, direction: 'LOWER_IS_BETTER', naturalLimit: 0 },
    'Sairauspoissaolopäivät henkilötyövuotta kohden, vuositasolle muutettuna.',
    [],
  ),
];
