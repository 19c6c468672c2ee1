import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';

import { demoUsers } from '@/testing/fake-tokens';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/render';

import {
  departmentsHandler,
  draftVersion,
  problem,
  publishedVersion,
  versionHandler,
  versionPath,
} from '../testing/fixtures';

const draft = draftVersion();
const DRAFT_URL = '/catalogue/sonla-ntm-nang-cao-xa-2018-2020/2';
const PUT_2_1 = `${versionPath('sonla-ntm-nang-cao-xa-2018-2020', 2)}/indicators/2.1`;
const PUBLISH = `${versionPath('sonla-ntm-nang-cao-xa-2018-2020', 2)}/publish`;

// Big Ant Design forms in jsdom are slow on a busy 2-core machine: wait longer than the defaults.
configure({ asyncUtilTimeout: 5_000 });
vi.setConfig({ testTimeout: 90_000 });
// The first render loads the screen's lazy chunk, which takes a while in a cold test run.
const LOAD = { timeout: 20_000 };

/** Ant Design names dialogs with generated ids, which jsdom runs leave unresolved: find by title. */
function dialogTitled(title: string) {
  return waitFor(() => {
    const dialog = screen
      .queryAllByRole('dialog')
      .find((candidate) => within(candidate).queryByText(title));
    if (!dialog) throw new Error(`no dialog titled ${title}`);
    return dialog;
  });
}

async function openDraft() {
  server.use(versionHandler(draft), departmentsHandler);
  const user = userEvent.setup();
  renderApp(DRAFT_URL, { user: demoUsers.coordinator });
  await screen.findByRole('heading', { level: 1, name: draft.nameVi }, LOAD);
  return user;
}

