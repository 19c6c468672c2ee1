import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input } from 'antd';
import { useSearchParams } from 'react-router';

import { ListError, ListLoading } from '@/components/list-state';
import { PageHeader } from '@/components/page-header';
import { useFormat } from '@/hooks/use-format';
import { useTexts } from '@/lib/i18n/feature-texts';

import { useUnitAudit, useVerifyChain } from '../api/get-audit';
import { auditTexts } from '../i18n';

import { AuditEntries } from './audit-timeline';

/** The office's audit log: everything about one unit, and a check that nobody altered the chain. */
export function AuditPage() {
  const t = useTexts(auditTexts);
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const code = params.get('unit') ?? undefined;
  const audit = useUnitAudit(code);
  const verify = useVerifyChain();
  return (
    <>
      <PageHeader
        title={t('page.title')}
        description={t('page.intro')}
        extra={
          <Button
            icon={<SafetyCertificateOutlined />}
            loading={verify.isFetching}
            onClick={() => void verify.refetch()}
          >
            {t('page.verify')}
          </Button>
        }
      />
      {verify.data ? (
        <Alert
          role="status"
          type={verify.data.intact ? 'success' : 'error'}
          showIcon
          style={{ marginBottom: 16 }}
          title={
            verify.data.intact
              ? t('page.intact', { checked: format.number(verify.data.entriesChecked ?? 0) })
              : t('page.broken', {
                  seq: verify.data.firstBrokenSeq,
                  detail: verify.data.detail ?? '',
                })
          }
        />
      ) : null}
      {verify.isError ? <ListError error={verify.error} /> : null}
      <Card>
        <Form
          layout="inline"
          initialValues={{ unit: code }}
          onFinish={(v: { unit: string }) => setParams({ unit: v.unit.trim() })}
        >
          <Form.Item
            name="unit"
            label={t('page.unit')}
            rules={[
              { required: true, pattern: /^\s*(\d{3}|\d{5})\s*$/, message: t('page.invalid') },
            ]}
          >
            <Input
              placeholder={t('page.unitPlaceholder')}
              style={{ width: 160 }}
              inputMode="numeric"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('page.show')}
          </Button>
        </Form>
        <Flex vertical style={{ marginTop: 24 }}>
          {!code ? <Alert type="info" title={t('page.prompt')} /> : null}
          {code && audit.isPending ? <ListLoading /> : null}
          {audit.isError ? (
            <ListError error={audit.error} onRetry={() => void audit.refetch()} />
          ) : null}
          {audit.data ? <AuditEntries entries={audit.data} /> : null}
        </Flex>
      </Card>
    </>
  );
}
