import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Empty, Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from './problem-alert';

export function ListLoading({ label }: { label?: string }) {
  const { t } = useTranslation();
  const text = label ?? t('states.loading');
  return (
    <Flex justify="center" style={{ padding: 48 }} role="status" aria-live="polite">
      <Spin description={text} aria-label={text} />
    </Flex>
  );
}

export function ListEmpty({
  description,
  action,
}: {
  description?: ReactNode;
  action?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Empty description={description ?? t('states.empty')} style={{ padding: 32 }}>
      {action}
    </Empty>
  );
}

export function ListError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div>
      <ProblemAlert error={error} />
      {onRetry ? <Button onClick={onRetry}>{t('states.retry')}</Button> : null}
    </div>
  );
}

type QueryListProps<T> = {
  query: Pick<UseQueryResult<T>, 'data' | 'error' | 'isPending' | 'isError' | 'refetch'>;
  isEmpty: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
};

/** Every list's three states in one place: loading, error (with retry), empty, then the list. */
export function QueryList<T>({ query, isEmpty, empty, children }: QueryListProps<T>) {
  if (query.isPending) return <ListLoading />;
  if (query.isError) return <ListError error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data as T;
  if (isEmpty(data)) return empty ?? <ListEmpty />;
  return children(data);
}
