import type { Page } from 'playwright-core';

import { screenshot } from './support/browser';
import { assertReachable, env } from './support/env';
import { api, heading, signIn, type UserSession } from './support/users';

/*
 * Issue 9's walk in the browser: the coordinator proposes a year's budget on the decision-support
 * screen, reads the explained answer, keeps it as a scenario, opens it and accepts it — its funding
 * lines become draft allocations in funding-service.
 *
 * The demo data has no gap costs, so the suite first gives every indicator of the advanced commune
 * set an office unit cost (a lump sum, through the API, as the unit-cost form would). Re-runnable:
 * one scenario a year can be accepted, so it works on the first year from 2021 on (gap costs use
 * each commune's latest assessment up to the year) that has none accepted yet; `./ntm test`
 * recreates its databases, so there it is 2021.
 */

const UNIT_COST = 150_000_000; // 150 triệu đồng per open indicator
const BUDGET_MILLIONS = '60.000';

type SetSummary = {
  code: string;
  level?: string;
  latestPublishedVersion?: number;
};
type SetVersion = {
  groups?: { criteria?: { indicators?: { code: string }[] }[] }[];
};
type Source = {
  code: string;
  kind?: string;
  validFrom?: string;
  validTo?: string | null;
};
type Field = { code: string; infrastructure?: boolean };
type Scenario = {
  id: number;
  status: string;
  lines: { status: string; amount: number; recipientCode: string }[];
};

let session: UserSession | undefined;
const state: {
  year?: number;
  setCode?: string;
  source?: string;
  scenarioId?: number;
} = {};

