import type { Locator, Page } from 'playwright-core';

import { screenshot } from './support/browser';
import { assertReachable, env } from './support/env';
import { api, backFromSsoBounce, heading, signIn, type UserSession } from './support/users';

/*
 * The SPA's whole workflow, in the browser, with the real Keycloak logins of the demo realm:
 * district-125 opens, fills and submits the 2020 self-assessment of Mai Sơn's commune 04144 (the
 * commune reserved for this suite) with an evidence file; each owning department's appraiser agrees
 * on its criteria; the coordinator returns it once with a reason; the district resubmits; the
 * appraisers agree again; the coordinator records the recognition decision. Then the province
 * dashboard and the commune's scorecard show it, the observer can read but not change it, and
 * another district cannot open it.
 *
 * Re-runnable: one assessment per commune, set version and year is all the service allows, so the
 * suite finds the one of 04144/2020 when it exists and carries it on from the state it is in (the
 * steps it finds done are reported as such). `./ntm test` recreates its databases, so there every
 * step runs.
 */

const UNIT = '04144';
const YEAR = 2020;
const PROVINCE = '14';
const REASON = 'Bổ sung biên bản kiểm tra của huyện cho tiêu chí 1 (kiểm thử e2e)';
const DECISION = { number: '2144/QĐ-UBND', date: '28/12/2020', iso: '2020-12-28' };
const EVIDENCE = 'bien-ban-kiem-tra-e2e.pdf';

type Indicator = {
  code: string;
  kind?: string;
  thresholds?: {
    communeClass?: string | null;
    comparator?: string | null;
    value?: number;
    upperValue?: number;
  }[];
};
type Criterion = { code: string; departmentCode?: string; indicators?: Indicator[] };
type SetVersion = { groups?: { code: string; criteria?: Criterion[] }[] };
type Assessment = {
  id: number;
  version?: number;
  state: string;
  round?: number;
  unitCode?: string;
  communeClass?: string | null;
  returnReason?: string | null;
  recognitionId?: number | null;
  criteriaSet?: { code: string; version: number };
  evaluation?: {
    standardReached?: boolean;
    criteriaMet?: number;
    criteriaTotal?: number;
    indicatorsMissing?: number;
  };
  values?: { indicatorCode: string; value?: unknown; evidence?: { fileName?: string }[] }[];
  verdicts?: { criterionCode?: string; verdict?: string; departmentCode?: string }[];
};

/** What the steps share: the assessment, its set version, who owns which criterion. */
const walk: {
  id?: number;
  set?: SetVersion;
  owners: Map<string, string[]>;
  ran: string[];
  recognisedBefore?: number;
  /** The first step that failed: the later ones depend on it and stop at once. */
  broken?: string;
} = { owners: new Map(), ran: [] };

let session: UserSession | undefined;

beforeAll(async () => {
  await assertReachable(
    `${env.keycloakUrl}/realms/ntm/.well-known/openid-configuration`,
    'Keycloak',
  );
  await assertReachable(`${env.spaUrl}/config.json`, 'The SPA');
  await assertReachable(`${env.apiUrl}/q/health/ready`, 'The gateway (NTM_API_URL)');
});

beforeEach(({ task, onTestFailed }) => {
  if (walk.broken) throw new Error(`not run: the earlier step "${walk.broken}" failed`);
  onTestFailed(() => {
    walk.broken ??= task.name;
  });
});

afterEach(async () => {
  await session?.close();
  session = undefined;
});

afterAll(() => {
  console.log(`assessment walk ${UNIT}/${YEAR}: id ${walk.id}; steps run: ${walk.ran.join(', ')}`);
});

async function read(token: string): Promise<Assessment> {
  const answer = await api<Assessment>(token, 'GET', `/api/v1/assessments/${walk.id}`);
  expect(answer.status).toBe(200);
  return answer.body;
}

const entryOf = (assessment: Assessment, code: string) =>
  assessment.values?.find((v) => v.indicatorCode === code);

const evidenceOf = (assessment: Assessment, code: string) =>
  (entryOf(assessment, code)?.evidence ?? []).map((e) => e.fileName);

async function stateOf(token: string): Promise<string> {
  return (await read(token)).state;
}

/** A value that meets the threshold the service will judge this commune's indicator by. */
function meeting(indicator: Indicator, communeClass: string | null | undefined): boolean | number {
  const all = indicator.thresholds ?? [];
  const t =
    (communeClass ? all.find((x) => x.communeClass === communeClass) : undefined) ??
    all.find((x) => !x.communeClass);
  switch (t?.comparator) {
    case 'achieved':
      return true;
    case 'none':
      return indicator.kind === 'BOOLEAN' ? false : 0;
    case '>=':
    case '=':
    case 'between':
      return t.value ?? 0;
    case '<=':
      return t.value ?? 0;
    default:
      return indicator.kind === 'BOOLEAN' ? true : 90;
  }
}

