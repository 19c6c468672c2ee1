/**
 * Values typed but not yet saved, per assessment, in sessionStorage: they survive a reload of the
 * tab (or a dropped connection) and go away with the tab. Values only, never a token.
 */
export type Draft = {
  value: unknown;
  note?: string | null;
  dataSource?: string | null;
  /** The server's value when the edit started: a 412 is a conflict only if that changed. */
  base: unknown;
};

const key = (id: number) => `ntm.assessment-drafts.${id}`;

function read(id: number): Record<string, Draft> {
  try {
    const raw = window.sessionStorage.getItem(key(id));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, Draft>) : {};
  } catch {
    return {};
  }
}

function write(id: number, drafts: Record<string, Draft>) {
  try {
    if (Object.keys(drafts).length === 0) window.sessionStorage.removeItem(key(id));
    else window.sessionStorage.setItem(key(id), JSON.stringify(drafts));
  } catch {
    // Storage refused (private mode, full): the value stays on screen until saved.
  }
}

export const draftStore = {
  read,
  put(id: number, code: string, draft: Draft) {
    write(id, { ...read(id), [code]: draft });
  },
  remove(id: number, code: string) {
    const rest = { ...read(id) };
    delete rest[code];
    write(id, rest);
  },
};
