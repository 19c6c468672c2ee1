import {
  App,
  Alert,
  Button,
  Card,
  Collapse,
  Flex,
  Form,
  Input,
  Radio,
  Table,
  Typography,
} from 'antd';

import { TrafficLight, useVocabulary, VerdictTag } from '@/components/ntm-tags';
import { ProblemAlert } from '@/components/problem-alert';
import { SectionTitle } from '@/components/section-title';
import { useFormat } from '@/hooks/use-format';
import { useLanguage } from '@/hooks/use-language';
import { useServerValidation } from '@/hooks/use-server-validation';
import { canAppraise } from '@/lib/auth/assessment-scope';
import { useUser } from '@/lib/auth/auth-context';
import { useTexts } from '@/lib/i18n/feature-texts';
import type { components } from '@/types/api';
import { explanationText } from '@/utils/need-text';

import { useAppraise, type Assessment } from '../api/appraise';
import { appraisalTexts } from '../i18n';

type CriterionEvaluation = components['schemas']['CriterionEvaluation'];
type Verdict = components['schemas']['AppraisalVerdict'];

const same = (a?: string | null, b?: string | null) =>
  !!a && !!b && a.toLowerCase() === b.toLowerCase();

/**
 * The appraisal of one assessment. A department appraiser sees only the criteria its department
 * owns, each with the self-assessment's result and a verdict to give (AGREE, or DISAGREE with a
 * comment); everyone else sees every department's verdicts, this round's and earlier ones.
 */
export function AppraisalPanel({ assessment }: { assessment: Assessment }) {
  const t = useTexts(appraisalTexts);
  const user = useUser();
  const { label } = useVocabulary();
  const format = useFormat();
  const verdicts = new Map((assessment.verdicts ?? []).map((v) => [v.criterionCode ?? '', v]));
  const criteria = assessment.evaluation?.criteria ?? [];

  if (user.roles.includes('department-appraiser')) {
    const mine = criteria.filter((c) => same(c.departmentCode, user.departmentCode));
    const open = canAppraise(user, assessment, user.departmentCode);
    return (
      <section
        aria-label={t('panel.mineTitle', { department: label('department', user.departmentCode) })}
      >
        <div style={{ marginBottom: 12 }}>
          <SectionTitle>
            {t('panel.mineTitle', { department: label('department', user.departmentCode) })}
          </SectionTitle>
        </div>
        {!open ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('panel.notOpen', { state: label('state', assessment.state) })}
          />
        ) : null}
        {mine.length === 0 ? <Alert type="info" title={t('panel.none')} /> : null}
        {mine.map((criterion) => (
          <CriterionVerdict
            key={criterion.code}
            assessment={assessment}
            criterion={criterion}
            current={verdicts.get(criterion.code ?? '')}
            editable={open && canAppraise(user, assessment, criterion.departmentCode)}
          />
        ))}
      </section>
    );
  }

  const columns = [
    {
      key: 'criterion',
      title: t('panel.criterion'),
      render: (_: unknown, c: CriterionEvaluation) => (
        <span>
          <strong>{c.code}.</strong> {c.nameVi}
        </span>
      ),
    },
    {
      key: 'department',
      title: t('panel.department'),
      render: (_: unknown, c: CriterionEvaluation) => label('department', c.departmentCode),
    },
    {
      key: 'result',
      title: t('panel.result'),
      render: (_: unknown, c: CriterionEvaluation) => (
        <TrafficLight status={c.status} kind="criterion" />
      ),
    },
    {
      key: 'verdict',
      title: t('panel.verdict'),
      render: (_: unknown, c: CriterionEvaluation) => {
        const v = verdicts.get(c.code ?? '');
        return v ? (
          <VerdictTag verdict={v.verdict} />
        ) : (
          <Typography.Text type="secondary">{t('panel.pending')}</Typography.Text>
        );
      },
    },
    {
      key: 'comment',
      title: t('panel.comment'),
      render: (_: unknown, c: CriterionEvaluation) => verdicts.get(c.code ?? '')?.comment ?? '',
    },
    {
      key: 'by',
      title: t('panel.by'),
      render: (_: unknown, c: CriterionEvaluation) => {
        const v = verdicts.get(c.code ?? '');
        return v
          ? `${v.appraiser ?? ''}${v.appraisedAt ? `, ${format.dateTime(v.appraisedAt)}` : ''}`
          : '';
      },
    },
  ];
  const earlier = assessment.earlierVerdicts ?? [];
  return (
    <section aria-label={t('panel.allTitle', { round: assessment.round ?? 1 })}>
      <Card
        title={<SectionTitle>{t('panel.allTitle', { round: assessment.round ?? 1 })}</SectionTitle>}
      >
        <Table<CriterionEvaluation>
          size="small"
          rowKey={(c) => c.code ?? ''}
          dataSource={criteria}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={columns}
        />
        {earlier.length > 0 ? (
          <Collapse
            style={{ marginTop: 16 }}
            items={[
              {
                key: 'earlier',
                label: t('panel.earlier'),
                children: (
                  <Table<Verdict>
                    size="small"
                    rowKey={(v) => `${v.round}-${v.criterionCode}`}
                    dataSource={earlier}
                    pagination={false}
                    scroll={{ x: 'max-content' }}
                    columns={[
                      {
                        key: 'round',
                        title: t('panel.round', { round: '' }).trim(),
                        render: (_, v) => v.round,
                      },
                      { key: 'criterion', title: t('panel.criterion'), dataIndex: 'criterionCode' },
                      {
                        key: 'verdict',
                        title: t('panel.verdict'),
                        render: (_, v) => <VerdictTag verdict={v.verdict} />,
                      },
                      {
                        key: 'comment',
                        title: t('panel.comment'),
                        render: (_, v) => v.comment ?? '',
                      },
                      {
                        key: 'by',
                        title: t('panel.by'),
                        render: (_, v) =>
                          `${v.appraiser ?? ''}${v.appraisedAt ? `, ${format.dateTime(v.appraisedAt)}` : ''}`,
                      },
                    ]}
                  />
                ),
              },
            ]}
          />
        ) : null}
      </Card>
    </section>
  );
}