/** One button of an Ant Design button-style radio group, by its exact text. */
const radioButton = (scope: Locator, text: string) =>
  scope.locator('label.ant-radio-button-wrapper').filter({ hasText: new RegExp(`^${text}$`) });

/** An option of the open Ant Design select (not its hidden accessibility copy). */
const visibleOption = (page: Page, text: string) =>
  page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first();

/** The assessment's own page, after the silent login of a full page load. */
async function openAssessment(page: Page, path: string): Promise<void> {
  await page.goto(`${env.spaUrl}${path}`);
  await backFromSsoBounce(page);
  await page.getByTestId('assessment-score').waitFor();
}

/** Group → criterion → indicator, as the set version lays them out: each field filled, saved on leaving it. */
async function fillEverything(page: Page, assessment: Assessment): Promise<number> {
  let filled = 0;
  for (const group of walk.set?.groups ?? []) {
    for (const criterion of group.criteria ?? []) {
      const section = page.locator(`section[data-criterion="${criterion.code}"]`);
      await section.scrollIntoViewIfNeeded();
      for (const indicator of criterion.indicators ?? []) {
        const field = section.locator(`[data-indicator="${indicator.code}"]`);
        const value = meeting(indicator, assessment.communeClass);
        const current = entryOf(assessment, indicator.code)?.value;
        if (current === value) continue;
        if (typeof value === 'boolean') {
          const label = indicator.thresholds?.some((t) => t.comparator === 'none')
            ? value
              ? 'Vẫn còn'
              : 'Không còn'
            : value
              ? 'Đạt'
              : 'Chưa đạt';
          await radioButton(field, label).click();
        } else {
          const input = field.getByRole('spinbutton');
          await input.fill(String(value).replace('.', ','));
          await input.press('Tab');
        }
        await expect
          .poll(() => field.getAttribute('data-state'), { timeout: 20_000 })
          .toBe('saved');
        filled++;
      }
    }
  }
  return filled;
}

