import { Collapse, Descriptions, Typography } from 'antd';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';

import type { CriteriaSetVersion } from '../api/types';
import { useCatalogueT } from '../i18n';
import { structureCounts } from '../utils/version-tree';

import { ProvenanceTag, SourceText } from './provenance-tag';

/** What a version is: its legal basis, level, period, recognition rule, lineage and notes. */
export function VersionSummary({ document }: { document: CriteriaSetVersion }) {
  const t = useCatalogueT();
  const format = useFormat();
  const legal = document.legalBasis ?? {};
  const rule = document.recognitionRule;
  const counts = structureCounts(document);
  const date = (value: string | undefined) => (value ? format.date(value) : '');
  const items = [
    {
      key: 'legal',
      label: t('defects.where.legalBasis'),
      children: (
        <>
          <strong>{legal.number ?? '—'}</strong>
          {legal.date ? ` · ${t('version.legalDate')} ${date(legal.date)}` : ''}
          {legal.issuer ? ` · ${legal.issuer}` : ''}
        </>
      ),
    },
    {
      key: 'effective',
      label: t('version.effective'),
      children: legal.effectiveFrom
        ? t('version.fromTo', {
            from: date(legal.effectiveFrom),
            to: legal.effectiveTo ? date(legal.effectiveTo) : t('version.open'),
          })
        : '—',
    },
    {
      key: 'level',
      label: t('sets.level'),
      children: document.level ? t(`level.${document.level as 'BASIC'}`) : '—',
    },
    { key: 'period', label: t('sets.period'), children: document.period ?? '—' },
    { key: 'region', label: t('version.region'), children: document.region ?? '—' },
    {
      key: 'counts',
      label: t('version.tabTree'),
      children: t('version.counts', {
        groups: format.number(counts.groups),
        criteria: format.number(counts.criteria),
        indicators: format.number(counts.indicators),
      }),
    },
    {
      key: 'rule',
      label: t('version.recognitionRule'),
      span: 'filled' as const,
      children: rule?.kind ? (
        <>
          {rule.kind === 'AT_LEAST'
            ? `${t('version.ruleAtLeast')}: ${rule.minimum ?? '?'}`
            : t('version.ruleAll')}
          {rule.textVi ? (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {rule.textVi}
            </Typography.Paragraph>
          ) : null}
        </>
      ) : (
        <Typography.Text type="danger">{t('version.noRule')}</Typography.Text>
      ),
    },
    {
      key: 'provenance',
      label: t('version.setProvenance'),
      span: document.derivedFrom?.code ? 1 : ('filled' as const),
      children: <ProvenanceTag provenance={document.provenance} />,
    },
    ...(document.derivedFrom?.code
      ? [
          {
            key: 'derived',
            label: t('version.derivedFrom'),
            children: (
              <Link
                to={paths.catalogueVersion(
                  document.derivedFrom.code,
                  document.derivedFrom.version ?? 1,
                )}
              >
                {`${document.derivedFrom.code} v${document.derivedFrom.version ?? ''}`}
              </Link>
            ),
          },
        ]
      : []),
    ...(legal.source
      ? [
          {
            key: 'source',
            label: t('version.legalSource'),
            span: 'filled' as const,
            children: <SourceText text={legal.source} />,
          },
        ]
      : []),
  ];
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 1, md: 2 }}
        items={items}
        styles={{ label: { width: 180 } }}
        style={{ marginBottom: 12 }}
      />
      {document.notes ? (
        <Collapse
          size="small"
          items={[
            {
              key: 'notes',
              label: t('version.showNotes'),
              children: (
                <Typography.Paragraph
                  style={{ whiteSpace: 'pre-wrap', margin: 0, wordBreak: 'break-word' }}
                >
                  <SourceText text={document.notes} />
                </Typography.Paragraph>
              ),
            },
          ]}
        />
      ) : null}
    </>
  );
}
