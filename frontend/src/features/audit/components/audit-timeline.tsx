import { Collapse, Timeline, Typography } from 'antd';

import { ListEmpty, ListError, ListLoading } from '@/components/list-state';
import { useVocabulary } from '@/components/ntm-tags';
import { useFormat } from '@/hooks/use-format';
import { useTexts, type TextKey } from '@/lib/i18n/feature-texts';

import { useAssessmentAudit, type AuditEntry } from '../api/get-audit';
import { auditTexts, vi } from '../i18n';

/** The `state` a before/after snapshot names, if any. */
function stateOf(snapshot: string | null | undefined): string | null {
  if (!snapshot) return null;
  try {
    const parsed: unknown = JSON.parse(snapshot);
    return parsed && typeof parsed === 'object' && 'state' in parsed ? String(parsed.state) : null;
  } catch {
    return null;
  }
}

function valueCount(snapshot: string | null | undefined): number | null {
  try {
    const parsed: unknown = snapshot ? JSON.parse(snapshot) : null;
    if (parsed && typeof parsed === 'object' && !('state' in parsed))
      return Object.keys(parsed).length;
  } catch {
    return null;
  }
  return null;
}

const COLOURS: Record<string, string> = {
  'assessment.submit': 'blue',
  'assessment.appraise': 'cyan',
  'assessment.return': 'orange',
  'assessment.recognise': 'green',
  'evidence.delete': 'red',
};

/** Audit entries as a timeline: who, when, what, from-state → to-state, reason; details on demand. */
export function AuditEntries({ entries }: { entries: readonly AuditEntry[] }) {
  const t = useTexts(auditTexts);
  const format = useFormat();
  const { label } = useVocabulary();
  if (entries.length === 0) return <ListEmpty description={t('timeline.empty')} />;
  const actionLabel = (action: string | undefined) => {
    const key = (action ?? '').replace('.', '_');
    return key in vi.timeline.action
      ? t(`timeline.action.${key}` as TextKey<typeof vi>)
      : (action ?? '');
  };
  return (
    <Timeline
      items={entries.map((e) => {
        const from = stateOf(e.before);
        const to = stateOf(e.after);
        const values =
          e.action === 'assessment.values' || e.action === 'assessment.import'
            ? valueCount(e.after)
            : null;
        return {
          key: String(e.seq),
          color: COLOURS[e.action ?? ''] ?? 'gray',
          content: (
            <div data-testid="audit-entry" data-action={e.action}>
              <Typography.Text strong>{actionLabel(e.action)}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                — {e.actor}, {e.at ? format.dateTime(e.at) : ''}
              </Typography.Text>
              {from || to ? (
                <div>
                  {t('timeline.transition', {
                    from: from ? label('state', from) : '—',
                    to: to ? label('state', to) : '—',
                  })}
                </div>
              ) : null}
              {values !== null ? <div>{t('timeline.values', { count: values })}</div> : null}
              {e.reason ? (
                <div>
                  {e.action === 'assessment.appraise'
                    ? t('timeline.verdict', { text: e.reason })
                    : t('timeline.reason', { reason: e.reason })}
                </div>
              ) : null}
              {e.before || e.after ? (
                <Collapse
                  ghost
                  size="small"
                  items={[
                    {
                      key: 'd',
                      label: t('timeline.details'),
                      children: (
                        <div style={{ fontSize: 12, overflowX: 'auto' }}>
                          {e.before ? (
                            <div>
                              <strong>{t('timeline.before')}:</strong> <code>{e.before}</code>
                            </div>
                          ) : null}
                          {e.after ? (
                            <div>
                              <strong>{t('timeline.after')}:</strong>{' '}
                              <code style={{ wordBreak: 'break-all' }}>{e.after}</code>
                            </div>
                          ) : null}
                        </div>
                      ),
                    },
                  ]}
                />
              ) : null}
            </div>
          ),
        };
      })}
    />
  );
}

/** An assessment's history as a timeline (the "Lịch sử" tab). */
export function AssessmentTimeline({ assessmentId }: { assessmentId: number }) {
  const query = useAssessmentAudit(assessmentId);
  if (query.isPending) return <ListLoading />;
  if (query.isError) return <ListError error={query.error} onRetry={() => void query.refetch()} />;
  return <AuditEntries entries={query.data} />;
}