async function submitAsDistrict(step: string): Promise<void> {
  session = await signIn('district-125', '/assessments');
  const { page } = session;
  await expect.poll(() => heading(page).textContent()).toBe('Hồ sơ đánh giá');
  const token = await session.token();

  if (walk.id === undefined) {
    const found = await api<{ items: Assessment[] }>(
      token,
      'GET',
      `/api/v1/assessments?unitCode=${UNIT}&year=${YEAR}`,
    );
    expect(found.status).toBe(200);
    walk.id = found.body.items[0]?.id;
  }
  if (walk.id === undefined) {
    // A new assessment through the dialog: commune of the district, year, published set version.
    await page.getByRole('button', { name: 'Lập hồ sơ mới' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lập hồ sơ tự đánh giá' });
    await dialog.waitFor();
    // Ant Design's selects: type to filter, then pick the option on screen.
    await dialog.getByLabel('Xã', { exact: true }).fill(UNIT);
    await visibleOption(page, `(${UNIT})`).click();
    await dialog.getByLabel('Bộ tiêu chí (phiên bản đã công bố)').click();
    await visibleOption(page, '1980').click();
    await screenshot(page, '11-assessment-new-dialog');
    await dialog.getByRole('button', { name: 'Lập hồ sơ' }).click();
    await page.waitForURL(/\/assessments\/\d+/);
    walk.id = Number(/\/assessments\/(\d+)/.exec(page.url())?.[1]);
    walk.ran.push('opened');
  } else {
    await openAssessment(page, `/assessments/${walk.id}`);
  }
  await page.getByTestId('assessment-score').waitFor();

  let assessment = await read(token);
  if (!walk.set) {
    const set = assessment.criteriaSet;
    const version = await api<SetVersion>(
      token,
      'GET',
      `/api/v1/criteria-sets/${set?.code}/versions/${set?.version}`,
    );
    expect(version.status).toBe(200);
    walk.set = version.body;
    for (const c of (walk.set.groups ?? []).flatMap((g) => g.criteria ?? [])) {
      const dept = (c.departmentCode ?? '').toLowerCase();
      walk.owners.set(dept, [...(walk.owners.get(dept) ?? []), c.code]);
    }
  }
  if (assessment.state !== 'DRAFT' && assessment.state !== 'RETURNED') {
    console.log(`${step}: assessment ${walk.id} is already ${assessment.state}`);
    return;
  }
  if (step === 'resubmit' && assessment.round === 1 && assessment.state === 'DRAFT') return;

  if (assessment.state === 'RETURNED') {
    // The coordinator's reason is on the page.
    await page.getByText(`Lý do: ${REASON}`).waitFor();
    await screenshot(page, '14-assessment-returned');
  }

  const filled = await fillEverything(page, assessment);
  // One evidence file, uploaded with progress, listed under its indicator.
  const firstIndicator = walk.set.groups?.[0]?.criteria?.[0]?.indicators?.[0]?.code ?? '';
  assessment = await read(token);
  if (!evidenceOf(assessment, firstIndicator).includes(EVIDENCE)) {
    const field = page.locator(`[data-indicator="${firstIndicator}"]`);
    await field.scrollIntoViewIfNeeded();
    await field.locator('input[type=file]').setInputFiles({
      name: EVIDENCE,
      mimeType: 'application/pdf',
      buffer: Buffer.from(MINIMAL_PDF, 'latin1'),
    });
    await expect
      .poll(async () => evidenceOf(await read(token), firstIndicator), { timeout: 30_000 })
      .toContain(EVIDENCE);
    // Listed under its indicator, with its download.
    await field.getByLabel(`Tải về ${EVIDENCE}`).waitFor();
  }
  assessment = await read(token);
  expect(assessment.evaluation?.indicatorsMissing).toBe(0);
  expect(assessment.evaluation?.standardReached).toBe(true);
  expect(evidenceOf(assessment, firstIndicator)).toContain(EVIDENCE);
  await expect
    .poll(() => page.getByTestId('assessment-score').textContent())
    .toContain('Đã đạt đủ tiêu chí của bộ');
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, step === 'submit' ? '12-assessment-entry' : '15-assessment-corrected');

  // Submit, confirmed in the pop-up.
  await page.getByRole('button', { name: 'Gửi thẩm định' }).click();
  await page.getByRole('button', { name: 'Gửi', exact: true }).click();
  await page.getByText('Đã gửi hồ sơ thẩm định').waitFor();
  await expect.poll(() => stateOf(token)).toBe('SUBMITTED');
  // Submitted: the values are read-only now, and the button is gone.
  await page.getByRole('button', { name: 'Gửi thẩm định' }).waitFor({ state: 'detached' });
  expect(await page.getByRole('spinbutton').count()).toBe(0);
  walk.ran.push(`${step} (${filled} values entered)`);
}

/** Every department that owns a criterion logs in and agrees on its own criteria, and only those. */
async function appraiseAll(round: number): Promise<void> {
  expect(walk.id).toBeDefined();
  let shot = false;
  for (const [dept, criteria] of walk.owners) {
    session = await signIn(`appraiser-${dept}`, `/appraisal/${walk.id}`);
    const { page } = session;
    const token = await session.token();
    const assessment = await read(token);
    if (
      (assessment.round ?? 1) !== round ||
      (assessment.state !== 'SUBMITTED' && assessment.state !== 'IN_APPRAISAL')
    ) {
      console.log(
        `appraisal round ${round}: assessment is ${assessment.state}, round ${assessment.round}`,
      );
      await session.close();
      session = undefined;
      return;
    }
    const panel = page.locator('section[aria-label^="Tiêu chí của"]');
    await panel.waitFor();
    // The department sees its own criteria, no other.
    await expect
      .poll(async () =>
        (
          await panel
            .locator('[data-criterion]')
            .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-criterion')))
        ).sort(),
      )
      .toEqual([...criteria].sort());
    for (const code of criteria) {
      const card = panel.locator(`[data-criterion="${code}"]`);
      const done = (assessment.verdicts ?? []).some(
        (v) => v.criterionCode === code && v.verdict === 'AGREE',
      );
      if (done) continue;
      await card.scrollIntoViewIfNeeded();
      await radioButton(card, 'Thống nhất').click();
      await card.getByRole('button', { name: /Ghi ý kiến|Sửa ý kiến/ }).click();
      await page.getByText(`Đã ghi ý kiến về tiêu chí ${code}`).first().waitFor();
    }
    if (!shot) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `13-appraisal-${dept}-round-${round}`);
      shot = true;
    }
    await session.close();
    session = undefined;
  }
  walk.ran.push(`appraisal round ${round} (${walk.owners.size} departments)`);
}

async function asCoordinator(path: string): Promise<{ page: Page; token: string }> {
  session = await signIn('coordinator', path);
  return { page: session.page, token: await session.token() };
}

