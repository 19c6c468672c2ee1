import type { Provenance } from '../api/types';

/** '' and whitespace-only texts from a form become "not given". */
export function text(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Provenance as the form holds it → as the API takes it (verification only for VERIFIED). */
export function cleanProvenance(provenance: Provenance | null | undefined): Provenance | undefined {
  if (!provenance?.status) return undefined;
  const verified = provenance.status === 'VERIFIED';
  const cleaned: Provenance = { status: provenance.status };
  const source = text(provenance.source);
  const note = text(provenance.note);
  if (source) cleaned.source = source;
  if (note) cleaned.note = note;
  if (verified) {
    const by = text(provenance.verifiedBy);
    const against = text(provenance.verifiedAgainst);
    if (by) cleaned.verifiedBy = by;
    if (provenance.verifiedOn) cleaned.verifiedOn = provenance.verifiedOn;
    if (against) cleaned.verifiedAgainst = against;
  }
  return cleaned;
}
