/**
 * The demo strategy: Etelä-Savo wellbeing services county's service strategy, written in the spirit
 * of a real one (the goals, promises and targets are ours, not the county's). Goals refer to
 * indicators by code and to each other by key; the seed turns keys into ids.
 */
type Text = { fi: string; sv: string; en: string };

export interface DemoGoal {
  key: string;
  perspective: string;
  parent?: string;
  title: Text;
  description: Text;
  owner: string;
  serviceAreas: string[];
  nationalGoals: string[];
  indicators: Array<{ code: string; weight: number }>;
}

export interface DemoTarget {
  indicator: string;
  /** Absent for the organisation-wide target. */
  areaCode?: string;
  /** Overrides the strategy's baseline year for this target. */
  baselinePeriod?: string;
  points: Array<{ period: string; value: number }>;
  /** Sanity warnings the county accepted when it set the target (the explanation mentions them). */
  acknowledgedWarnings?: Array<'WORSE_THAN_BASELINE'>;
}

export const DEMO_COUNTY_CODE = 'HVA12';

export const DEMO_STRATEGY = {
  organisationCode: DEMO_COUNTY_CODE,
  name: {
    fi: 'Etelä-Savon hyvinvointialueen palvelustrategia 2026–2029 (demo)',
    sv: 'Södra Savolax välfärdsområdes servicestrategi 2026–2029 (demo)',
    en: 'South Savo wellbeing services county: service strategy 2026–2029 (demo)',
  },
  vision: {
    fi: 'Eteläsavolainen saa oikea-aikaista apua läheltä – ja tietää, mitä palvelulta voi odottaa.',
    sv: 'Invånarna i Södra Savolax får hjälp i rätt tid nära hemmet – och vet vad de kan vänta sig av servicen.',
    en: 'Everyone in South Savo gets timely help close to home – and knows what to expect of the service.',
  },
  startYear: 2026,
  endYear: 2029,
  baselineYear: 2021,
};

export const DEMO_PERSPECTIVES: Array<{ key: string; name: Text }> = [
  {
    key: 'access',
    name: {
      fi: 'Saatavuus ja asiakaskokemus',
      sv: 'Tillgänglighet och kundupplevelse',
      en: 'Availability and customer experience',
    },
  },
  { key: 'effectiveness', name: { fi: 'Vaikuttavuus', sv: 'Verkningsfullhet', en: 'Effectiveness' } },
  { key: 'productivity', name: { fi: 'Tuottavuus', sv: 'Produktivitet', en: 'Productivity' } },
  { key: 'staff', name: { fi: 'Henkilöstökokemus', sv: 'Personalupplevelse', en: 'Staff experience' } },
];

