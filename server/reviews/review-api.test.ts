import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findUserCredentials } from '../auth/user-repository';
import { createApiToken } from '../auth/user-service';
import type { ParsedItem } from '../loads/load-model';
import { runLoad } from '../loads/load-service';
import { firstError, startTestServer, type TestServer } from '../test/test-server';

/**
 * Quarterly reviews on the demo: Etelä-Savo's strategy has an approved review of 2026Q2 and a draft
 * of 2026Q3; the demo user "owner" owns the goals of the family services director.
 */
let server: TestServer;
let ownerToken: string;
let boardToken: string;
let strategyId: string;

async function tokenOf(username: string): Promise<string> {
  const credentials = await findUserCredentials(server.database.db, username);
  if (!credentials) throw new Error(`no demo user ${username}`);
  return (await createApiToken(server.database.db, { userId: String(credentials.user.id), name: 'test' })).token;
}

const REVIEW = `query ($id: ID!) { review(id: $id) {
  id quarter status figuresAsOf approvedAt approvedBy previousQuarter comparedWithApprovedReview strategyStatus strategyScore
  goals { goalId title { fi } perspective { fi } depth owner ownerUsername status score coverage previousStatus previousScore change
    indicators { code status baseline { period value } latest { period value } target { period value } progressShare explanation values { period value } }
    assessment { statusOverride overrideReason narrative writtenBy } } } }`;

async function reviews() {
  const { reviews: list } = await server.data<{ reviews: Array<{ id: string; quarter: string; status: string }> }>(
    `query ($s: ID!) { reviews(strategyId: $s) { id quarter status } }`,
    { s: strategyId },
  );
  return list;
}

async function review(id: string) {
  return (await server.data<{ review: any }>(REVIEW, { id })).review;
}

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  ownerToken = await tokenOf('owner');
  boardToken = await tokenOf('board');
  strategyId = (await server.data<{ strategies: Array<{ id: string }> }>(`{ strategies { id } }`)).strategies[0]!.id;
});
afterAll(() => server.close());

const WRITE = `mutation ($input: AssessmentInput!) { writeAssessment(input: $input) { goalId quarter statusOverride overrideReason narrative writtenBy writtenAt } }`;

describe('the demo’s reviews', () => {
  test('2026Q2 is approved with the owner’s assessments; 2026Q3 is a draft compared with it', async () => {
    const [q3, q2] = await reviews();
    expect(q2).toMatchObject({ quarter: '2026Q2', status: 'APPROVED' });
    expect(q3).toMatchObject({ quarter: '2026Q3', status: 'DRAFT' });
    const approved = await review(q2!.id);
    expect(approved).toMatchObject({ approvedBy: 'board', approvedAt: '2026-08-20T10:00:00.000Z', figuresAsOf: '2026-08-20T10:00:00.000Z', previousQuarter: '2026Q1', comparedWithApprovedReview: false });
    const earlySupport = approved.goals.find((goal: any) => goal.title.fi.startsWith('Lapsiperheet saavat varhaista tukea'));
    expect(earlySupport).toMatchObject({ depth: 1, ownerUsername: 'owner', assessment: { statusOverride: 'LIMITED_PROGRESS', writtenBy: 'owner' } });
    // The approved report was judged with what had been reported by 20 August: 2026Q2's figures came in mid-August.
    const careGuarantee = approved.goals.find((goal: any) => goal.title.fi.startsWith('Perusterveydenhuollon'));
    expect(careGuarantee.indicators[0].latest.period).toBe('2026Q2');

    const draft = await review(q3!.id);
    expect(draft).toMatchObject({ previousQuarter: '2026Q2', comparedWithApprovedReview: true });
    for (const goal of draft.goals) {
      const before = approved.goals.find((candidate: any) => candidate.goalId === goal.goalId);
      expect(goal.previousStatus).toBe(before.status);
    }
    expect(draft.goals.find((goal: any) => goal.title.fi.startsWith('Perusterveydenhuollon')).indicators[0].latest.period).toBe('2026Q3');
  });

  test('the list shows each approved review’s figures as its stored report has them', async () => {
    const LIST = `query ($s: ID!) { reviews(strategyId: $s) { id quarter status figuresAsOf previousQuarter comparedWithApprovedReview strategyStatus strategyScore } }`;
    const approved = (await reviews()).filter((item) => item.status === 'APPROVED');
    expect(approved.length).toBeGreaterThan(0);
    const { reviews: list } = await server.data<{ reviews: any[] }>(LIST, { s: strategyId }, 'anonymous');
    for (const item of list.filter((candidate) => candidate.status === 'APPROVED')) {
      const stored = JSON.parse(
        (server.database.sqlite.prepare(`select snapshot from review where id = ?`).get(Number(item.id)) as { snapshot: string }).snapshot,
      );
      expect(item).toMatchObject({
        figuresAsOf: new Date(stored.figuresAsOf).toISOString(),
        previousQuarter: stored.previousQuarter,
        comparedWithApprovedReview: stored.comparedWithApprovedReview,
        strategyStatus: stored.strategyStatus,
        strategyScore: stored.strategyScore,
      });
    }
  });

  test('an unknown or malformed review id is null, not an error', async () => {
    for (const id of ['99999', 'abc']) {
      const result = await server.graphql(`query ($id: ID!) { review(id: $id) { id } }`, { id });
      expect(result.errors).toBeUndefined();
      expect(result.data?.review).toBeNull();
    }
  });
});

