import { CheckCircleOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, type InputRef } from 'antd';
import { useRef, useState } from 'react';

import { ProblemAlert } from '@/components/problem-alert';
import { useServerValidation } from '@/hooks/use-server-validation';
import { isApiProblem } from '@/lib/api-problem';
import {
  canRecordRecognition,
  canReturn,
  canSubmit,
  recognitionBlockers,
} from '@/lib/auth/assessment-scope';
import { useUser } from '@/lib/auth/auth-context';
import { useTexts } from '@/lib/i18n/feature-texts';
import { queryKeys } from '@/lib/query-keys';

import {
  useRecogniseAssessment,
  useReturnAssessment,
  useSubmitAssessment,
  type Assessment,
} from '../api/transitions';
import { workflowTexts } from '../i18n';

import { DecisionFields, toDecision, type DecisionValues } from './decision-fields';

/**
 * The workflow steps this user may take on this assessment now: submit (district, or the commune
 * after 2025), return with a reason and record the recognition decision (coordinator). Hidden when
 * not allowed; the service decides again.
 */
export function WorkflowActions({ assessment }: { assessment: Assessment }) {
  const t = useTexts(workflowTexts);
  const user = useUser();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const submit = useSubmitAssessment();
  const [returning, setReturning] = useState(false);
  const [recognising, setRecognising] = useState(false);

  const failed = (error: unknown) => {
    if (isApiProblem(error) && error.status === 412) {
      void queryClient.invalidateQueries({
        queryKey: queryKeys.assessments.detail(assessment.id ?? 0),
      });
      void message.warning(t('stale'));
      return;
    }
    modal.error({ title: t('recognise.blocked'), content: <ProblemAlert error={error} /> });
  };

  const gap = assessment.evaluation?.gap?.criteriaStillNeeded ?? 0;
  return (
    <>
      {canSubmit(user, assessment) ? (
        <Popconfirm
          title={t('submit.confirm')}
          description={
            <div style={{ maxWidth: 320 }}>
              {t('submit.confirmBody')}
              {gap > 0 ? (
                <div style={{ marginTop: 8 }}>{t('submit.gapWarning', { count: gap })}</div>
              ) : null}
            </div>
          }
          okText={t('submit.ok')}
          cancelText={t('cancel')}
          onConfirm={() =>
            submit
              .mutateAsync(assessment)
              .then(() => void message.success(t('submit.done')), failed)
          }
        >
          <Button type="primary" icon={<SendOutlined />} loading={submit.isPending}>
            {t('submit.button')}
          </Button>
        </Popconfirm>
      ) : null}
      {canReturn(user, assessment) ? (
        <Button icon={<RollbackOutlined />} onClick={() => setReturning(true)}>
          {t('return.button')}
        </Button>
      ) : null}
      {canRecordRecognition(user, assessment) ? (
        <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => setRecognising(true)}>
          {t('recognise.button')}
        </Button>
      ) : null}
      {returning ? (
        <ReturnDialog
          assessment={assessment}
          onClose={() => setReturning(false)}
          onStale={failed}
        />
      ) : null}
      {recognising ? (
        <RecogniseDialog
          assessment={assessment}
          onClose={() => setRecognising(false)}
          onStale={failed}
        />
      ) : null}
    </>
  );
}

function ReturnDialog({
  assessment,
  onClose,
  onStale,
}: {
  assessment: Assessment;
  onClose: () => void;
  onStale: (error: unknown) => void;
}) {
  const t = useTexts(workflowTexts);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const server = useServerValidation(form);
  const mutation = useReturnAssessment();
  // The dialog asks one thing: the caret goes to it once the dialog is shown.
  const reasonRef = useRef<InputRef>(null);
  return (
    <Modal
      open
      afterOpenChange={(open) => {
        if (open) reasonRef.current?.focus();
      }}
      title={t('return.title')}
      okText={t('return.ok')}
      cancelText={t('cancel')}
      okButtonProps={{ danger: true }}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        onValuesChange={server.onValuesChange}
        onFinish={(values) =>
          mutation.mutate(
            { assessment, body: { reason: values.reason.trim() } },
            {
              onSuccess: () => {
                void message.success(t('return.done'));
                onClose();
              },
              onError: (error) => {
                if (isApiProblem(error) && error.status === 412) {
                  onClose();
                  onStale(error);
                } else server.report(error);
              },
            },
          )
        }
      >
        <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
        <Form.Item
          name="reason"
          label={t('return.reason')}
          extra={t('return.reasonHelp')}
          rules={[{ required: true, whitespace: true, message: t('return.required') }]}
        >
          <Input.TextArea rows={4} ref={reasonRef} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RecogniseDialog({
  assessment,
  onClose,
  onStale,
}: {
  assessment: Assessment;
  onClose: () => void;
  onStale: (error: unknown) => void;
}) {
  const t = useTexts(workflowTexts);
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  const server = useServerValidation(form);
  const mutation = useRecogniseAssessment();
  const blockers = recognitionBlockers(assessment);
  const blocked = blockers.disagreeing.length > 0 || !blockers.standardReached;
  return (
    <Modal
      open
      title={t('recognise.title')}
      okText={t('recognise.ok')}
      cancelText={t('cancel')}
      confirmLoading={mutation.isPending}
      okButtonProps={{ disabled: blocked }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {blocked ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('recognise.blocked')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {blockers.disagreeing.length > 0 ? (
                <li>{t('recognise.disagree', { codes: blockers.disagreeing.join(', ') })}</li>
              ) : null}
              {!blockers.standardReached ? <li>{t('recognise.notReached')}</li> : null}
            </ul>
          }
        />
      ) : null}
      <Form<DecisionValues>
        form={form}
        layout="vertical"
        initialValues={{ issuingBody: t('recognise.issuingBodyDefault') }}
        onValuesChange={server.onValuesChange}
        onFinish={(values) =>
          mutation.mutate(
            { assessment, body: toDecision(values) },
            {
              onSuccess: () => {
                void message.success(t('recognise.done'));
                onClose();
              },
              onError: (error) => {
                if (isApiProblem(error) && error.status === 412) {
                  onClose();
                  onStale(error);
                } else server.report(error);
              },
            },
          )
        }
      >
        <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
        <DecisionFields />
      </Form>
    </Modal>
  );
}