describe(`assessment of ${UNIT} for ${YEAR}, from entry to recognition, in the browser`, () => {
  it('district-125 opens it, fills group → criterion → indicator, uploads evidence, submits', async () => {
    await submitAsDistrict('submit');
    expect(walk.id).toBeGreaterThan(0);
    expect(walk.owners.size).toBeGreaterThan(1);
  });

  it('each owning appraiser agrees on its own criteria (round 1)', async () => {
    await appraiseAll(1);
  });

  it('the coordinator returns it once, with a reason', async () => {
    const { page, token } = await asCoordinator(`/assessments/${walk.id}`);
    await page.getByTestId('assessment-score').waitFor();
    const before = await read(token);
    if ((before.round ?? 1) === 1 && before.state === 'APPRAISED') {
      await page.getByRole('button', { name: 'Trả lại hồ sơ' }).click();
      const dialog = page.getByRole('dialog', { name: 'Trả lại hồ sơ để bổ sung' });
      // The reason is required: an empty one is refused in the form.
      await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
      await dialog.getByText('Phải nêu lý do trả lại').waitFor();
      await dialog.getByLabel('Lý do trả lại').fill(REASON);
      await screenshot(page, '16-coordinator-return-dialog');
      await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
      await page.getByText('Đã trả lại hồ sơ').first().waitFor();
      walk.ran.push('returned');
    }
    const after = await read(token);
    expect(after.round).toBe(2);
    if (after.state === 'RETURNED') expect(after.returnReason).toBe(REASON);
    // Returned once, with the reason, in the assessment's audit trail (however far it went since).
    const audit = await api(token, 'GET', `/api/v1/assessments/${walk.id}/audit`);
    expect(audit.status).toBe(200);
    expect(JSON.stringify(audit.body).split(REASON).length - 1).toBe(1);
  });

  it('district-125 sees the reason, completes and resubmits', async () => {
    await submitAsDistrict('resubmit');
    const token = await session!.token();
    expect(['SUBMITTED', 'IN_APPRAISAL', 'APPRAISED', 'RECOGNISED']).toContain(
      await stateOf(token),
    );
  });

  it('each owning appraiser agrees again (round 2)', async () => {
    await appraiseAll(2);
  });

  it('the coordinator records the recognition with its decision number and date', async () => {
    const { page, token } = await asCoordinator(`/assessments/${walk.id}`);
    await page.getByTestId('assessment-score').waitFor();
    const before = await read(token);
    const board = await api<{ assessmentsByState?: Record<string, number> }>(
      token,
      'GET',
      `/api/v1/dashboard/province?year=${YEAR}&provinceCode=${PROVINCE}`,
    );
    expect(board.status).toBe(200);
    walk.recognisedBefore = board.body.assessmentsByState?.RECOGNISED ?? 0;
    if (before.state === 'APPRAISED') {
      await page.getByRole('button', { name: 'Ghi nhận công nhận' }).click();
      const dialog = page.getByRole('dialog', { name: 'Ghi nhận quyết định công nhận' });
      await dialog.getByLabel('Số quyết định').fill(DECISION.number);
      await dialog.getByLabel('Ngày quyết định').fill(DECISION.date);
      await dialog.getByLabel('Ngày quyết định').press('Enter');
      await screenshot(page, '17-coordinator-recognise-dialog');
      await dialog.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
      await page.getByText('Đã ghi nhận quyết định công nhận').first().waitFor();
      await page.getByText('Xã đã được công nhận theo hồ sơ này.').waitFor();
      walk.ran.push('recognised');
    } else {
      walk.recognisedBefore = undefined;
    }
    const after = await read(token);
    expect(after.state).toBe('RECOGNISED');
    expect(after.recognitionId).toBeGreaterThan(0);
    // No action is left on a recognised assessment.
    for (const name of ['Gửi thẩm định', 'Trả lại hồ sơ', 'Ghi nhận công nhận']) {
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    }
    await screenshot(page, '18-assessment-recognised');
    // The audit timeline tells the story, returned with its reason.
    await page.getByRole('tab', { name: 'Lịch sử' }).click();
    await page.getByText(REASON).first().waitFor();
    await screenshot(page, '19-assessment-history');
  });

  it('the province dashboard and the commune scorecard show the new state', async () => {
    const { page, token } = await asCoordinator(`/dashboard?year=${YEAR}`);
    const board = await api<{ assessmentsByState?: Record<string, number> }>(
      token,
      'GET',
      `/api/v1/dashboard/province?year=${YEAR}&provinceCode=${PROVINCE}`,
    );
    const recognised = board.body.assessmentsByState?.RECOGNISED ?? 0;
    if (walk.recognisedBefore !== undefined) expect(recognised).toBe(walk.recognisedBefore + 1);
    expect(recognised).toBeGreaterThan(0);

    await expect.poll(() => heading(page).textContent()).toBe('Tổng quan tỉnh');
    await page.getByText('Hồ sơ theo trạng thái').first().waitFor();
    await screenshot(page, '20-province-dashboard');
    const pipeline = page.locator('.ant-card').filter({ hasText: 'Hồ sơ theo trạng thái' });
    await pipeline.getByText('Bảng', { exact: true }).click();
    const row = pipeline.getByRole('row').filter({ hasText: 'Đã công nhận' });
    await expect
      .poll(() => row.locator('td').last().textContent())
      .toBe(recognised.toLocaleString('vi-VN'));
    await screenshot(page, '20-province-dashboard-pipeline-table');

    // The scorecard as of the end of 2020 (commune codes were reused in 2025).
    const latest = await read(token);
    await page.goto(`${env.spaUrl}/communes/${UNIT}?year=${YEAR}`);
    await backFromSsoBounce(page);
    await expect.poll(() => heading(page).textContent()).toContain('Phiêng Cằm');
    // The recognition just recorded, with its decision, in the commune's history.
    await page.getByText(`Số ${DECISION.number}, ngày ${DECISION.date}`).first().waitFor();
    const card = page
      .locator('.ant-card')
      .filter({ hasText: `Hồ sơ năm ${YEAR}` })
      .first();
    await card.waitFor();
    await card.getByText('Đã công nhận').first().waitFor();
    const met = latest.evaluation?.criteriaMet ?? -1;
    expect(met).toBe(latest.evaluation?.criteriaTotal);
    await card.getByText(`Đạt ${met}/${met} tiêu chí`).first().waitFor();
    await screenshot(page, '21-commune-scorecard');
  });

  it('observer opens it but can change nothing (no controls; a direct write is refused)', async () => {
    session = await signIn('observer', `/assessments/${walk.id}`);
    const { page } = session;
    const token = await session.token();
    await page.getByTestId('assessment-score').waitFor();
    const before = await read(token);
    for (const name of [
      /Gửi thẩm định/,
      /Trả lại/,
      /Ghi nhận công nhận/,
      /Tải minh chứng/,
      /Lập hồ sơ/,
    ]) {
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    }
    // No value field is editable: no number input, no yes/no choice, under any indicator.
    expect(await page.locator('[data-indicator]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('spinbutton').count()).toBe(0);
    expect(await page.locator('[data-indicator]').getByRole('radio').count()).toBe(0);
    await page.getByRole('tab', { name: 'Thẩm định' }).click();
    expect(await page.getByRole('button', { name: /Ghi ý kiến|Sửa ý kiến/ }).count()).toBe(0);
    await screenshot(page, '22-observer-read-only');

    // The SPA's own token, straight at the API: refused, and nothing changed.
    const returned = await api(
      token,
      'POST',
      `/api/v1/assessments/${walk.id}/return`,
      { reason: 'observer tries' },
      { 'if-match': `"${String(before.version ?? 0)}"` },
    );
    expect(returned.status).toBe(403);
    const firstIndicator = walk.set?.groups?.[0]?.criteria?.[0]?.indicators?.[0]?.code ?? '1.1';
    const written = await api(
      token,
      'PUT',
      `/api/v1/assessments/${walk.id}/values/${firstIndicator}`,
      { value: 1 },
      { 'if-match': `"${String(before.version ?? 0)}"` },
    );
    expect(written.status).toBe(403);
    const after = await read(token);
    expect(after.state).toBe(before.state);
    expect(after.version).toBe(before.version);
  });

  it('district-116 cannot open it', async () => {
    session = await signIn('district-116', `/assessments/${walk.id}`);
    const { page } = session;
    await expect
      .poll(() => heading(page).textContent(), { timeout: 30_000 })
      .toMatch(/Không có quyền truy cập|Không tìm thấy/);
    expect(await page.getByTestId('assessment-score').count()).toBe(0);
    await screenshot(page, '23-other-district-refused');
    const token = await session.token();
    const answer = await api(token, 'GET', `/api/v1/assessments/${walk.id}`);
    expect([403, 404]).toContain(answer.status);
  });
});

/** A one-page PDF (what the evidence locker accepts: its content is checked, not only its name). */
const MINIMAL_PDF = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;
