import { ArrowLeftOutlined, CheckOutlined, EditOutlined, SendOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Result,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { IsoDatePicker, todayInProvince } from '@/components/iso-date-picker';
import { ListError, ListLoading } from '@/components/list-state';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { LAST_DISTRICT_DAY, LAST_DISTRICT_YEAR, referenceDateOf } from '@/config/programme';
import { useFormat } from '@/hooks/use-format';
import { useServerValidation } from '@/hooks/use-server-validation';
import { useUnits } from '@/hooks/use-unit-names';
import { isApiProblem } from '@/lib/api-problem';
import { useCan } from '@/lib/auth/can';
import { useTexts } from '@/lib/i18n/feature-texts';

import {
  useAllocate,
  useAllocations,
  useApprovePlan,
  useCapitalPlan,
  useFundingSources,
  useRevisePlan,
  useSpendingFields,
  type CapitalPlan,
  type PlanLine,
} from '../api/funding';
import { fundingTexts } from '../i18n';

import { AllocationTable, PlanStatusTag } from './funding-page';
import { amountOf, MoneyField } from './money-field';

/** One capital plan: its lines, its decision; approve a draft, revise an approved plan, allocate. */
export function PlanPage({ id }: { id: number }) {
  const t = useTexts(fundingTexts);
  const format = useFormat();
  const query = useCapitalPlan(id);
  const sources = useFundingSources();
  const fields = useSpendingFields();
  const fieldName = useMemo(
    () => new Map((fields.data ?? []).map((f) => [f.code ?? '', f.nameVi ?? f.code ?? ''])),
    [fields.data],
  );
  const canEdit = useCan('funding:edit');
  const canApprove = useCan('funding:approve');
  const [dialog, setDialog] = useState<'approve' | 'revise' | PlanLine | null>(null);
  const [allocPage, setAllocPage] = useState(0);
  const allocations = useAllocations({ planId: id, page: allocPage });
  const sourceName = useMemo(
    () => new Map((sources.data ?? []).map((s) => [s.code ?? '', s.nameVi ?? s.code ?? ''])),
    [sources.data],
  );

  if (query.isPending) return <ListLoading />;
  if (query.isError) {
    if (isApiProblem(query.error) && query.error.status === 404) {
      return (
        <Result
          status="404"
          title={t('plan.notFound')}
          extra={<Link to={paths.funding}>{t('plan.back')}</Link>}
        />
      );
    }
    return <ListError error={query.error} onRetry={() => void query.refetch()} />;
  }
  const { plan, etag } = query.data;
  const unitName = plan.unit?.name ?? plan.unit?.code ?? '';
  const lines = plan.lines ?? [];
  return (
    <>
      <Link to={paths.funding}>
        <ArrowLeftOutlined /> {t('plan.back')}
      </Link>
      <PageHeader
        title={t('plan.title', { unit: unitName, year: plan.year ?? '' })}
        description={plan.title}
        extra={
          <Space wrap>
            {plan.status === 'DRAFT' && canApprove ? (
              <Button type="primary" icon={<CheckOutlined />} onClick={() => setDialog('approve')}>
                {t('plan.approve')}
              </Button>
            ) : null}
            {plan.status === 'APPROVED' && canEdit ? (
              <Button icon={<EditOutlined />} onClick={() => setDialog('revise')}>
                {t('plan.revise')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'status',
              label: t('plans.status'),
              children: <PlanStatusTag status={plan.status} />,
            },
            {
              key: 'total',
              label: t('plans.total'),
              children: <strong>{format.money(plan.total ?? 0)}</strong>,
            },
            {
              key: 'meta',
              label: t('plans.unit'),
              children: `${unitName}${plan.unit?.districtName && plan.unit.level === 'COMMUNE' ? ` · ${plan.unit.districtName}` : ''}`,
            },
            {
              key: 'created',
              label: t('plan.created'),
              children: t('plan.meta', {
                by: plan.createdBy ?? '',
                at: plan.createdAt ? format.dateTime(plan.createdAt) : '',
              }),
            },
            ...(plan.decision?.number
              ? [
                  {
                    key: 'decision',
                    label: t('plans.decision'),
                    children: (
                      <>
                        {t('plan.decision', {
                          number: plan.decision.number,
                          date: plan.decision.date ? format.date(plan.decision.date) : '',
                          issuer: plan.decision.issuer ?? '',
                        })}
                        {plan.approvedBy ? (
                          <div>
                            <Typography.Text type="secondary">
                              {t('plan.approvedBy', {
                                by: plan.approvedBy,
                                at: plan.approvedAt ? format.dateTime(plan.approvedAt) : '',
                              })}
                            </Typography.Text>
                          </div>
                        ) : null}
                      </>
                    ),
                  },
                ]
              : []),
            ...(plan.revisionOf
              ? [
                  {
                    key: 'revisionOf',
                    label: t('plan.revise'),
                    children: (
                      <Link to={paths.fundingPlan(plan.revisionOf)}>
                        {t('plan.revisionOf', { id: plan.revisionOf })}
                      </Link>
                    ),
                  },
                ]
              : []),
            ...(plan.supersededBy
              ? [
                  {
                    key: 'supersededBy',
                    label: t('status.SUPERSEDED'),
                    children: (
                      <Link to={paths.fundingPlan(plan.supersededBy)}>
                        {t('plan.supersededBy', { id: plan.supersededBy })}
                      </Link>
                    ),
                  },
                ]
              : []),
            ...(plan.note ? [{ key: 'note', label: t('plan.note'), children: plan.note }] : []),
          ]}
        />
      </Card>
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('plan.lines')}</h2>}
        style={{ marginBottom: 16 }}
      >
        <Table<PlanLine>
          rowKey={(l) => String(l.id ?? l.lineNo)}
          dataSource={lines}
          pagination={false}
          scroll={{ x: 'max-content' }}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={4}>
                <strong>{t('plan.total')}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <strong>{format.money(plan.total ?? 0)}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} colSpan={2} />
            </Table.Summary.Row>
          )}
          columns={[
            { key: 'no', title: t('plan.lineNo'), render: (_, l) => l.lineNo },
            {
              key: 'source',
              title: t('plan.source'),
              render: (_, l) => sourceName.get(l.sourceCode ?? '') ?? l.sourceCode,
            },
            {
              key: 'field',
              title: t('plan.field'),
              render: (_, l) => fieldName.get(l.fieldCode ?? '') ?? l.fieldCode,
            },
            {
              key: 'criterion',
              title: t('plan.criterion'),
              render: (_, l) => l.criterionCode ?? '—',
            },
            {
              key: 'amount',
              title: t('plan.amount'),
              align: 'right',
              render: (_, l) => format.money(l.amount ?? 0),
            },
            {
              key: 'valuation',
              title: t('plan.valuation'),
              render: (_, l) =>
                l.valuation?.quantity !== undefined
                  ? `${format.number(l.valuation.quantity)} ${l.valuation.unit ?? ''} × ${format.money(l.valuation.unitValue ?? 0, { unit: 'dong' })}`
                  : '—',
            },
            {
              key: 'allocate',
              title: '',
              render: (_, l) =>
                plan.status === 'APPROVED' && canEdit ? (
                  <Button size="small" icon={<SendOutlined />} onClick={() => setDialog(l)}>
                    {t('plan.allocate')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('plan.allocations')}</h2>}>
        <AllocationTable query={allocations} page={allocPage} onPage={setAllocPage} />
      </Card>
      {dialog === 'approve' ? (
        <ApproveDialog plan={plan} etag={etag} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'revise' ? (
        <ReviseDialog plan={plan} etag={etag} onClose={() => setDialog(null)} />
      ) : null}
      {dialog && typeof dialog === 'object' ? (
        <AllocateDialog
          plan={plan}
          line={dialog}
          sourceName={sourceName.get(dialog.sourceCode ?? '') ?? dialog.sourceCode ?? ''}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </>
  );
}

function ApproveDialog({
  plan,
  etag,
  onClose,
}: {
  plan: CapitalPlan;
  etag: string;
  onClose: () => void;
}) {
  const t = useTexts(fundingTexts);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ decisionNumber: string; decisionDate: string; issuer: string }>();
  const server = useServerValidation(form);
  const approve = useApprovePlan(plan.id ?? 0);
  return (
    <Modal
      open
      title={t('approve.title')}
      okText={t('approve.ok')}
      cancelText={t('newPlan.cancel')}
      confirmLoading={approve.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ decisionDate: todayInProvince(), issuer: 'UBND tỉnh Sơn La' }}
        onValuesChange={server.onValuesChange}
        onFinish={(values) =>
          approve.mutate(
            {
              body: {
                ...values,
                decisionNumber: values.decisionNumber.trim(),
                issuer: values.issuer.trim(),
              },
              etag,
            },
            {
              onSuccess: () => {
                void message.success(t('approve.done'));
                onClose();
              },
              onError: server.report,
            },
          )
        }
      >
        <Form.Item
          name="decisionNumber"
          label={t('approve.number')}
          rules={[{ required: true, whitespace: true, message: t('approve.required') }]}
        >
          <Input placeholder="123/QĐ-UBND" />
        </Form.Item>
        <Form.Item
          name="decisionDate"
          label={t('approve.date')}
          rules={[{ required: true, message: t('approve.required') }]}
        >
          <IsoDatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="issuer"
          label={t('approve.issuer')}
          rules={[{ required: true, whitespace: true, message: t('approve.required') }]}
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReviseDialog({
  plan,
  etag,
  onClose,
}: {
  plan: CapitalPlan;
  etag: string;
  onClose: () => void;
}) {
  const t = useTexts(fundingTexts);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ note?: string }>();
  const server = useServerValidation(form);
  const revise = useRevisePlan(plan.id ?? 0);
  return (
    <Modal
      open
      title={t('revise.title')}
      okText={t('revise.ok')}
      cancelText={t('newPlan.cancel')}
      confirmLoading={revise.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph>{t('revise.intro')}</Typography.Paragraph>
      <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
      <Form
        form={form}
        layout="vertical"
        onValuesChange={server.onValuesChange}
        onFinish={(values) =>
          revise.mutate(
            { body: values.note?.trim() ? { note: values.note.trim() } : {}, etag },
            {
              onSuccess: (newId) => {
                void message.success(t('revise.done'));
                onClose();
                if (newId) void navigate(paths.fundingPlan(newId));
              },
              onError: server.report,
            },
          )
        }
      >
        <Form.Item name="note" label={t('revise.note')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type AllocateValues = {
  recipientCode: string;
  amount: string;
  date: string;
  documentRef?: string;
  note?: string;
};

function AllocateDialog({
  plan,
  line,
  sourceName,
  onClose,
}: {
  plan: CapitalPlan;
  line: PlanLine;
  sourceName: string;
  onClose: () => void;
}) {
  const t = useTexts(fundingTexts);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<AllocateValues>();
  const server = useServerValidation(form);
  const allocate = useAllocate(plan.id ?? 0);
  const units = useUnits(
    'COMMUNE',
    (plan.year ?? LAST_DISTRICT_YEAR) < LAST_DISTRICT_YEAR
      ? referenceDateOf(plan.year ?? LAST_DISTRICT_YEAR)
      : LAST_DISTRICT_DAY,
  );
  const district = plan.unit?.level === 'DISTRICT' ? plan.unit.code : plan.unit?.districtCode;
  const options = (units.data?.items ?? [])
    .filter(
      (u) =>
        plan.unit?.level === 'PROVINCE' ||
        !district ||
        u.parentCode === district ||
        u.code === plan.unit?.code,
    )
    .map((u) => ({ value: u.code ?? '', label: `${u.name ?? ''} (${u.code ?? ''})` }));
  return (
    <Modal
      open
      title={t('allocate.title', { line: line.lineNo ?? '', source: sourceName })}
      okText={t('allocate.ok')}
      cancelText={t('newPlan.cancel')}
      confirmLoading={allocate.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
      <Form<AllocateValues>
        form={form}
        layout="vertical"
        initialValues={{ date: todayInProvince() }}
        onValuesChange={server.onValuesChange}
        onFinish={(values) =>
          allocate.mutate(
            {
              lineId: line.id ?? 0,
              body: {
                recipientCode: values.recipientCode,
                amount: amountOf(values.amount),
                date: values.date,
                ...(values.documentRef?.trim() ? { documentRef: values.documentRef.trim() } : {}),
                ...(values.note?.trim() ? { note: values.note.trim() } : {}),
              },
            },
            {
              onSuccess: (newId) => {
                void message.success(t('allocate.done'));
                onClose();
                if (newId) void navigate(paths.fundingAllocation(newId));
              },
              onError: server.report,
            },
          )
        }
      >
        <Form.Item
          name="recipientCode"
          label={t('allocate.recipient')}
          rules={[{ required: true, message: t('allocate.recipientRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={units.isPending}
            options={options}
          />
        </Form.Item>
        <MoneyField name="amount" label={t('allocate.amount')} />
        <Form.Item
          name="date"
          label={t('allocate.date')}
          rules={[{ required: true, message: t('approve.required') }]}
        >
          <IsoDatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="documentRef" label={t('allocate.documentRef')}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label={t('allocate.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
