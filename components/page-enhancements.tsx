'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';

const ACCESS_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * The site's only client code, and optional: it writes today's date into
 * citations and copies a link's address when its anchor link is clicked. Every
 * page reads and every link works without it.
 */
export function PageEnhancements() {
  const pathname = usePathname();

  useEffect(() => {
    const now = new Date();
    document.querySelectorAll('[data-accessed]').forEach((slot) => {
      slot.textContent = ACCESS_DATE.format(now);
    });
  }, [pathname]);

  useEffect(() => {
    const status = document.getElementById('copy-status');
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a.anchor-link') : null;
      if (!(link instanceof HTMLAnchorElement) || !navigator.clipboard) return;
      navigator.clipboard.writeText(link.href).then(() => {
        link.dataset.copied = 'true';
        if (status) status.textContent = `Link copied: ${link.href}`;
        window.setTimeout(() => { delete link.dataset.copied; }, 2000);
      }, () => undefined);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);

  return <p id="copy-status" className="visually-hidden" role="status" aria-live="polite" />;
}