export const DEMO_GOALS: DemoGoal[] = [
  {
    key: 'care-guarantee',
    perspective: 'access',
    title: {
      fi: 'Perusterveydenhuollon hoitoon pääsee hoitotakuun ajassa',
      sv: 'Primärvården nås inom vårdgarantins tid',
      en: 'Primary health care is reached within the care guarantee',
    },
    description: {
      fi: 'Kiireettömään hoitoon pääsee seitsemässä vuorokaudessa kaikissa kunnissa.',
      sv: 'Icke-brådskande vård nås inom sju dygn i alla kommuner.',
      en: 'Non-urgent care is reached within seven days in every municipality.',
    },
    owner: 'Perusterveydenhuollon johtaja',
    serviceAreas: ['primary-health-care'],
    nationalGoals: ['Hoitotakuu (terveydenhuoltolaki 51 §)'],
    indicators: [{ code: 'internal:care-guarantee-7d', weight: 1 }],
  },
  {
    key: 'mental-health-access',
    perspective: 'access',
    title: {
      fi: 'Mielenterveyspalveluihin pääsee nopeasti',
      sv: 'Mentalvården nås snabbt',
      en: 'Mental health services are reached quickly',
    },
    description: {
      fi: 'Odotus ensikäynnille lyhenee, ja apua saa ilman lähetettä matalalla kynnyksellä.',
      sv: 'Väntan till första besöket förkortas, och hjälp fås med låg tröskel utan remiss.',
      en: 'The wait for a first appointment shortens, and low-threshold help needs no referral.',
    },
    owner: 'Mielenterveys- ja päihdepalvelujen johtaja',
    serviceAreas: ['mental-health-substance-abuse'],
    nationalGoals: ['Kansallinen mielenterveysstrategia 2020–2030'],
    indicators: [{ code: 'internal:mental-health-wait-days', weight: 1 }],
  },
  {
    key: 'customer-experience',
    perspective: 'access',
    title: {
      fi: 'Asiakkaat ovat tyytyväisiä saamaansa palveluun',
      sv: 'Kunderna är nöjda med servicen de får',
      en: 'Customers are satisfied with the service they receive',
    },
    description: {
      fi: 'Asiakaspalautteen tyytyväisten osuus kasvaa kaikissa palvelukokonaisuuksissa.',
      sv: 'Andelen nöjda i kundresponsen ökar inom alla servicehelheter.',
      en: 'The share of satisfied customers grows in every service area.',
    },
    owner: 'Asiakkuusjohtaja',
    serviceAreas: ['children-families', 'older-people', 'mental-health-substance-abuse', 'primary-health-care'],
    nationalGoals: [],
    indicators: [{ code: 'internal:customer-satisfaction', weight: 1 }],
  },
  {
    key: 'emergency-care',
    perspective: 'access',
    title: {
      fi: 'Päivystyksessä pääsee hoitoon nopeasti',
      sv: 'Vård på jouren fås snabbt',
      en: 'Emergency care starts quickly',
    },
    description: {
      fi: 'Päivystyksen odotusaika hoidon alkuun lyhenee alle tunnin.',
      sv: 'Väntetiden till vård på jouren blir kortare än en timme.',
      en: 'The wait for treatment in the emergency department falls below one hour.',
    },
    owner: 'Erikoissairaanhoidon johtaja',
    serviceAreas: ['specialised-care'],
    nationalGoals: [],
    indicators: [{ code: 'internal:emergency-wait-minutes', weight: 1 }],
  },
  {
    key: 'fewer-placements',
    perspective: 'effectiveness',
    title: {
      fi: 'Kodin ulkopuolelle sijoitettujen lasten osuus pienenee',
      sv: 'Andelen barn som placeras utanför hemmet minskar',
      en: 'The share of children placed outside the home decreases',
    },
    description: {
      fi: 'Perheet saavat tukea ajoissa, jolloin huostaanottoja ja kiireellisiä sijoituksia tarvitaan vähemmän.',
      sv: 'Familjer får stöd i tid, så att färre omhändertaganden och brådskande placeringar behövs.',
      en: 'Families get support in time, so fewer care orders and emergency placements are needed.',
    },
    owner: 'Perhe- ja sosiaalipalvelujen johtaja',
    serviceAreas: ['children-families'],
    nationalGoals: ['Lastensuojelun laatusuositus', 'Kansallinen lapsistrategia'],
    indicators: [
      { code: 'sotkanet:1244', weight: 2 },
      { code: 'sotkanet:1077', weight: 1 },
      { code: 'sotkanet:1078', weight: 1 },
    ],
  },
  {
    key: 'early-support',
    perspective: 'effectiveness',
    parent: 'fewer-placements',
    title: {
      fi: 'Lapsiperheet saavat varhaista tukea kotiin',
      sv: 'Barnfamiljer får tidigt stöd hemma',
      en: 'Families with children get early support at home',
    },
    description: {
      fi: 'Kodinhoitoapua ja lastenhoitoapua saavien perheiden osuus kasvaa.',
      sv: 'Andelen familjer som får hemservice och barnvård ökar.',
      en: 'The share of families receiving home help and child care grows.',
    },
    owner: 'Perhe- ja sosiaalipalvelujen johtaja',
    serviceAreas: ['children-families'],
    nationalGoals: [],
    indicators: [{ code: 'sotkanet:3517', weight: 1 }],
  },
  {
    key: 'child-poverty',
    perspective: 'effectiveness',
    title: {
      fi: 'Lasten pienituloisuus ja tuloerot kapenevat',
      sv: 'Barnfattigdomen och inkomstskillnaderna minskar',
      en: 'Child poverty and income inequality narrow',
    },
    description: {
      fi: 'Hyvinvointialue tekee yhteistyötä kuntien kanssa lapsiperheiden toimeentulon tukemiseksi.',
      sv: 'Välfärdsområdet samarbetar med kommunerna för att stödja barnfamiljernas försörjning.',
      en: 'The county works with the municipalities to support the livelihood of families with children.',
    },
    owner: 'Hyvinvoinnin ja terveyden edistämisen johtaja',
    serviceAreas: ['children-families', 'growth-employment'],
    nationalGoals: ['Kansallinen lapsistrategia'],
    indicators: [
      { code: 'sotkanet:228', weight: 2 },
      { code: 'sotkanet:3126', weight: 1 },
    ],
  },
  {
    key: 'home-living',
    perspective: 'effectiveness',
    title: {
      fi: 'Ikääntyneet asuvat kotona turvallisesti',
      sv: 'Äldre bor tryggt hemma',
      en: 'Older people live safely at home',
    },
    description: {
      fi: 'Kotona asuvien 75 vuotta täyttäneiden osuus kasvaa kotiin annettavien palvelujen avulla.',
      sv: 'Andelen hemmaboende 75 år fyllda ökar med hjälp av tjänster i hemmet.',
      en: 'More people aged 75 and over live at home, helped by services brought there.',
    },
    owner: 'Ikääntyneiden palvelujen johtaja',
    serviceAreas: ['older-people'],
    nationalGoals: ['Ikäohjelma 2030'],
    indicators: [{ code: 'internal:home-living-75', weight: 1 }],
  },
  {
    key: 'rescue-response',
    perspective: 'effectiveness',
    title: {
      fi: 'Pelastustoimi on nopeasti paikalla',
      sv: 'Räddningsväsendet är snabbt på plats',
      en: 'Rescue services arrive quickly',
    },
    description: {
      fi: 'Kiireellisissä tehtävissä ensimmäinen yksikkö on kohteessa riskiluokan tavoiteajassa.',
      sv: 'I brådskande uppdrag är den första enheten på plats inom riskklassens målsatta tid.',
      en: 'In urgent missions the first unit reaches the scene within its risk class’s target time.',
    },
    owner: 'Pelastusjohtaja',
    serviceAreas: ['rescue-services'],
    nationalGoals: [],
    indicators: [{ code: 'internal:rescue-in-time', weight: 1 }],
  },
  {
    key: 'family-service-costs',
    perspective: 'productivity',
    title: {
      fi: 'Lapsiperhepalvelujen kustannukset pysyvät hallinnassa',
      sv: 'Kostnaderna för barnfamiljetjänster hålls under kontroll',
      en: 'The cost of services for families with children stays under control',
    },
    description: {
      fi: 'Nettokustannukset asukasta kohden eivät kasva, kun painopiste siirtyy varhaiseen tukeen.',
      sv: 'Nettokostnaderna per invånare ökar inte när tyngdpunkten flyttas till tidigt stöd.',
      en: 'Net costs per resident do not grow as the focus moves to early support.',
    },
    owner: 'Talousjohtaja',
    serviceAreas: ['children-families'],
    nationalGoals: [],
    indicators: [{ code: 'sotkanet:5432', weight: 1 }],
  },
  {
    key: 'staff-wellbeing',
    perspective: 'staff',
    title: {
      fi: 'Henkilöstö pysyy ja voi hyvin',
      sv: 'Personalen stannar och mår bra',
      en: 'Staff stay and are well',
    },
    description: {
      fi: 'Vaihtuvuus ja sairauspoissaolot vähenevät; hyvä johtaminen ja työn kuormituksen hallinta.',
      sv: 'Personalomsättningen och sjukfrånvaron minskar; gott ledarskap och hanterlig arbetsbörda.',
      en: 'Turnover and sick leave fall, through good leadership and a manageable workload.',
    },
    owner: 'Henkilöstöjohtaja',
    serviceAreas: [],
    nationalGoals: [],
    indicators: [
      { code: 'internal:staff-turnover', weight: 1 },
      { code: 'internal:sick-leave-days', weight: 1 },
    ],
  },
];

