import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';

import { useApiClient } from '@/lib/api-context';
import { isApiProblem } from '@/lib/api-problem';
import { queryKeys } from '@/lib/query-keys';

import { etagOf, fetchAssessment, type Assessment } from '../api/get-assessment';
import { saveValue, type IndicatorValueInput } from '../api/save-value';

import { draftStore, type Draft } from './draft-store';

export type FieldState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** The service refused the value (400, `values.<code>`): shown under the field. */
  | { kind: 'invalid'; message: string; value: unknown }
  /** Not saved (network, server error, not editable any more): the value is kept as a draft. */
  | { kind: 'failed'; message?: string | undefined; restored?: boolean }
  /** Someone else changed this very indicator meanwhile: the user chooses. */
  | { kind: 'conflict'; theirs: unknown };

export type Notice = {
  kind: 'reloaded' | 'conflict' | 'notEditable';
  code: string;
  detail?: string;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function serverEntry(assessment: Assessment | undefined, code: string) {
  return assessment?.values?.find((v) => v.indicatorCode === code);
}

/**
 * Saves each value as it is entered (`PUT …/values/{code}` with `If-Match`), one write at a time
 * so every write carries the version the previous one produced.
 *
 * - A 412 (someone else changed the assessment) reloads it. If that person did not touch this
 *   indicator, the value is saved again on the new version and the user told; if they did, the
 *   user picks "mine" or "theirs". Nothing typed is dropped silently.
 * - Until a value is saved it is kept in sessionStorage, so a reload or a lost connection loses
 *   nothing: the screen offers to save those values again.
 */
export function useAutosave(assessment: Assessment) {
  const id = assessment.id ?? 0;
  const client = useApiClient();
  const queryClient = useQueryClient();
  const etag = useRef(etagOf(assessment));
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const [states, setStates] = useState<Record<string, FieldState>>(() =>
    Object.fromEntries(
      Object.keys(draftStore.read(id)).map((code) => [
        code,
        { kind: 'failed', restored: true } satisfies FieldState,
      ]),
    ),
  );
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => draftStore.read(id));
  const [notice, setNotice] = useState<Notice | null>(null);

  // A newer version read from the server (refetch, another tab's save) becomes the base of the next write.
  useEffect(() => {
    etag.current = etagOf(assessment);
  }, [assessment]);

  const setState = useCallback((code: string, state: FieldState) => {
    setStates((current) => ({ ...current, [code]: state }));
  }, []);
  const keepDraft = useCallback(
    (code: string, draft: Draft) => {
      draftStore.put(id, code, draft);
      setDrafts((current) => ({ ...current, [code]: draft }));
    },
    [id],
  );
  const dropDraft = useCallback(
    (code: string) => {
      draftStore.remove(id, code);
      setDrafts((current) => {
        const rest = { ...current };
        delete rest[code];
        return rest;
      });
    },
    [id],
  );
  const accept = useCallback(
    (fresh: Assessment) => {
      etag.current = etagOf(fresh);
      queryClient.setQueryData(queryKeys.assessments.detail(id), fresh);
    },
    [id, queryClient],
  );

  /** Runs writes of this assessment one after the other; each sees the version the last one left. */
  const enqueue = useCallback(<T>(job: (etag: () => string) => Promise<T>): Promise<T> => {
    const run = chain.current.then(
      () => job(() => etag.current),
      () => job(() => etag.current),
    );
    chain.current = run.catch(() => undefined);
    return run;
  }, []);

  const reload = useCallback(async () => {
    const fresh = await fetchAssessment(client, id);
    accept(fresh);
    return fresh;
  }, [accept, client, id]);

  const write = useCallback(
    (code: string, draft: Draft, alreadyRetried = false): Promise<void> => {
      // One retry on a 412 whose value nobody else changed: a local recursion, not through the hook.
      const attempt = async (retried: boolean): Promise<void> => {
        setState(code, { kind: 'saving' });
        const body: IndicatorValueInput = {
          value: draft.value ?? null,
          ...(draft.note ? { note: draft.note } : {}),
          ...(draft.dataSource ? { dataSource: draft.dataSource } : {}),
        };
        try {
          accept(await saveValue(client, id, code, body, etag.current));
          dropDraft(code);
          setState(code, { kind: 'saved' });
        } catch (error) {
          if (!isApiProblem(error)) {
            setState(code, { kind: 'failed' });
            return;
          }
          if (error.status === 412 && !retried) {
            const fresh = await reload().catch(() => null);
            if (!fresh) {
              setState(code, { kind: 'failed', message: error.detail });
              return;
            }
            const theirs = serverEntry(fresh, code)?.value ?? null;
            if (same(theirs, draft.base)) {
              setNotice({ kind: 'reloaded', code });
              return attempt(true);
            }
            setNotice({ kind: 'conflict', code });
            setState(code, { kind: 'conflict', theirs });
            return;
          }
          if (error.status === 400) {
            const field = error.errors.find((e) => e.field === `values.${code}`);
            dropDraft(code);
            setState(code, {
              kind: 'invalid',
              message: field?.message ?? error.detail ?? error.title,
              value: draft.value,
            });
            return;
          }
          if (error.status === 409) {
            setNotice({ kind: 'notEditable', code, detail: error.detail ?? error.title });
            await reload().catch(() => null);
          }
          setState(code, { kind: 'failed', message: error.detail ?? error.title });
        }
      };
      return attempt(alreadyRetried);
    },
    [accept, client, dropDraft, id, reload, setState],
  );

  /** The user finished editing one indicator: keep it locally, then save it in turn. */
  const save = useCallback(
    (code: string, input: Omit<Draft, 'base'>) => {
      const base = serverEntry(queryClient.getQueryData(queryKeys.assessments.detail(id)), code);
      const draft: Draft = { ...input, base: base?.value ?? null };
      keepDraft(code, draft);
      setState(code, { kind: 'saving' });
      return enqueue(() => write(code, draft));
    },
    [enqueue, id, keepDraft, queryClient, setState, write],
  );

  /** Saves a kept value again, on whatever the assessment is now ("keep mine", "save again"). */
  const retry = useCallback(
    (code: string) => {
      const draft = drafts[code] ?? draftStore.read(id)[code];
      if (!draft) return Promise.resolve();
      const current = serverEntry(queryClient.getQueryData(queryKeys.assessments.detail(id)), code);
      const rebased = { ...draft, base: current?.value ?? null };
      keepDraft(code, rebased);
      return enqueue(() => write(code, rebased, true));
    },
    [drafts, enqueue, id, keepDraft, queryClient, write],
  );

  /** Gives up the kept value: the field shows the server's again. */
  const discard = useCallback(
    (code: string) => {
      dropDraft(code);
      setState(code, { kind: 'idle' });
    },
    [dropDraft, setState],
  );

  return {
    states,
    drafts,
    notice,
    clearNotice: () => setNotice(null),
    save,
    retry,
    discard,
    enqueue,
    accept,
    reload,
  };
}

export type Autosave = ReturnType<typeof useAutosave>;
