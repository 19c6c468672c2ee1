import { Alert } from 'antd';

import { defineTexts, useTexts } from '@/lib/i18n/feature-texts';

const texts = defineTexts(
  'degraded',
  {
    title: 'Một phần số liệu chưa lấy được',
    body: 'Không lấy được: {{parts}}. Các phần đó để trống (không phải bằng 0). Tải lại sau ít phút.',
    part: {
      funding: 'nguồn vốn (dịch vụ nguồn vốn)',
      assessment: 'đánh giá, công nhận (dịch vụ đánh giá)',
      criteria: 'bộ tiêu chí (dịch vụ bộ tiêu chí)',
    },
  },
  {
    title: 'Some figures could not be fetched',
    body: 'Not available: {{parts}}. Those parts are left empty (not zero). Reload in a few minutes.',
    part: {
      funding: 'funding (funding service)',
      assessment: 'assessments and recognitions (assessment service)',
      criteria: 'criteria sets (criteria service)',
    },
  },
);

/** A composed view (gateway) names the services it could not reach in `degraded`: say so plainly. */
export function DegradedAlert({ degraded }: { degraded: readonly string[] | null | undefined }) {
  const t = useTexts(texts);
  if (!degraded || degraded.length === 0) return null;
  const known = ['funding', 'assessment', 'criteria'] as const;
  const parts = degraded
    .map((part) =>
      (known as readonly string[]).includes(part)
        ? t(`part.${part as (typeof known)[number]}`)
        : part,
    )
    .join(', ');
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={t('title')}
      description={t('body', { parts })}
      style={{ marginBottom: 16 }}
    />
  );
}

/** Whether a part of a composed view is missing because its service did not answer. */
export function isDegraded(degraded: readonly string[] | null | undefined, part: string): boolean {
  return degraded?.includes(part) ?? false;
}