export const DEMO_SERVICE_PROMISES: Array<{ text: Text; goals: string[] }> = [
  {
    text: {
      fi: 'Pääset kiireettömään hoitoon terveysasemalla viikon sisällä.',
      sv: 'Du får icke-brådskande vård på hälsostationen inom en vecka.',
      en: 'You get non-urgent care at a health centre within a week.',
    },
    goals: ['care-guarantee'],
  },
  {
    text: {
      fi: 'Saat apua mielen hyvinvointiin ilman lähetettä ja pitkää odotusta.',
      sv: 'Du får hjälp med ditt psykiska välbefinnande utan remiss och lång väntan.',
      en: 'You get help for your mental wellbeing without a referral or a long wait.',
    },
    goals: ['mental-health-access'],
  },
  {
    text: {
      fi: 'Perheesi saa tukea kotiin silloin, kun arki alkaa kuormittaa.',
      sv: 'Din familj får stöd hemma när vardagen börjar tynga.',
      en: 'Your family gets support at home when everyday life starts to weigh.',
    },
    goals: ['early-support', 'fewer-placements'],
  },
  {
    text: {
      fi: 'Voit asua kotona ikääntyessäsi, ja apu tulee luoksesi.',
      sv: 'Du kan bo hemma när du blir äldre, och hjälpen kommer till dig.',
      en: 'You can live at home as you grow older, and help comes to you.',
    },
    goals: ['home-living'],
  },
];

