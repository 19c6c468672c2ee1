import { Descriptions, Popover, Tag, Typography } from 'antd';

import { useFormat } from '@/hooks/use-format';

import type { Provenance, ProvenanceStatus } from '../api/types';
import { useCatalogueT } from '../i18n';

export const PROVENANCE_COLORS: Record<ProvenanceStatus, string> = {
  SOURCED: 'blue',
  RECONSTRUCTED: 'orange',
  NOT_FOUND: 'red',
  VERIFIED: 'green',
};

// A bare button around the tag: looks like the tag, focusable and pressable like any button.
const TAG_BUTTON = { background: 'none', border: 0, padding: 0, cursor: 'pointer' } as const;

const isUrl = (text: string) => /^https?:\/\/\S+$/.test(text);

/** A source as written: each web address in it becomes a link that opens in a new tab. */
export function SourceText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s;,()]+)/g);
  return (
    <>
      {parts.map((part, index) =>
        isUrl(part) ? (
          <Typography.Link key={index} href={part} target="_blank" rel="noreferrer noopener">
            {part}
          </Typography.Link>
        ) : (
          <span key={index}>{part}</span>
        ),
      )}
    </>
  );
}

export function ProvenanceDetails({ provenance }: { provenance: Provenance }) {
  const t = useCatalogueT();
  const format = useFormat();
  const items = [
    provenance.source
      ? {
          key: 'source',
          label: t('provenance.source'),
          children: <SourceText text={provenance.source} />,
        }
      : null,
    provenance.note
      ? { key: 'note', label: t('provenance.note'), children: provenance.note }
      : null,
    provenance.verifiedBy
      ? { key: 'by', label: t('provenance.verifiedBy'), children: provenance.verifiedBy }
      : null,
    provenance.verifiedOn
      ? {
          key: 'on',
          label: t('provenance.verifiedOn'),
          children: format.date(provenance.verifiedOn),
        }
      : null,
    provenance.verifiedAgainst
      ? {
          key: 'against',
          label: t('provenance.verifiedAgainst'),
          children: provenance.verifiedAgainst,
        }
      : null,
  ].filter((item) => item !== null);
  return (
    <Descriptions
      size="small"
      column={1}
      items={items}
      style={{ maxWidth: 480, wordBreak: 'break-word' }}
    />
  );
}

/**
 * The provenance of one value at a glance (colour and word), its source, note and verification
 * one press away. A button, so keyboard users reach the details too.
 */
export function ProvenanceTag({ provenance }: { provenance: Provenance | null | undefined }) {
  const t = useCatalogueT();
  const status = provenance?.status;
  if (!provenance || !status) return <Tag>{t('provenance.none')}</Tag>;
  const label = t(`provenance.${status}`);
  const hasDetails =
    !!provenance.source ||
    !!provenance.note ||
    !!provenance.verifiedBy ||
    !!provenance.verifiedAgainst;
  const tag = (
    <Tag color={PROVENANCE_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {label}
    </Tag>
  );
  if (!hasDetails) return tag;
  return (
    <Popover
      trigger="click"
      title={`${t('provenance.label')}: ${label}`}
      content={<ProvenanceDetails provenance={provenance} />}
    >
      <button
        type="button"
        style={TAG_BUTTON}
        aria-label={t('provenance.details', { status: label })}
      >
        {tag}
      </button>
    </Popover>
  );
}
