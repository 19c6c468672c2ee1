import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

import { isApiProblem, type FieldProblem } from '@/lib/api-problem';

type Props = {
  /** What a query or mutation failed with: an ApiProblem, or anything else thrown. */
  error: unknown;
  /** Field errors to list; defaults to all of the problem's. Pass `unmatched` from the form helper. */
  fieldErrors?: readonly FieldProblem[];
  /** Human names for server field paths, e.g. `{ 'groups[0].code': 'Mã nhóm' }`. */
  fieldLabels?: Record<string, string>;
  onClose?: () => void;
};

const KNOWN_STATUSES = [
  '400',
  '401',
  '403',
  '404',
  '409',
  '412',
  '422',
  '428',
  '500',
  '503',
] as const;

/** A write whose commit lost its database connection: it may or may not be saved (docs/decisions/0083). */
const OUTCOME_UNKNOWN = '/problems/outcome-unknown';

/**
 * Shows a problem+json answer: a translated summary by status, the server's own detail (which
 * names the incident id on a 500), and each refused field with its message.
 */
export function ProblemAlert({ error, fieldErrors, fieldLabels = {}, onClose }: Props) {
  const { t } = useTranslation();
  if (!error) return null;

  let title: string;
  let detail: string | undefined;
  let fields: readonly FieldProblem[] = [];
  if (isApiProblem(error)) {
    const status = String(error.status);
    title = error.isNetworkError
      ? t('problem.network')
      : error.type === OUTCOME_UNKNOWN
        ? t('problem.outcomeUnknown')
        : (KNOWN_STATUSES as readonly string[]).includes(status)
          ? t(`problem.status.${status as (typeof KNOWN_STATUSES)[number]}`)
          : t('problem.status.other');
    detail = error.isNetworkError ? undefined : error.detail;
    fields = fieldErrors ?? error.errors;
  } else {
    title = t('problem.status.other');
    detail = error instanceof Error ? error.message : undefined;
  }

  const description =
    detail || fields.length > 0 ? (
      <>
        {detail ? <p style={{ margin: 0 }}>{detail}</p> : null}
        {fields.length > 0 ? (
          <>
            <p style={{ margin: '8px 0 0' }}>{t('problem.fieldErrors')}</p>
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {fields.map((field, index) => (
                <li key={`${field.field}-${index}`}>
                  {field.field ? <strong>{fieldLabels[field.field] ?? field.field}</strong> : null}
                  {field.field ? ': ' : null}
                  {field.message}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </>
    ) : undefined;

  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={description}
      {...(onClose ? { closable: { onClose, 'aria-label': t('problem.close') } } : {})}
      style={{ marginBottom: 16 }}
    />
  );
}