export const DEMO_TARGETS: DemoTarget[] = [
  {
    // Set against the plain mean of the municipalities; weighted by population the county's 2021
    // baseline is 1.76, so the 2027 step lies on the worse side of it, as the county accepted.
    indicator: 'sotkanet:1244',
    points: [{ period: '2027', value: 1.9 }, { period: '2029', value: 1.6 }],
    acknowledgedWarnings: ['WORSE_THAN_BASELINE'],
  },
  {
    // Savonlinna's own target starts from 2022: its 2021 figure (1.5) was an exceptionally low year.
    indicator: 'sotkanet:1244',
    areaCode: '740',
    baselinePeriod: '2022',
    points: [
      { period: '2027', value: 1.7 },
      { period: '2029', value: 1.5 },
    ],
  },
  {
    // Likewise: the population-weighted 2021 baseline is 1.49, below both points. Savonlinna inherits
    // this target and shows what such a target does (METHOD.md, "achieved, but worsening").
    indicator: 'sotkanet:1077',
    points: [{ period: '2027', value: 1.8 }, { period: '2029', value: 1.5 }],
    acknowledgedWarnings: ['WORSE_THAN_BASELINE'],
  },
  // Weighted, the 2021 baseline is 0.496: the 0.5 set against the plain mean is on its worse side.
  { indicator: 'sotkanet:1078', points: [{ period: '2029', value: 0.5 }], acknowledgedWarnings: ['WORSE_THAN_BASELINE'] },
  { indicator: 'sotkanet:228', points: [{ period: '2029', value: 12 }] },
  { indicator: 'internal:care-guarantee-7d', points: [{ period: '2027Q4', value: 80 }, { period: '2029Q4', value: 90 }] },
  { indicator: 'internal:customer-satisfaction', points: [{ period: '2029Q4', value: 85 }] },
  { indicator: 'internal:mental-health-wait-days', points: [{ period: '2027Q4', value: 10 }, { period: '2029Q4', value: 7 }] },
  { indicator: 'internal:emergency-wait-minutes', points: [{ period: '2029Q4', value: 60 }] },
  { indicator: 'internal:rescue-in-time', points: [{ period: '2029Q4', value: 90 }] },
  { indicator: 'internal:home-living-75', points: [{ period: '2029Q4', value: 92.5 }] },
  { indicator: 'internal:staff-turnover', points: [{ period: '2029Q4', value: 7 }] },
  { indicator: 'internal:sick-leave-days', points: [{ period: '2029Q4', value: 14 }] },
];
