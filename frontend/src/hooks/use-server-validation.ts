import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';

import { isApiProblem, type FieldProblem } from '@/lib/api-problem';
import { applyProblemToForm, clearEditedFieldErrors, type FormNamePath } from '@/lib/form-problems';

/**
 * Inline validation from the server for one Ant Design form:
 *
 *   const server = useServerValidation(form);
 *   <Form form={form} onValuesChange={server.onValuesChange} onFinish={(v) => save(v).catch(server.report)}>
 *     <ProblemAlert error={server.error} fieldErrors={server.unmatched} />
 *
 * Field errors go under their fields; the others, and the problem's detail, into the alert.
 */
export function useServerValidation(form: FormInstance, fieldMap?: Record<string, FormNamePath>) {
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldProblem[]>([]);

  const report = useCallback(
    (reason: unknown) => {
      setError(reason);
      setUnmatched(
        isApiProblem(reason) ? applyProblemToForm(form, reason, fieldMap).unmatched : [],
      );
    },
    [form, fieldMap],
  );
  const clear = useCallback(() => {
    setError(null);
    setUnmatched([]);
  }, []);
  const onValuesChange = useCallback(
    (changedValues: unknown) => clearEditedFieldErrors(form, changedValues),
    [form],
  );

  return { error, unmatched, report, clear, onValuesChange };
}
