import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Modal,
  Progress,
  Space,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';

import { StateTag } from '@/components/ntm-tags';
import { useTexts } from '@/lib/i18n/feature-texts';
import type { components } from '@/types/api';

import {
  useBulkTransition,
  type BulkAction,
  type BulkOutcome,
  type BulkParams,
} from '../api/bulk-transition';
import { workflowTexts } from '../i18n';

import { DecisionFields, toDecision, type DecisionValues } from './decision-fields';

type AssessmentSummary = components['schemas']['AssessmentSummary'];

type Run = {
  action: BulkAction;
  done: number;
  total: number;
  outcomes: BulkOutcome[];
  finished: boolean;
};

/**
 * The coordinator's bulk transitions over the selected assessments: submit, return (one reason for
 * all) or record recognition (one decision for all), run in chunks with a progress bar, then a
 * report of each assessment's outcome.
 */
export function BulkActions({
  selected,
  onClear,
  describe,
}: {
  selected: AssessmentSummary[];
  onClear: () => void;
  /** How a row is named in the report, e.g. "Xã Phiêng Cằm 2020". */
  describe: (a: AssessmentSummary) => string;
}) {
  const t = useTexts(workflowTexts);
  const run = useBulkTransition();
  const [asking, setAsking] = useState<BulkAction | null>(null);
  const [state, setState] = useState<Run | null>(null);
  const [form] = Form.useForm<{ reason?: string } & Partial<DecisionValues>>();
  const byId = new Map(selected.map((a) => [a.id ?? 0, a]));

  const start = (action: BulkAction, params: BulkParams) => {
    const ids = selected.map((a) => a.id ?? 0);
    setAsking(null);
    setState({ action, done: 0, total: ids.length, outcomes: [], finished: false });
    void run(action, ids, params, (done, outcomes) =>
      setState((s) => (s ? { ...s, done, outcomes } : s)),
    ).then((outcomes) =>
      setState((s) => (s ? { ...s, outcomes, done: s.total, finished: true } : s)),
    );
  };

  const ok = state?.outcomes.filter((o) => o.done).length ?? 0;
  const failed = (state?.outcomes.length ?? 0) - ok;

  return (
    <Card size="small" title={t('bulk.title')} aria-label={t('bulk.title')}>
      <Flex wrap gap="small" align="center">
        <Typography.Text strong>{t('bulk.selected', { count: selected.length })}</Typography.Text>
        <Button onClick={() => setAsking('submit')}>{t('bulk.submit')}</Button>
        <Button onClick={() => setAsking('return')}>{t('bulk.return')}</Button>
        <Button onClick={() => setAsking('recognise')}>{t('bulk.recognise')}</Button>
        <Button type="link" onClick={onClear}>
          {t('bulk.clear')}
        </Button>
      </Flex>
      {asking ? (
        <Modal
          open
          title={t(`bulk.confirmTitle.${asking}`, { count: selected.length })}
          okText={t('bulk.run')}
          cancelText={t('cancel')}
          onCancel={() => setAsking(null)}
          onOk={() => form.submit()}
          destroyOnHidden
        >
          <Typography.Paragraph>{t('bulk.confirmBody')}</Typography.Paragraph>
          <Form
            form={form}
            layout="vertical"
            preserve={false}
            initialValues={{ issuingBody: t('recognise.issuingBodyDefault') }}
            onFinish={(values) =>
              start(
                asking,
                asking === 'return'
                  ? { reason: (values.reason ?? '').trim() }
                  : asking === 'recognise'
                    ? toDecision(values as DecisionValues)
                    : {},
              )
            }
          >
            {asking === 'return' ? (
              <Form.Item
                name="reason"
                label={t('return.reason')}
                rules={[{ required: true, whitespace: true, message: t('return.required') }]}
              >
                <Input.TextArea rows={3} />
              </Form.Item>
            ) : null}
            {asking === 'recognise' ? <DecisionFields /> : null}
          </Form>
        </Modal>
      ) : null}
      {state ? (
        <Modal
          open
          width={760}
          title={t(`bulk.confirmTitle.${state.action}`, { count: state.total })}
          closable={state.finished}
          mask={{ closable: false }}
          footer={
            <Button
              type="primary"
              disabled={!state.finished}
              onClick={() => {
                setState(null);
                onClear();
              }}
            >
              {t('bulk.close')}
            </Button>
          }
          onCancel={() => {
            if (state.finished) {
              setState(null);
              onClear();
            }
          }}
        >
          <div role="status" aria-live="polite">
            <Progress percent={Math.round((state.done / Math.max(1, state.total)) * 100)} />
            <Typography.Paragraph>
              {state.finished
                ? t('bulk.report', { ok, failed })
                : t('bulk.running', { done: state.done, total: state.total })}
            </Typography.Paragraph>
          </div>
          {state.finished && failed > 0 ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('bulk.report', { ok, failed })}
            />
          ) : null}
          <Table<BulkOutcome>
            size="small"
            data-testid="bulk-report"
            rowKey={(o) => String(o.id)}
            dataSource={state.outcomes}
            pagination={false}
            scroll={{ x: 'max-content', y: 320 }}
            columns={[
              {
                key: 'id',
                title: t('bulk.commune'),
                render: (_, o) => {
                  const a = byId.get(o.id ?? 0);
                  return a ? describe(a) : `#${o.id}`;
                },
              },
              {
                key: 'outcome',
                title: t('bulk.outcome'),
                render: (_, o) =>
                  o.done ? (
                    <Space size={4} style={{ color: '#389e0d' }}>
                      <CheckCircleFilled aria-hidden="true" />
                      {t('bulk.ok')}
                    </Space>
                  ) : (
                    <Space size={4} style={{ color: '#cf1322' }}>
                      <CloseCircleFilled aria-hidden="true" />
                      {t('bulk.failed', { status: o.status ?? '—' })}
                    </Space>
                  ),
              },
              {
                key: 'state',
                title: t('bulk.state'),
                render: (_, o) => (o.state ? <StateTag state={o.state} /> : '—'),
              },
              { key: 'detail', title: t('bulk.detail'), render: (_, o) => o.detail ?? '' },
            ]}
          />
        </Modal>
      ) : null}
    </Card>
  );
}