async function pickOption(page: Page, label: string, option: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  await page
    .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`)
    .click();
}

beforeAll(async () => {
  await assertReachable(
    `${env.keycloakUrl}/realms/ntm/.well-known/openid-configuration`,
    'Keycloak',
  );
  await assertReachable(`${env.spaUrl}/config.json`, 'The SPA');
  await assertReachable(`${env.apiUrl}/q/health/ready`, 'The gateway (NTM_API_URL)');
  session = await signIn('coordinator', '/decision?tab=proposal');
});

afterAll(async () => {
  await session?.close();
});

describe('decision support: one budgeting scenario from proposal to draft allocations', () => {
  it('prices the open indicators of the advanced commune set (office unit costs)', async () => {
    const token = await session!.token();
    const sets = await api<{ items: SetSummary[] }>(token, 'GET', '/api/v1/criteria-sets?size=500');
    expect(sets.status).toBe(200);
    // The published set with the most communes assessed under it (the advanced commune set first).
    const published = sets.body.items
      .filter((s) => s.latestPublishedVersion)
      .sort(
        (a, b) => Number(b.code.includes('nang-cao-xa')) - Number(a.code.includes('nang-cao-xa')),
      );
    let set: SetSummary | undefined;
    let assessed = 0;
    for (const candidate of published) {
      const communes = await api<unknown[]>(
        token,
        'GET',
        `/api/v1/gap-costs/communes?criteriaSetCode=${encodeURIComponent(candidate.code)}`,
      );
      if (communes.status === 200 && communes.body.length > assessed) {
        set = candidate;
        assessed = communes.body.length;
      }
    }
    expect(set, 'a published set with assessed communes').toBeDefined();
    state.setCode = set!.code;
    const doc = await api<SetVersion>(
      token,
      'GET',
      `/api/v1/criteria-sets/${set!.code}/versions/${set!.latestPublishedVersion}`,
    );
    expect(doc.status).toBe(200);
    const indicators = (doc.body.groups ?? []).flatMap((g) =>
      (g.criteria ?? []).flatMap((c) => (c.indicators ?? []).map((i) => i.code)),
    );
    expect(indicators.length).toBeGreaterThan(0);

    const fields = await api<Field[]>(token, 'GET', '/api/v1/spending-fields');
    const field = fields.body.find((f) => !f.infrastructure) ?? fields.body[0]!;
    const existing = await api<{ indicatorCode: string }[]>(
      token,
      'GET',
      `/api/v1/gap-costs/unit-costs?criteriaSetCode=${encodeURIComponent(set!.code)}`,
    );
    expect(existing.status).toBe(200);
    const priced = new Set(existing.body.map((u) => u.indicatorCode));
    for (const code of indicators.filter((c) => !priced.has(c))) {
      const put = await api(
        token,
        'PUT',
        `/api/v1/gap-costs/unit-costs/${encodeURIComponent(set!.code)}/${encodeURIComponent(code)}`,
        {
          mode: 'LUMP_SUM',
          amountPerUnit: UNIT_COST,
          fieldCode: field.code,
          basis: 'Kiểm thử e2e',
        },
      );
      expect(put.status, `unit cost of ${code}: ${JSON.stringify(put.body)}`).toBe(200);
    }

    // The first year from 2021 with no accepted scenario, and a budget source in force in it.
    for (let year = 2021; year <= new Date().getFullYear() + 1; year++) {
      const accepted = await api<unknown[]>(
        token,
        'GET',
        `/api/v1/scenarios?year=${year}&status=ACCEPTED`,
      );
      expect(accepted.status).toBe(200);
      if (accepted.body.length === 0) {
        state.year = year;
        break;
      }
    }
    expect(state.year, 'a year without an accepted scenario').toBeDefined();
    const sources = await api<Source[]>(token, 'GET', '/api/v1/funding-sources');
    const inForce = sources.body.find(
      (s) =>
        s.kind === 'BUDGET' &&
        (!s.validFrom || s.validFrom <= `${state.year}-12-31`) &&
        (!s.validTo || s.validTo >= `${state.year}-01-01`),
    );
    expect(inForce, `a budget source in force in ${state.year}`).toBeDefined();
    state.source = inForce!.code;
  });

  it('proposes an allocation in the browser, explained commune by commune', async () => {
    const page = session!.page;
    await heading(page).filter({ hasText: 'Hỗ trợ quyết định' }).waitFor();
    await pickOption(page, 'Năm', String(state.year));
    const set = page.getByLabel('Bộ tiêu chí', { exact: true });
    await set.click();
    await set.fill(state.setCode!);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: `(${state.setCode!})` })
      .first()
      .click();
    const source = page.getByLabel('Nguồn vốn 1', { exact: true });
    await source.click();
    await source.fill(state.source!);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: `(${state.source!})` })
      .first()
      .click();
    await page.getByLabel('Số vốn (triệu đồng)', { exact: true }).fill(BUDGET_MILLIONS);
    await page.getByLabel('Tên phương án', { exact: true }).fill(`Phương án e2e ${state.year}`);
    await page.getByRole('button', { name: 'Đề xuất phân bổ' }).click();

    await page.getByText('Phương án đề xuất', { exact: true }).waitFor({ timeout: 90_000 });
    await expect(page.getByTestId('proposal-summary').textContent()).resolves.toMatch(/\S/);
    // The communes funded, each with the optimiser's own words, as a table.
    const table = page.getByRole('table', { name: 'Vốn đề xuất theo xã' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(1);
    expect(await table.textContent()).toMatch(/được chọn/);
    await screenshot(page, 'decision-proposal');
  });

  it('keeps it as a scenario and accepts it: its lines become draft allocations', async () => {
    const page = session!.page;
    await page.getByRole('button', { name: 'Lưu thành phương án' }).click();
    const saved = page.getByText(/^Đã lưu phương án số \d+\.$/).first();
    await saved.waitFor({ timeout: 90_000 });
    state.scenarioId = Number(/(\d+)/.exec((await saved.textContent()) ?? '')?.[1]);
    expect(state.scenarioId).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Xem phương án đã lưu' }).click();
    await page.getByText(new RegExp(`^Phương án số ${state.scenarioId}:`)).waitFor();
    await page.getByRole('button', { name: 'Chấp nhận → phân bổ dự thảo' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Ghi chú (không bắt buộc)').fill('Chấp nhận trong kiểm thử e2e');
    await dialog.getByRole('button', { name: 'Chấp nhận → phân bổ dự thảo' }).click();
    await page
      .getByText(/^Đã chấp nhận: \d+ dòng thành phân bổ dự thảo\.$/)
      .first()
      .waitFor({ timeout: 60_000 });
    // Each line of the scenario now reads as a draft allocation.
    await page.getByRole('cell', { name: 'Phân bổ dự thảo', exact: true }).first().waitFor();
    await expect(page.getByRole('link', { name: /Mở Nguồn vốn/ }).count()).resolves.toBe(1);
    await screenshot(page, 'decision-accepted');

    const token = await session!.token();
    const scenario = await api<Scenario>(token, 'GET', `/api/v1/scenarios/${state.scenarioId}`);
    expect(scenario.status).toBe(200);
    expect(scenario.body.status).toBe('ACCEPTED');
    expect(scenario.body.lines.length).toBeGreaterThan(0);
    expect(scenario.body.lines.every((l) => l.status === 'DRAFT' && l.amount > 0)).toBe(true);
  });
});
