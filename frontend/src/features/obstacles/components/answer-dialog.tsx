import { App, Form, Input, Modal } from 'antd';

import { ProblemAlert } from '@/components/problem-alert';
import { useServerValidation } from '@/hooks/use-server-validation';
import { isApiProblem } from '@/lib/api-problem';
import { useTexts } from '@/lib/i18n/feature-texts';

import { useAnswerObstacle, type Obstacle } from '../api/obstacles';
import { obstaclesTexts } from '../i18n';

/** The coordination office answers an obstacle; the server's field errors go under the field. */
export function AnswerDialog({
  obstacle,
  onClose,
  onStale,
}: {
  obstacle: Obstacle;
  onClose: () => void;
  onStale: (error: unknown) => void;
}) {
  const t = useTexts(obstaclesTexts);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ answer: string }>();
  const server = useServerValidation(form);
  const mutation = useAnswerObstacle();
  return (
    <Modal
      open
      title={t('answer.title', { title: obstacle.title ?? '' })}
      okText={t('answer.ok')}
      cancelText={t('cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ answer: obstacle.answer ?? '' }}
        onValuesChange={server.onValuesChange}
        onFinish={(values) =>
          mutation.mutate(
            { obstacle, answer: values.answer.trim() },
            {
              onSuccess: () => {
                void message.success(t('answer.done'));
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
        <Form.Item
          name="answer"
          label={t('answer.label')}
          rules={[{ required: true, whitespace: true, message: t('answer.required') }]}
        >
          <Input.TextArea rows={5} maxLength={4000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
