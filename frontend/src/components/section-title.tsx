import type { ReactNode } from 'react';

/** A card's title as the page's `<h2>`, so screen readers can jump between sections. */
export function SectionTitle({ children, level = 2 }: { children: ReactNode; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <Heading style={{ fontSize: level === 2 ? 16 : 15, fontWeight: 600, margin: 0 }}>
      {children}
    </Heading>
  );
}
