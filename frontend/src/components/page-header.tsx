import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

import { useDocumentTitle } from '@/hooks/use-document-title';

type Props = {
  /** The screen's name: its `<h1>` and the browser tab's title. */
  title: string;
  description?: ReactNode;
  /** Buttons for the page's actions, on the right (wrapping below on a phone). */
  extra?: ReactNode;
};

/** The one `<h1>` of every screen, so screen readers and the route-change focus land on it. */
export function PageHeader({ title, description, extra }: Props) {
  useDocumentTitle(title);
  return (
    <Flex
      component="header"
      justify="space-between"
      align="flex-start"
      wrap
      gap="middle"
      style={{ marginBottom: 24 }}
    >
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {title}
        </Typography.Title>
        {description ? (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {description}
          </Typography.Paragraph>
        ) : null}
      </div>
      {extra ? (
        <Flex gap="small" wrap>
          {extra}
        </Flex>
      ) : null}
    </Flex>
  );
}
