import { Alert, Button, Flex, Typography } from 'antd';

import type { CriteriaSetDocument } from '../api/types';
import { useCatalogueT } from '../i18n';
import { describeDefectPlace, type Defect } from '../utils/defects';

/**
 * Every defect the service found when asked to publish (422), each named by its place in the
 * version and with a button that opens the editor of exactly that place.
 */
export function PublishDefects({
  defects,
  document,
  editable,
  onFix,
  onClose,
}: {
  defects: readonly Defect[];
  document: CriteriaSetDocument;
  editable: boolean;
  onFix: (defect: Defect) => void;
  onClose: () => void;
}) {
  const t = useCatalogueT();
  if (defects.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('defects.title', { count: defects.length })}
      closable={{ onClose, 'aria-label': t('defects.close') }}
      style={{ marginBottom: 16 }}
      description={
        <>
          <p style={{ margin: '0 0 8px' }}>{t('defects.intro')}</p>
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {defects.map((defect, index) => {
              const place = describeDefectPlace(defect, document, t);
              return (
                <li key={`${defect.field}-${index}`} style={{ marginBottom: 8 }}>
                  <Flex gap={12} align="flex-start" justify="space-between" wrap>
                    <div style={{ minWidth: 0, flex: '1 1 320px' }}>
                      <Typography.Text strong>{place}</Typography.Text>
                      <div>
                        {defect.message}{' '}
                        <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
                          {defect.field}
                        </Typography.Text>
                      </div>
                    </div>
                    {editable ? (
                      <Button
                        size="small"
                        onClick={() => onFix(defect)}
                        aria-label={`${t('defects.fix')}: ${place}`}
                      >
                        {t('defects.fix')}
                      </Button>
                    ) : null}
                  </Flex>
                </li>
              );
            })}
          </ol>
        </>
      }
    />
  );
}