type VerdictValues = { verdict: 'AGREE' | 'DISAGREE'; comment?: string };

function CriterionVerdict({
  assessment,
  criterion,
  current,
  editable,
}: {
  assessment: Assessment;
  criterion: CriterionEvaluation;
  current: Verdict | undefined;
  editable: boolean;
}) {
  const t = useTexts(appraisalTexts);
  const [lang] = useLanguage();
  const format = useFormat();
  const { label } = useVocabulary();
  const { message } = App.useApp();
  const [form] = Form.useForm<VerdictValues>();
  const server = useServerValidation(form);
  const appraise = useAppraise(assessment.id ?? 0);
  const verdict = Form.useWatch('verdict', form);
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-criterion={criterion.code}
      title={
        <Flex justify="space-between" wrap gap="small">
          <SectionTitle level={3}>
            {criterion.code}. {criterion.nameVi}
          </SectionTitle>
          <TrafficLight status={criterion.status} kind="criterion" />
        </Flex>
      }
    >
      <Typography.Text strong>{t('panel.indicators')}</Typography.Text>
      <ul style={{ marginTop: 4 }}>
        {(criterion.indicators ?? []).map((i) => (
          <li key={i.code}>
            <TrafficLight status={i.status} kind="indicator" />{' '}
            {t('panel.value', {
              code: i.code,
              name: i.nameVi,
              judged: explanationText(i.explanation, lang),
            })}
          </li>
        ))}
      </ul>
      {current ? (
        <Typography.Paragraph>
          {t('panel.current', {
            verdict: label('verdict', current.verdict),
            by: current.appraiser ?? '',
            at: current.appraisedAt ? format.dateTime(current.appraisedAt) : '',
          })}
          {current.comment ? ` — ${current.comment}` : ''}
        </Typography.Paragraph>
      ) : null}
      {editable ? (
        <Form<VerdictValues>
          form={form}
          layout="vertical"
          initialValues={
            current
              ? { verdict: current.verdict ?? 'AGREE', comment: current.comment ?? '' }
              : undefined
          }
          onValuesChange={server.onValuesChange}
          onFinish={(values) => {
            server.clear();
            appraise.mutate(
              {
                criterionCode: criterion.code ?? '',
                verdict: values.verdict,
                ...(values.comment?.trim() ? { comment: values.comment.trim() } : {}),
              },
              {
                onSuccess: () => void message.success(t('panel.saved', { code: criterion.code })),
                onError: server.report,
              },
            );
          }}
        >
          <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
          <Form.Item
            name="verdict"
            label={t('panel.verdict')}
            rules={[{ required: true, message: t('panel.verdict') }]}
          >
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'AGREE', label: t('panel.agree') },
                { value: 'DISAGREE', label: t('panel.disagree') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="comment"
            label={t('panel.commentLabel')}
            rules={[
              {
                required: verdict === 'DISAGREE',
                whitespace: true,
                message: t('panel.commentRequired'),
              },
            ]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={appraise.isPending}>
            {current ? t('panel.revise') : t('panel.save')}
          </Button>
        </Form>
      ) : null}
    </Card>
  );
}