describe('a draft, for the coordination office', () => {
  it('edits a threshold: checks it while typing, then saves it with If-Match', async () => {
    let sent: { body: unknown; ifMatch: string | null } | null = null;
    server.use(
      http.put(PUT_2_1, async ({ request }) => {
        sent = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        const saved = draftVersion({ revision: 4 });
        saved.groups![1]!.criteria![0]!.indicators![0]!.thresholds = [
          {
            comparator: 'between',
            value: 80,
            upperValue: 95,
            unit: '%',
            provenance: { status: 'RECONSTRUCTED' },
          },
        ];
        return HttpResponse.json(saved, { headers: { ETag: '"4"' } });
      }),
    );
    const user = await openDraft();

    await user.click(screen.getByRole('button', { name: 'Sửa Chỉ tiêu 2.1' }));
    const drawer = await dialogTitled('Sửa chỉ tiêu 2.1');
    const card = within(drawer).getByText('Ngưỡng 1').closest('.ant-card') as HTMLElement;
    await user.click(within(card).getByRole('combobox', { name: 'So sánh' }));
    await user.click(await screen.findByTitle('trong khoảng'));
    const from = within(card).getByRole('spinbutton', { name: 'Từ' });
    const to = await within(card).findByRole('spinbutton', { name: 'Đến' });
    await user.clear(from);
    await user.type(from, '80');
    await user.type(to, '50');
    await user.click(within(drawer).getByRole('button', { name: 'Lưu' }));
    expect(
      await within(card).findByText('Giá trị "đến" phải không nhỏ hơn giá trị "từ"'),
    ).toBeInTheDocument();
    expect(sent).toBeNull();

    await user.clear(to);
    await user.type(to, '95');
    await user.click(within(drawer).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent!.ifMatch).toBe('"3"');
    expect(sent!.body).toMatchObject({
      code: '2.1',
      kind: 'PERCENT',
      thresholds: [
        {
          comparator: 'between',
          value: 80,
          upperValue: 95,
          unit: '%',
          provenance: { status: 'RECONSTRUCTED' },
        },
      ],
    });
    await waitFor(() => expect(screen.queryByText('Sửa chỉ tiêu 2.1')).not.toBeInTheDocument());
    expect(await screen.findByText('80–95% (mọi loại xã)')).toBeInTheDocument();
  });

  it('asks for who, when and against what when a value is marked verified', async () => {
    let body: unknown = null;
    server.use(
      http.put(
        `${versionPath('sonla-ntm-nang-cao-xa-2018-2020', 2)}/criteria/1`,
        async ({ request }) => {
          body = await request.json();
          return HttpResponse.json(draftVersion({ revision: 4 }), { headers: { ETag: '"4"' } });
        },
      ),
    );
    const user = await openDraft();
    await user.click(screen.getByRole('button', { name: 'Sửa Tiêu chí 1' }));
    const drawer = await dialogTitled('Sửa tiêu chí 1');
    await user.click(within(drawer).getByRole('combobox', { name: 'Nguồn gốc' }));
    await user.click(await screen.findByTitle('Đã xác minh'));
    // Who and when are filled in; the document checked against is the officer's to say.
    expect(within(drawer).getByRole('textbox', { name: 'Người xác minh' })).toHaveValue(
      'Cán bộ Văn phòng Điều phối NTM tỉnh',
    );
    await user.click(within(drawer).getByRole('button', { name: 'Lưu' }));
    expect(
      await within(drawer)
        .findByText(/Đối chiếu với văn bản/, {
          selector: '.ant-form-item-explain-error, .ant-form-item-explain-error *',
        })
        .catch(() => null),
    ).toBeDefined();
    expect(body).toBeNull();
    await user.type(
      within(drawer).getByRole('textbox', { name: 'Đối chiếu với văn bản' }),
      '2290/QĐ-UBND ngày 19/9/2018',
    );
    await user.click(within(drawer).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(body).not.toBeNull());
    expect(body).toMatchObject({
      departmentCode: 'sxd',
      provenance: {
        status: 'VERIFIED',
        verifiedBy: 'Cán bộ Văn phòng Điều phối NTM tỉnh',
        verifiedAgainst: '2290/QĐ-UBND ngày 19/9/2018',
      },
    });
    expect((body as { provenance: { verifiedOn: string } }).provenance.verifiedOn).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
  });

  it('lists every defect publication is refused for, each leading to its field', async () => {
    server.use(
      http.post(PUBLISH, () =>
        problem(422, {
          title: 'The version cannot be published',
          detail: '2 defects must be corrected first',
          errors: [
            {
              field: 'legalBasis.number',
              message: 'a published set needs the number of the decision',
            },
            {
              field: 'groups[1].criteria[0].indicators[1].thresholds[0]',
              message: 'threshold of indicator 2.2 is not defined: its comparator is not known yet',
            },
          ],
        }),
      ),
    );
    const user = await openDraft();
    await user.click(screen.getByRole('button', { name: /Công bố/ }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Công bố' }),
    );

    const title = await screen.findByText('Chưa công bố được: 2 lỗi cần sửa');
    const panel = title.closest('[role="alert"]') as HTMLElement;
    expect(within(panel).getByText('Căn cứ pháp lý')).toBeInTheDocument();
    expect(within(panel).getByText('Chỉ tiêu 2.2, ngưỡng 1')).toBeInTheDocument();
    // The tree marks the indicator too.
    expect(
      screen.getByRole('img', {
        name: /Có lỗi cần sửa trước khi công bố: threshold of indicator 2.2/,
      }),
    ).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Sửa: Chỉ tiêu 2.2, ngưỡng 1' }));
    const drawer = await dialogTitled('Sửa chỉ tiêu 2.2');
    const card = within(drawer).getByText('Ngưỡng 1').closest('.ant-card') as HTMLElement;
    expect(within(card).getByText(/its comparator is not known yet/)).toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: 'Hủy' }));

    await user.click(within(panel).getByRole('button', { name: 'Sửa: Căn cứ pháp lý' }));
    const general = await dialogTitled('Sửa thông tin chung của phiên bản 2');
    const number = within(general).getByRole('textbox', { name: 'Số hiệu văn bản' });
    const item = number.closest('.ant-form-item') as HTMLElement;
    expect(
      within(item).getByText('a published set needs the number of the decision'),
    ).toBeInTheDocument();
  });

  it('on 412 keeps what was typed, loads the latest version, and saves with its ETag', async () => {
    const etags: (string | null)[] = [];
    let reads = 0;
    server.use(
      departmentsHandler,
      http.get(versionPath('sonla-ntm-nang-cao-xa-2018-2020', 2), () => {
        reads += 1;
        const revision = reads === 1 ? 3 : 5;
        return HttpResponse.json(draftVersion({ revision }), {
          headers: { ETag: `"${revision}"` },
        });
      }),
      http.put(PUT_2_1, ({ request }) => {
        etags.push(request.headers.get('If-Match'));
        return etags.length === 1
          ? problem(412, {
              title: 'Version changed',
              detail: 'The resource was changed by someone else',
            })
          : HttpResponse.json(draftVersion({ revision: 6 }), { headers: { ETag: '"6"' } });
      }),
    );
    const user = userEvent.setup();
    renderApp(DRAFT_URL, { user: demoUsers.coordinator });
    await user.click(await screen.findByRole('button', { name: 'Sửa Chỉ tiêu 2.1' }, LOAD));
    const drawer = await dialogTitled('Sửa chỉ tiêu 2.1');
    const name = within(drawer).getByRole('textbox', { name: 'Tên tiếng Việt' });
    await user.clear(name);
    await user.type(name, 'Đường xã (đã sửa)');
    await user.click(within(drawer).getByRole('button', { name: 'Lưu' }));

    expect(
      await within(drawer).findByText(
        'Bản dự thảo vừa được người khác sửa. Thay đổi của bạn chưa được lưu.',
      ),
    ).toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: /Tải bản mới nhất/ }));
    expect(await within(drawer).findByText(/Đã tải bản mới nhất/)).toBeInTheDocument();
    expect(name).toHaveValue('Đường xã (đã sửa)');
    await user.click(within(drawer).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(etags).toEqual(['"3"', '"5"']));
  });
});