describe('assessments', () => {
  test('the owner writes and rewrites the assessment of an own goal; it shows in the review and the goal’s history', async () => {
    const [q3] = await reviews();
    const draft = await review(q3!.id);
    const placements = draft.goals.find((goal: any) => goal.ownerUsername === 'owner' && goal.depth === 0);
    const input = { reviewId: q3!.id, goalId: placements.goalId, narrative: 'Ensimmäinen versio.' };
    expect((await server.graphql(WRITE, { input }, { token: ownerToken })).errors).toBeUndefined();
    const rewritten = await server.graphql(
      WRITE,
      { input: { ...input, statusOverride: 'LIMITED_PROGRESS', overrideReason: 'Uudet sijoitukset vähenivät syksyllä.', narrative: 'Toinen versio.' } },
      { token: ownerToken },
    );
    expect(rewritten.data?.writeAssessment).toMatchObject({ quarter: '2026Q3', statusOverride: 'LIMITED_PROGRESS', narrative: 'Toinen versio.', writtenBy: 'owner' });
    const shown = (await review(q3!.id)).goals.find((goal: any) => goal.goalId === placements.goalId);
    expect(shown.assessment).toMatchObject({ narrative: 'Toinen versio.', statusOverride: 'LIMITED_PROGRESS' });
    expect(shown.status).toBe(placements.status); // the computed status is kept beside the override
    const { goal } = await server.data<{ goal: { assessments: Array<{ quarter: string; narrative: string }> } }>(
      `query ($id: ID!) { goal(id: $id) { assessments { quarter narrative } } }`,
      { id: placements.goalId },
    );
    expect(goal.assessments.map((assessment) => assessment.quarter)).toEqual(['2026Q3', '2026Q2']);
  });

  test('an override needs a reason; someone else’s goal and unknown ids are refused', async () => {
    const [q3] = await reviews();
    const draft = await review(q3!.id);
    const own = draft.goals.find((goal: any) => goal.ownerUsername === 'owner');
    const notOwn = draft.goals.find((goal: any) => goal.ownerUsername === null);
    const noReason = await server.graphql(WRITE, { input: { reviewId: q3!.id, goalId: own.goalId, statusOverride: 'ON_TRACK', narrative: 'N' } }, { token: ownerToken });
    expect(firstError(noReason)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.overrideReason' });
    const emptyNarrative = await server.graphql(WRITE, { input: { reviewId: q3!.id, goalId: own.goalId, narrative: '  ' } }, { token: ownerToken });
    expect(firstError(emptyNarrative)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.narrative' });
    const foreign = await server.graphql(WRITE, { input: { reviewId: q3!.id, goalId: notOwn.goalId, narrative: 'N' } }, { token: ownerToken });
    expect(firstError(foreign).code).toBe('FORBIDDEN');
    const unknownReview = await server.graphql(WRITE, { input: { reviewId: '99999', goalId: own.goalId, narrative: 'N' } }, { token: ownerToken });
    expect(firstError(unknownReview)).toMatchObject({ code: 'NOT_FOUND', field: 'input.reviewId' });
  });
});

describe('opening and approving', () => {
  test('the board opens a quarter once; a bad quarter is named', async () => {
    const open = `mutation ($s: ID!, $q: String!) { openReview(strategyId: $s, quarter: $q) { id quarter status } }`;
    const first = await server.graphql(open, { s: strategyId, q: '2026q4' }, { token: boardToken });
    expect(first.data?.openReview).toMatchObject({ quarter: '2026Q4', status: 'DRAFT' });
    const again = await server.graphql(open, { s: strategyId, q: '2026Q4' }, { token: boardToken });
    expect(again.data?.openReview.id).toBe(first.data?.openReview.id);
    expect(firstError(await server.graphql(open, { s: strategyId, q: '2026' }, { token: boardToken })).field).toBe('quarter');
    expect(firstError(await server.graphql(open, { s: '99999', q: '2026Q4' }, { token: boardToken })).code).toBe('NOT_FOUND');
  });

  test('an approved review stays exactly as approved after revised data, edited targets and renamed goals', async () => {
    const q3Before = (await reviews()).find((candidate) => candidate.quarter === '2026Q3')!;
    const approve = await server.graphql(`mutation ($id: ID!) { approveReview(id: $id) { status approvedBy approvedAt } }`, { id: q3Before.id }, { token: boardToken });
    expect(approve.data?.approveReview).toMatchObject({ status: 'APPROVED', approvedBy: 'board' });
    const approved = await review(q3Before.id);

    // After approval: Sotkanet revises Savonlinna's 1244 figure, the quarterly figures move,
    // an analyst edits a target and an admin renames a goal.
    async function* revision(): AsyncGenerator<ParsedItem> {
      yield { record: { line: 2, indicator: { code: 'sotkanet:1244' }, areaCode: '740', cells: [{ field: 'value', period: '2023', value: '0.4' }] } };
      yield { record: { line: 3, indicator: { code: 'internal:care-guarantee-7d' }, areaCode: 'HVA12', cells: [{ field: 'value', period: '2026Q3', value: '99.9' }] } };
    }
    const revised = await runLoad(server.database.file, revision(), { fileName: 'revision.csv', format: 'long-csv', createdBy: 'test' });
    expect(revised.updated).toBe(2);
    const { strategy } = await server.data<{ strategy: { targets: Array<{ id: string; indicator: { code: string } }> } }>(
      `query ($id: ID!) { strategy(id: $id) { targets { id indicator { code } } } }`,
      { id: strategyId },
    );
    const careTarget = strategy.targets.find((target) => target.indicator.code === 'internal:care-guarantee-7d')!;
    await server.data(`mutation ($id: ID!) { updateTarget(id: $id, input: { points: [{ period: "2026Q4", value: 50 }], acknowledgedWarnings: [WORSE_THAN_BASELINE] }) { id } }`, { id: careTarget.id });
    const renamed = approved.goals[0];
    await server.data(`mutation ($id: ID!) { updateGoal(id: $id, input: { title: { fi: "Uusi nimi" } }) { id } }`, { id: renamed.goalId });

    expect(await review(q3Before.id)).toEqual(approved);
    // Not frozen: what the dashboard shows now.
    const { attainment } = await server.data<{ attainment: any }>(
      `query ($id: ID!) { attainment(strategyId: $id) { perspectives { goals { goal { title { fi } } indicators { indicator { code } latest { value } } } } } }`,
      { id: strategyId },
    );
    const now = attainment.perspectives.flatMap((perspective: any) => perspective.goals);
    expect(now.find((goal: any) => goal.goal.title.fi === 'Uusi nimi')).toBeDefined();
    expect(now.flatMap((goal: any) => goal.indicators).find((indicator: any) => indicator.indicator.code === 'internal:care-guarantee-7d').latest.value).toBe(99.9);

    const late = await server.graphql(WRITE, { input: { reviewId: q3Before.id, goalId: approved.goals.find((goal: any) => goal.ownerUsername === 'owner').goalId, narrative: 'Myöhässä' } }, { token: ownerToken });
    expect(firstError(late).code).toBe('CONFLICT');
    const twice = await server.graphql(`mutation ($id: ID!) { approveReview(id: $id) { id } }`, { id: q3Before.id }, { token: boardToken });
    expect(firstError(twice).code).toBe('CONFLICT');

    const summaries = (server.database.sqlite.prepare(`select summary from audit_event where entity_type in ('Review', 'Assessment') order by id`).all() as Array<{ summary: string }>).map(
      (event) => event.summary,
    );
    expect(summaries).toContain('opened the review of 2026Q4');
    expect(summaries).toContain('approved the review of 2026Q3');
    expect(summaries.some((summary) => summary.endsWith(', overriding the status to LIMITED_PROGRESS'))).toBe(true);
  });
});
