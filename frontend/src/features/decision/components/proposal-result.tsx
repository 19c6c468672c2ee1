import { Alert, Card, Col, Flex, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { ChartWithTable, type ChartColumn } from '@/components/chart-with-table';
import { useFormat } from '@/hooks/use-format';
import { useLanguage } from '@/hooks/use-language';
import { useTexts } from '@/lib/i18n/feature-texts';

import type { CommuneChoice, Proposal } from '../api/types';
import { decisionTexts } from '../i18n';

/** Sums the proposal's lines by one of their codes, largest first. */
export function sumLinesBy(proposal: Proposal, key: 'fieldCode' | 'sourceCode' | 'unitCode') {
  const totals = new Map<string, number>();
  for (const line of proposal.lines)
    totals.set(line[key], (totals.get(line[key]) ?? 0) + line.amount);
  return [...totals]
    .map(([code, amount]) => ({ code, amount }))
    .sort((a, b) => b.amount - a.amount);
}

/**
 * What the optimiser proposes: the headline figures, each chosen commune with the gateway's own
 * explanation, money by source and by field, and the lines that would become draft allocations.
 */
export function ProposalResult({
  proposal,
  sourceName,
  fieldName,
}: {
  proposal: Proposal;
  sourceName: (code: string) => string;
  fieldName: (code: string) => string;
}) {
  const t = useTexts(decisionTexts);
  const format = useFormat();
  const [lang] = useLanguage();
  const m = (v: number) => format.moneyAmount(v, 'million');
  const funded = useMemo(
    () => proposal.communes.filter((c) => c.cost > 0 || c.reachesStandard),
    [proposal.communes],
  );
  const columns: ChartColumn<CommuneChoice>[] = [
    {
      key: 'name',
      title: t('result.communeCol'),
      render: (c) => (
        <>
          {c.name}
          {c.pilot ? (
            <Tag color="magenta" style={{ marginLeft: 8 }}>
              {t('pilot')}
            </Tag>
          ) : null}
        </>
      ),
    },
    {
      key: 'met',
      title: t('result.criteriaMet'),
      numeric: true,
      render: (c) => `${c.criteriaMet}/${c.criteriaRequired}`,
    },
    {
      key: 'reaches',
      title: t('result.reaches'),
      render: (c) => (c.reachesStandard ? t('yes') : t('no')),
    },
    { key: 'closed', title: t('result.closed'), render: (c) => c.criteriaClosed.join(', ') },
    { key: 'cost', title: t('result.cost'), numeric: true, render: (c) => m(c.cost) },
    {
      key: 'why',
      title: t('result.why'),
      render: (c) => (lang === 'vi' ? c.explanationVi : c.explanationEn),
    },
  ];
  const bySource = proposal.sources;
  const byField = sumLinesBy(proposal, 'fieldCode');
  const names = new Map(proposal.communes.map((c) => [c.unitCode, c.name]));
  return (
    <Flex vertical gap={16}>
      <Card title={t('result.title')}>
        {proposal.feasible ? null : (
          <Alert
            type="warning"
            showIcon
            title={t('result.infeasible')}
            style={{ marginBottom: 16 }}
          />
        )}
        <Row gutter={[16, 16]}>
          <Col xs={12} lg={4}>
            <Statistic title={t('result.communesReached')} value={proposal.score.communesReached} />
          </Col>
          <Col xs={12} lg={4}>
            <Statistic title={t('result.pilotsReached')} value={proposal.score.pilotsReached} />
          </Col>
          <Col xs={12} lg={4}>
            <Statistic title={t('result.criteriaClosed')} value={proposal.score.criteriaClosed} />
          </Col>
          <Col xs={12} lg={6}>
            <Statistic title={t('result.proposed')} value={format.money(proposal.proposedTotal)} />
          </Col>
          <Col xs={24} lg={6}>
            <Statistic
              title={t('result.infrastructure')}
              value={format.money(proposal.infrastructureProposed)}
              suffix={
                proposal.infrastructureCap === null ||
                proposal.infrastructureCap === undefined ? null : (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('result.cap', { money: format.money(proposal.infrastructureCap) })}
                  </Typography.Text>
                )
              }
            />
          </Col>
        </Row>
        <Typography.Paragraph style={{ marginTop: 16 }}>
          {t('result.method')}: {t(`result.methods.${proposal.method}`)}.{' '}
          {proposal.provenOptimal ? t('result.proven') : t('result.notProven')}
        </Typography.Paragraph>
        <Typography.Paragraph data-testid="proposal-summary">
          {lang === 'vi' ? proposal.summaryVi : proposal.summaryEn}
        </Typography.Paragraph>
      </Card>
      {funded.length === 0 ? (
        <Alert type="info" title={t('result.noCommunes')} />
      ) : (
        <ChartWithTable
          title={t('result.byCommune')}
          description={t('result.byCommuneIntro')}
          rows={funded}
          rowKey={(c) => c.unitCode}
          columns={columns}
          defaultView="table"
          chart={
            <ResponsiveContainer
              width="100%"
              height={Math.max(220, funded.length * 36 + 60)}
              initialDimension={{ width: 600, height: 300 }}
            >
              <BarChart
                data={funded.map((c) => ({ name: c.name, cost: c.cost / 1e6 }))}
                layout="vertical"
                margin={{ left: 8, right: 24 }}
              >
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis
                  type="number"
                  tickFormatter={(v: number) => format.number(v, { maximumFractionDigits: 0 })}
                />
                <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} />
                <Tooltip
                  formatter={(value) =>
                    `${format.number(Number(value), { maximumFractionDigits: 1 })} ${t('millions')}`
                  }
                />
                <Bar dataKey="cost" name={t('result.cost')} fill="#1677ff" />
              </BarChart>
            </ResponsiveContainer>
          }
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('result.bySource')}>
            <Table
              size="small"
              pagination={false}
              rowKey="sourceCode"
              dataSource={bySource}
              columns={[
                {
                  title: t('proposal.source'),
                  dataIndex: 'sourceCode',
                  render: (code: string) => sourceName(code),
                },
                {
                  title: `${t('result.available')} (${t('millions')})`,
                  dataIndex: 'available',
                  align: 'right',
                  render: (v: number) => m(v),
                },
                {
                  title: `${t('result.used')} (${t('millions')})`,
                  dataIndex: 'proposed',
                  align: 'right',
                  render: (v: number) => m(v),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('result.byField')}>
            <Table
              size="small"
              pagination={false}
              rowKey="code"
              dataSource={byField}
              columns={[
                {
                  title: t('result.field'),
                  dataIndex: 'code',
                  render: (c: string) => fieldName(c),
                },
                {
                  title: t('result.cost'),
                  dataIndex: 'amount',
                  align: 'right',
                  render: (v: number) => m(v),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card title={t('result.lines')}>
        <Table
          size="small"
          rowKey={(l) => `${l.unitCode}|${l.criterionCode}|${l.fieldCode}|${l.sourceCode}`}
          dataSource={proposal.lines}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            {
              title: t('result.communeCol'),
              dataIndex: 'unitCode',
              render: (code: string) => names.get(code) ?? code,
            },
            { title: t('result.criterion'), dataIndex: 'criterionCode' },
            {
              title: t('result.field'),
              dataIndex: 'fieldCode',
              render: (c: string) => fieldName(c),
            },
            {
              title: t('proposal.source'),
              dataIndex: 'sourceCode',
              render: (c: string) => sourceName(c),
            },
            {
              title: t('result.cost'),
              dataIndex: 'amount',
              align: 'right',
              render: (v: number) => m(v),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
