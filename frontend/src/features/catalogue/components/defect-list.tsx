import { Alert } from 'antd';

import { useCatalogueT } from '../i18n';

/** The publication defects of what an editor shows, at its top. */
export function DefectList({ messages }: { messages: readonly string[] }) {
  const t = useCatalogueT();
  if (messages.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={t('defects.marker')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
