import type { ReactNode } from 'react';

/**
 * A table too wide for a phone scrolls on its own, not the page: a region
 * named by the table's caption (`captionId`), reachable by keyboard so it
 * can be scrolled without a mouse.
 */
export function TableScroll({ captionId, children }: { captionId: string; children: ReactNode }) {
  return <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>{children}</div>;
}
