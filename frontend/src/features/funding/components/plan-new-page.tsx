import { ArrowLeftOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { LAST_DISTRICT_DAY, PROVINCE_CODE } from '@/config/programme';
import { useServerValidation } from '@/hooks/use-server-validation';
import { useUnits } from '@/hooks/use-unit-names';
import { useUser } from '@/lib/auth/auth-context';
import { useTexts } from '@/lib/i18n/feature-texts';

import { useCreatePlan, useFundingSources, useSpendingFields } from '../api/funding';
import { fundingTexts } from '../i18n';

import { amountOf, MoneyField } from './money-field';

type LineValues = {
  sourceCode: string;
  fieldCode: string;
  criterionCode?: string;
  amount: string;
  note?: string;
};
export type NewPlanValues = {
  unitCode: string;
  year: number;
  title?: string;
  note?: string;
  lines: LineValues[];
};

/**
 * A new capital plan, saved as a draft: the unit (the province, a district, or a commune of the
 * officer's district), the year, and its lines (source, field, amount in đồng). The service's field
 * errors (`lines[0].amount`) land under their fields.
 */
export function PlanNewPage() {
  const t = useTexts(fundingTexts);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useUser();
  const [form] = Form.useForm<NewPlanValues>();
  const server = useServerValidation(form);
  const create = useCreatePlan();
  const sources = useFundingSources();
  const fields = useSpendingFields();
  const districts = useUnits('DISTRICT', LAST_DISTRICT_DAY);
  const communes = useUnits('COMMUNE', LAST_DISTRICT_DAY);
  const unitOptions = useMemo(() => {
    if (user.districtCode) {
      const mine = (districts.data?.items ?? []).filter((d) => d.code === user.districtCode);
      const own = (communes.data?.items ?? []).filter((c) => c.parentCode === user.districtCode);
      return [...mine, ...own].map((u) => ({
        value: u.code ?? '',
        label: `${u.name ?? ''} (${u.code ?? ''})`,
      }));
    }
    return [
      { value: PROVINCE_CODE, label: t('newPlan.province') },
      ...(districts.data?.items ?? []).map((u) => ({
        value: u.code ?? '',
        label: `${u.name ?? ''} (${u.code ?? ''})`,
      })),
    ];
  }, [communes.data, districts.data, t, user.districtCode]);

  return (
    <>
      <Link to={paths.funding}>
        <ArrowLeftOutlined /> {t('plan.back')}
      </Link>
      <PageHeader title={t('newPlan.title')} />
      <Card>
        <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
        <Form<NewPlanValues>
          form={form}
          layout="vertical"
          initialValues={{
            year: new Date().getFullYear(),
            unitCode: user.districtCode ?? PROVINCE_CODE,
            lines: [{}],
          }}
          onValuesChange={server.onValuesChange}
          onFinish={(values) =>
            create.mutate(
              {
                unitCode: values.unitCode,
                year: values.year,
                ...(values.title?.trim() ? { title: values.title.trim() } : {}),
                ...(values.note?.trim() ? { note: values.note.trim() } : {}),
                lines: values.lines.map((line) => ({
                  sourceCode: line.sourceCode,
                  fieldCode: line.fieldCode,
                  amount: amountOf(line.amount),
                  ...(line.criterionCode?.trim()
                    ? { criterionCode: line.criterionCode.trim() }
                    : {}),
                  ...(line.note?.trim() ? { note: line.note.trim() } : {}),
                })),
              },
              {
                onSuccess: (id) => {
                  void message.success(t('newPlan.done'));
                  void navigate(id ? paths.fundingPlan(id) : paths.funding);
                },
                onError: server.report,
              },
            )
          }
        >
          <Flex wrap gap={16}>
            <Form.Item
              name="unitCode"
              label={t('newPlan.unit')}
              rules={[{ required: true, message: t('newPlan.unitRequired') }]}
              style={{ flex: '1 1 260px' }}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={unitOptions}
                loading={districts.isPending}
              />
            </Form.Item>
            <Form.Item
              name="year"
              label={t('newPlan.year')}
              rules={[{ required: true }]}
              style={{ flex: '0 1 140px' }}
            >
              <InputNumber min={2016} max={2100} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="title" label={t('newPlan.heading')} style={{ flex: '2 1 320px' }}>
              <Input maxLength={300} />
            </Form.Item>
          </Flex>
          <Form.Item name="note" label={t('newPlan.note')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('newPlan.lines')}
          </Typography.Title>
          <Form.List
            name="lines"
            rules={[
              {
                validator: (_, lines: unknown[] | undefined) =>
                  lines && lines.length > 0
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('newPlan.noLines'))),
              },
            ]}
          >
            {(items, { add, remove }, { errors }) => (
              <>
                {items.map((item, index) => (
                  <Card
                    key={item.key}
                    size="small"
                    style={{ marginBottom: 12 }}
                    title={`${t('plan.lineNo')} ${index + 1}`}
                    extra={
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('newPlan.removeLine', { n: index + 1 })}
                        onClick={() => remove(item.name)}
                      />
                    }
                  >
                    <Flex wrap gap={12}>
                      <Form.Item
                        name={[item.name, 'sourceCode']}
                        label={t('newPlan.source')}
                        rules={[{ required: true, message: t('newPlan.sourceRequired') }]}
                        style={{ flex: '1 1 240px' }}
                      >
                        <Select
                          showSearch={{ optionFilterProp: 'label' }}
                          loading={sources.isPending}
                          options={(sources.data ?? []).map((s) => ({
                            value: s.code ?? '',
                            label: s.nameVi ?? s.code ?? '',
                          }))}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[item.name, 'fieldCode']}
                        label={t('newPlan.field')}
                        rules={[{ required: true, message: t('newPlan.fieldRequired') }]}
                        style={{ flex: '1 1 240px' }}
                      >
                        <Select
                          showSearch={{ optionFilterProp: 'label' }}
                          loading={fields.isPending}
                          options={(fields.data ?? []).map((f) => ({
                            value: f.code ?? '',
                            label: `${f.code ?? ''} — ${f.nameVi ?? ''}`,
                          }))}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[item.name, 'criterionCode']}
                        label={t('newPlan.criterion')}
                        style={{ flex: '0 1 140px' }}
                      >
                        <Input />
                      </Form.Item>
                      <div style={{ flex: '1 1 240px' }}>
                        <MoneyField
                          name={[item.name, 'amount']}
                          watchName={['lines', item.name, 'amount']}
                          label={t('money')}
                        />
                      </div>
                    </Flex>
                  </Card>
                ))}
                <Form.ErrorList errors={errors} />
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({})}
                  style={{ marginBottom: 16 }}
                >
                  {t('newPlan.addLine')}
                </Button>
              </>
            )}
          </Form.List>
          <Flex gap={8} justify="end">
            <Button onClick={() => void navigate(paths.funding)}>{t('newPlan.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('newPlan.save')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
