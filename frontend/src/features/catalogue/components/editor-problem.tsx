import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';

import { ProblemAlert } from '@/components/problem-alert';
import { isApiProblem, type FieldProblem } from '@/lib/api-problem';

import { useCatalogueT } from '../i18n';

/**
 * A refused save. A 412 (someone else saved first) offers to load their version: the form keeps
 * what the user typed, and the next save sends the new ETag. Anything else: the problem, with the
 * field errors that found no field in the form.
 */
export function EditorProblem({
  error,
  unmatched,
  onReload,
}: {
  error: unknown;
  unmatched: readonly FieldProblem[];
  onReload: () => Promise<unknown>;
}) {
  const t = useCatalogueT();
  const [reloadedFor, setReloadedFor] = useState<unknown>(null);
  if (!error) return null;
  if (isApiProblem(error) && error.status === 412) {
    return reloadedFor === error ? (
      <Alert type="info" showIcon title={t('version.reloaded')} style={{ marginBottom: 16 }} />
    ) : (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t('version.stale')}
        action={
          <Button
            size="small"
            icon={<ReloadOutlined />}
            onClick={() => void onReload().then(() => setReloadedFor(error))}
          >
            {t('version.reloadLatest')}
          </Button>
        }
        style={{ marginBottom: 16 }}
      />
    );
  }
  return <ProblemAlert error={error} fieldErrors={unmatched} />;
}
