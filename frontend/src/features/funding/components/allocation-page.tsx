import { ArrowLeftOutlined, PlusOutlined, RollbackOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Result,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  Flex,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';

import { IsoDatePicker, todayInProvince } from '@/components/iso-date-picker';
import { ListEmpty, ListError, ListLoading } from '@/components/list-state';
import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import { useServerValidation } from '@/hooks/use-server-validation';
import { isApiProblem } from '@/lib/api-problem';
import { useCan } from '@/lib/auth/can';
import { useTexts } from '@/lib/i18n/feature-texts';

import {
  useAllocation,
  useRecordTransaction,
  useReverse,
  useTransactions,
  type Allocation,
  type Transaction,
  type TransactionType,
} from '../api/funding';
import { fundingTexts } from '../i18n';

import { amountOf, MoneyField } from './money-field';

const TYPES: readonly TransactionType[] = ['COMMITMENT', 'DISBURSEMENT', 'EXPENDITURE'];

/** One allocation to a commune: its balance, its transactions, recording and reversing them. */
export function AllocationPage({ id }: { id: number }) {
  const t = useTexts(fundingTexts);
  const format = useFormat();
  const query = useAllocation(id);
  const transactions = useTransactions(id);
  const canEdit = useCan('funding:edit');
  const [dialog, setDialog] = useState<'record' | 'reverseAllocation' | Transaction | null>(null);

  if (query.isPending) return <ListLoading />;
  if (query.isError) {
    if (isApiProblem(query.error) && query.error.status === 404) {
      return (
        <Result
          status="404"
          title={t('allocation.notFound')}
          extra={<Link to={paths.funding}>{t('plan.back')}</Link>}
        />
      );
    }
    return <ListError error={query.error} onRetry={() => void query.refetch()} />;
  }
  const allocation = query.data;
  const balance = allocation.balance ?? {};
  const m = (v: number | undefined) => format.money(v ?? 0);
  return (
    <>
      <Link to={paths.funding + '?tab=allocations'}>
        <ArrowLeftOutlined /> {t('plan.back')}
      </Link>
      <PageHeader
        title={t('allocation.title', {
          id,
          recipient: allocation.recipientName ?? allocation.recipientCode ?? '',
        })}
        description={
          <>
            {allocation.sourceCode} · {allocation.fieldCode}
            {allocation.criterionCode
              ? ` · ${t('plan.criterion')} ${allocation.criterionCode}`
              : ''}{' '}
            · {allocation.date ? format.date(allocation.date) : ''}{' '}
            {allocation.documentRef ? `· ${allocation.documentRef}` : ''}
            {allocation.reverses ? (
              <div>
                <Link to={paths.fundingAllocation(allocation.reverses)}>
                  {t('allocations.reversal', { id: allocation.reverses })}
                </Link>
              </div>
            ) : null}
          </>
        }
        extra={
          canEdit && !allocation.reverses ? (
            <Space wrap>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('record')}>
                {t('allocation.record')}
              </Button>
              <Button
                danger
                icon={<RollbackOutlined />}
                onClick={() => setDialog('reverseAllocation')}
              >
                {t('allocation.reverseAllocation')}
              </Button>
            </Space>
          ) : null
        }
      />
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('allocation.balance')}</h2>}
        style={{ marginBottom: 16 }}
      >
        <Flex wrap gap={32}>
          <Statistic title={t('allocation.allocated')} value={m(allocation.amount)} />
          <Statistic title={t('allocation.committed')} value={m(balance.committed)} />
          <Statistic title={t('allocation.disbursed')} value={m(balance.disbursed)} />
          <Statistic title={t('allocation.expended')} value={m(balance.expended)} />
          <Statistic title={t('allocation.available')} value={m(balance.available)} />
        </Flex>
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('allocation.transactions')}</h2>}>
        {transactions.isError ? (
          <ListError error={transactions.error} onRetry={() => void transactions.refetch()} />
        ) : (
          <Table<Transaction>
            rowKey={(tx) => String(tx.id)}
            loading={transactions.isPending}
            dataSource={transactions.data ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <ListEmpty description={t('allocation.noTransactions')} /> }}
            columns={[
              {
                key: 'date',
                title: t('allocation.date'),
                render: (_, tx) => (tx.date ? format.date(tx.date) : ''),
              },
              {
                key: 'type',
                title: t('allocation.type'),
                render: (_, tx) => (
                  <>
                    {tx.type ? t(`allocation.types.${tx.type}`) : ''}
                    {tx.reverses ? (
                      <Tag style={{ marginLeft: 8 }}>
                        {t('allocation.reversed', { id: tx.reverses })}
                      </Tag>
                    ) : null}
                    {tx.overDisbursement ? (
                      <Tag color="orange" style={{ marginLeft: 8 }}>
                        {t('allocation.over')}
                      </Tag>
                    ) : null}
                  </>
                ),
              },
              {
                key: 'amount',
                title: t('allocation.amount'),
                align: 'right',
                render: (_, tx) => m(tx.amount),
              },
              {
                key: 'doc',
                title: t('allocation.document'),
                render: (_, tx) => tx.documentRef ?? '—',
              },
              {
                key: 'just',
                title: t('allocation.justification'),
                render: (_, tx) => tx.justification ?? tx.note ?? '',
              },
              {
                key: 'by',
                title: t('allocation.by'),
                render: (_, tx) => (
                  <>
                    {tx.createdBy}
                    <br />
                    <Typography.Text type="secondary">
                      {tx.createdAt ? format.dateTime(tx.createdAt) : ''}
                    </Typography.Text>
                  </>
                ),
              },
              ...(canEdit
                ? [
                    {
                      key: 'reverse',
                      title: '',
                      render: (_: unknown, tx: Transaction) =>
                        tx.reverses ? null : (
                          <Button
                            size="small"
                            icon={<RollbackOutlined />}
                            onClick={() => setDialog(tx)}
                          >
                            {t('allocation.reverse')}
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      {dialog === 'record' ? (
        <TransactionDialog allocation={allocation} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'reverseAllocation' ? (
        <ReversalDialog kind="allocation" id={id} onClose={() => setDialog(null)} />
      ) : null}
      {dialog && typeof dialog === 'object' ? (
        <ReversalDialog kind="transaction" id={dialog.id ?? 0} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}

type TransactionValues = {
  type: TransactionType;
  amount: string;
  date: string;
  documentRef: string;
  justification?: string;
  note?: string;
};

export function TransactionDialog({
  allocation,
  onClose,
}: {
  allocation: Allocation;
  onClose: () => void;
}) {
  const t = useTexts(fundingTexts);
  const { message } = App.useApp();
  const [form] = Form.useForm<TransactionValues>();
  const server = useServerValidation(form);
  const record = useRecordTransaction(allocation.id ?? 0);
  return (
    <Modal
      open
      title={t('transaction.title')}
      okText={t('transaction.ok')}
      cancelText={t('newPlan.cancel')}
      confirmLoading={record.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
      <Form<TransactionValues>
        form={form}
        layout="vertical"
        initialValues={{ type: 'DISBURSEMENT', date: todayInProvince() }}
        onValuesChange={server.onValuesChange}
        onFinish={(values) =>
          record.mutate(
            {
              type: values.type,
              amount: amountOf(values.amount),
              date: values.date,
              documentRef: values.documentRef.trim(),
              ...(values.justification?.trim()
                ? { justification: values.justification.trim() }
                : {}),
              ...(values.note?.trim() ? { note: values.note.trim() } : {}),
            },
            {
              onSuccess: () => {
                void message.success(t('transaction.done'));
                onClose();
              },
              onError: server.report,
            },
          )
        }
      >
        <Form.Item name="type" label={t('transaction.type')} rules={[{ required: true }]}>
          <Select
            options={TYPES.map((type) => ({ value: type, label: t(`allocation.types.${type}`) }))}
          />
        </Form.Item>
        <MoneyField name="amount" label={t('money')} />
        <Form.Item
          name="date"
          label={t('transaction.date')}
          rules={[{ required: true, message: t('approve.required') }]}
        >
          <IsoDatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="documentRef"
          label={t('transaction.documentRef')}
          rules={[{ required: true, whitespace: true, message: t('transaction.documentRequired') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="justification" label={t('transaction.justification')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type ReversalValues = { amount?: string; date: string; reason: string; documentRef?: string };

export function ReversalDialog({
  kind,
  id,
  onClose,
}: {
  kind: 'allocation' | 'transaction';
  id: number;
  onClose: () => void;
}) {
  const t = useTexts(fundingTexts);
  const { message } = App.useApp();
  const [form] = Form.useForm<ReversalValues>();
  const server = useServerValidation(form);
  const reverse = useReverse(kind);
  return (
    <Modal
      open
      title={
        kind === 'allocation'
          ? t('reversal.titleAllocation', { id })
          : t('reversal.titleTransaction', { id })
      }
      okText={t('reversal.ok')}
      okButtonProps={{ danger: true }}
      cancelText={t('newPlan.cancel')}
      confirmLoading={reverse.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph>{t('reversal.intro')}</Typography.Paragraph>
      <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
      <Form<ReversalValues>
        form={form}
        layout="vertical"
        initialValues={{ date: todayInProvince() }}
        onValuesChange={server.onValuesChange}
        onFinish={(values) =>
          reverse.mutate(
            {
              id,
              body: {
                date: values.date,
                reason: values.reason.trim(),
                ...(values.amount?.trim() ? { amount: amountOf(values.amount) } : {}),
                ...(values.documentRef?.trim() ? { documentRef: values.documentRef.trim() } : {}),
              },
            },
            {
              onSuccess: () => {
                void message.success(t('reversal.done'));
                onClose();
              },
              onError: server.report,
            },
          )
        }
      >
        <MoneyField name="amount" label={t('reversal.amount')} required={false} />
        <Form.Item
          name="date"
          label={t('reversal.date')}
          rules={[{ required: true, message: t('approve.required') }]}
        >
          <IsoDatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('reversal.reason')}
          rules={[{ required: true, whitespace: true, message: t('reversal.reasonRequired') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="documentRef" label={t('reversal.documentRef')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