describe('what other roles see', () => {
  it('gives the observer no write control, and filters by provenance', async () => {
    const version = publishedVersion();
    server.use(versionHandler(version), departmentsHandler);
    const user = userEvent.setup();
    renderApp('/catalogue/ntm-xa-2016-2020/1', { user: demoUsers.observer });
    await screen.findByRole('heading', { level: 1, name: version.nameVi }, LOAD);

    const main = screen.getByRole('main');
    for (const name of [
      /Công bố/,
      /Ngừng áp dụng/,
      /Tạo dự thảo mới/,
      /Sửa thông tin chung/,
      /^Sửa /,
      /^Xóa /,
      /Thêm nhóm/,
    ]) {
      expect(within(main).queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(within(main).getByRole('button', { name: /Xuất/ })).toBeInTheDocument();
    expect(within(main).getByRole('button', { name: /So sánh/ })).toBeInTheDocument();

    // Every value's provenance at a glance: 1 reconstructed criterion + 1 reconstructed threshold.
    expect(screen.getByText('Tái dựng: 2')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Chỉ hiện giá trị có nguồn gốc' }));
    await user.click(await screen.findByTitle('Chỉ hiện giá trị có nguồn gốc: Tái dựng'));
    // Criterion 1 (reconstructed) stays, its sourced indicator goes; 2.1 stays for its threshold.
    await waitFor(() =>
      expect(within(main).queryByText('Có quy hoạch chung xây dựng xã')).not.toBeInTheDocument(),
    );
    expect(within(main).getAllByText('Quy hoạch').length).toBeGreaterThan(0);
    expect(within(main).getByText('Đường xã được nhựa hóa')).toBeInTheDocument();
    expect(within(main).queryByText('Đường trục thôn được cứng hóa')).not.toBeInTheDocument();
  });

  it('shows who verified a value, when and against which document', async () => {
    server.use(versionHandler(publishedVersion()), departmentsHandler);
    const user = userEvent.setup();
    renderApp('/catalogue/ntm-xa-2016-2020/1', { user: demoUsers.observer });
    await user.click(
      await screen.findByRole('button', { name: 'Nguồn gốc: Đã xác minh. Bấm để xem chi tiết' }),
    );
    const popover = (await screen.findByText('Nguyễn Văn A')).closest(
      '.ant-popover',
    ) as HTMLElement;
    expect(within(popover).getByText('20/11/2026')).toBeInTheDocument();
    expect(within(popover).getByText('2290/QĐ-UBND')).toBeInTheDocument();
  });

  it('tells anyone but the office that a draft cannot be tried', async () => {
    server.use(versionHandler(draft), departmentsHandler);
    const user = userEvent.setup();
    renderApp(DRAFT_URL, { user: demoUsers.appraiserSnn });
    await screen.findByRole('heading', { level: 1, name: draft.nameVi }, LOAD);
    expect(screen.getByText('Bản dự thảo: chỉ Văn phòng Điều phối được sửa.')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Thử đánh giá' }));
    expect(
      await screen.findByText(/chỉ Văn phòng Điều phối được thử đánh giá/),
    ).toBeInTheDocument();
  });
});
