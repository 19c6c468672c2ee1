import type { FormInstance } from 'antd';

import type { ApiProblem, FieldProblem } from './api-problem';

export type FormNamePath = (string | number)[];

/**
 * The server names a refused field by its JSON path (`groups[0].criteria[2].code`, see
 * service-commons ProblemMappers); Ant Design names it by a path array.
 */
export function toNamePath(field: string): FormNamePath {
  const path: FormNamePath = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) path.push(Number(match[2]));
    else if (match[1] !== undefined) path.push(match[1]);
  }
  return path;
}

const key = (path: FormNamePath) => JSON.stringify(path);

export type AppliedProblem = {
  /** Field errors now shown inline under their form fields. */
  matched: FieldProblem[];
  /** Field errors with no such field in the form: show them in a `ProblemAlert`. */
  unmatched: FieldProblem[];
};

/**
 * Puts each `errors[].field` of a problem+json answer under the matching form field, the way a
 * client-side rule would. `fieldMap` renames server fields whose form name differs.
 * The errors disappear when the user edits the field (Ant Design re-validates on change).
 */
export function applyProblemToForm(
  form: FormInstance,
  problem: ApiProblem,
  fieldMap: Record<string, FormNamePath> = {},
): AppliedProblem {
  // Every registered field is listed by getFieldsError(), so this is the form's set of names.
  const registered = new Set(form.getFieldsError().map((entry) => key(entry.name)));
  const byField = new Map<string, { name: FormNamePath; errors: string[] }>();
  const matched: FieldProblem[] = [];
  const unmatched: FieldProblem[] = [];
  for (const error of problem.errors) {
    const name = fieldMap[error.field] ?? toNamePath(error.field);
    const id = key(name);
    if (name.length > 0 && registered.has(id)) {
      const entry = byField.get(id) ?? { name, errors: [] };
      entry.errors.push(error.message);
      byField.set(id, entry);
      matched.push(error);
    } else {
      unmatched.push(error);
    }
  }
  form.setFields([...byField.values()]);
  const first = byField.values().next();
  if (!first.done) form.scrollToField(first.value.name, { block: 'center', focus: true });
  return { matched, unmatched };
}

/** The name paths of the leaves of `onValuesChange`'s `changedValues` (nested, sparse arrays). */
export function changedNamePaths(changed: unknown, prefix: FormNamePath = []): FormNamePath[] {
  if (Array.isArray(changed)) {
    const paths: FormNamePath[] = [];
    // Sparse arrays: only the indexes that changed are present.
    changed.forEach((value, index) => paths.push(...changedNamePaths(value, [...prefix, index])));
    return paths;
  }
  if (changed !== null && typeof changed === 'object' && !(changed instanceof Date)) {
    const entries = Object.entries(changed);
    if (entries.length === 0) return [prefix];
    return entries.flatMap(([name, value]) => changedNamePaths(value, [...prefix, name]));
  }
  return [prefix];
}

/**
 * Removes the errors of the fields the user just edited: a server complaint is about the value
 * that was sent, not the one being typed. For `<Form onValuesChange>`.
 */
export function clearEditedFieldErrors(form: FormInstance, changedValues: unknown): void {
  const edited = changedNamePaths(changedValues).filter(
    (name) => name.length > 0 && form.getFieldError(name).length > 0,
  );
  if (edited.length > 0) form.setFields(edited.map((name) => ({ name, errors: [] })));
}
