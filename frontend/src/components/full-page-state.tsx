import { Flex, Result, Spin } from 'antd';
import type { ReactNode } from 'react';

/** Before the shell exists (config, login): a centred spinner with a text for screen readers. */
export function FullPageLoading({ label }: { label: string }) {
  return (
    <Flex
      justify="center"
      align="center"
      style={{ minHeight: '100vh' }}
      role="status"
      aria-live="polite"
    >
      <Spin size="large" description={label} aria-label={label} />
    </Flex>
  );
}

export function FullPageMessage({
  status,
  title,
  subTitle,
  extra,
}: {
  status: 'error' | 'info' | 'success' | 'warning' | '403' | '404' | '500';
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 16 }}>
      <main>
        <Result
          status={status}
          title={<h1 className="ntm-result-title">{title}</h1>}
          subTitle={subTitle}
          extra={extra}
        />
      </main>
    </Flex>
  );
}
