import { Alert, Card, Col, Row, Table, Tag, Typography } from 'antd';

import { LevelTag, useVocabulary } from '@/components/ntm-tags';
import { SectionTitle } from '@/components/section-title';
import { useFormat } from '@/hooks/use-format';
import { useTexts } from '@/lib/i18n/feature-texts';
import type { components } from '@/types/api';

import type { UnitDetail } from '../api/get-scorecard';
import { scorecardTexts } from '../i18n';

type Recognition = components['schemas']['Recognition'];
type LineageLink = components['schemas']['LineageLink'];

/**
 * The unit's own recognitions, its predecessors' (labelled as theirs: a merged unit does not inherit
 * a level, docs/assessment-merger-rule.md), and its lineage between the 2019 and 2025 units.
 */
export function RecognitionHistory({ unit }: { unit: UnitDetail }) {
  const t = useTexts(scorecardTexts);
  const format = useFormat();
  const { label } = useVocabulary();
  const decision = (r: Recognition) => (
    <>
      {r.decisionNumber
        ? t('history.decisionLine', {
            number: r.decisionNumber,
            date: r.decisionDate ? format.date(r.decisionDate) : '—',
          })
        : t('history.noDecision')}
      {r.revocation?.revokedOn ? (
        <Tag color="red" style={{ marginInlineStart: 8 }}>
          {t('history.revoked', { date: format.date(r.revocation.revokedOn) })}
        </Tag>
      ) : null}
    </>
  );
  const columns = [
    {
      key: 'level',
      title: t('history.level'),
      render: (_: unknown, r: Recognition) => <LevelTag level={r.level} />,
    },
    {
      key: 'year',
      title: t('history.year'),
      render: (_: unknown, r: Recognition) => r.year ?? '—',
    },
    {
      key: 'decision',
      title: t('history.decision'),
      render: (_: unknown, r: Recognition) => decision(r),
    },
    {
      key: 'issuer',
      title: t('history.issuer'),
      render: (_: unknown, r: Recognition) => r.issuingBody ?? '—',
    },
    {
      key: 'source',
      title: t('history.source'),
      render: (_: unknown, r: Recognition) =>
        r.source ? (
          <Typography.Text
            type="secondary"
            ellipsis={{ tooltip: r.source }}
            style={{ maxWidth: 220 }}
          >
            {r.source}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];
  const link = (l: LineageLink) =>
    t('history.lineageItem', {
      name: l.name,
      code: l.code,
      kind: label('lineage', l.kind),
      date: l.effectiveOn ? format.date(l.effectiveOn) : '—',
    });
  const predecessors = unit.lineage?.predecessors ?? [];
  const successors = unit.lineage?.successors ?? [];
  return (
    <Card title={<SectionTitle>{t('history.title')}</SectionTitle>} style={{ marginBottom: 16 }}>
      {unit.pilot?.designated ? (
        <Alert
          type="info"
          showIcon
          title={t('history.pilot', {
            date: unit.pilot.designatedOn ? format.date(unit.pilot.designatedOn) : '—',
            basis: unit.pilot.basis ?? '',
          })}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <SectionTitle level={3}>{t('history.own')}</SectionTitle>
      <Table<Recognition>
        size="small"
        style={{ marginTop: 8, marginBottom: 16 }}
        rowKey={(r) => String(r.id)}
        dataSource={[...(unit.recognitions ?? [])]}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('history.noOwn') }}
        columns={columns}
      />
      {(unit.predecessorRecognitions?.length ?? 0) > 0 ? (
        <section aria-label={t('history.predecessors')}>
          <SectionTitle level={3}>{t('history.predecessors')}</SectionTitle>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('history.predecessorsNote')}
          </Typography.Paragraph>
          <Table<components['schemas']['PredecessorRecognition']>
            size="small"
            style={{ marginBottom: 16 }}
            rowKey={(p) => `${p.predecessorCode}-${p.recognition?.id}`}
            dataSource={[...(unit.predecessorRecognitions ?? [])]}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                key: 'of',
                title: t('history.predecessors'),
                render: (_, p) =>
                  t('history.predecessorLabel', {
                    name: p.predecessorName,
                    code: p.predecessorCode,
                  }),
              },
              ...columns.map((c) => ({
                ...c,
                render: (_: unknown, p: components['schemas']['PredecessorRecognition']) =>
                  p.recognition ? c.render(undefined, p.recognition) : '—',
              })),
            ]}
          />
        </section>
      ) : null}
      <SectionTitle level={3}>{t('history.lineage')}</SectionTitle>
      {predecessors.length === 0 && successors.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('history.noLineage')}
        </Typography.Paragraph>
      ) : (
        <Row gutter={16} style={{ marginTop: 8 }}>
          {predecessors.length > 0 ? (
            <Col xs={24} md={12}>
              <Typography.Text strong>{t('history.formedFrom')}</Typography.Text>
              <ul>
                {predecessors.map((l) => (
                  <li key={`${l.code}-${l.validTo}`}>{link(l)}</li>
                ))}
              </ul>
            </Col>
          ) : null}
          {successors.length > 0 ? (
            <Col xs={24} md={12}>
              <Typography.Text strong>{t('history.becameTo')}</Typography.Text>
              <ul>
                {successors.map((l) => (
                  <li key={`${l.code}-${l.validFrom}`}>{link(l)}</li>
                ))}
              </ul>
            </Col>
          ) : null}
        </Row>
      )}
    </Card>
  );
}
