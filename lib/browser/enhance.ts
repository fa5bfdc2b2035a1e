/**
 * The site's only script on its static pages, and optional: it writes the
 * reader's date into citations and, when an anchor link (¶ or #) is clicked,
 * copies its address and says so in a live region. Every page reads and every
 * link works without it. Built to public/enhance.js before each build.
 */
const ACCESS_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

function fillAccessDates(): void {
  const today = ACCESS_DATE.format(new Date());
  document.querySelectorAll('[data-accessed]').forEach((slot) => {
    slot.textContent = today;
  });
}

function copyAnchorLinks(): void {
  const status = document.getElementById('copy-status');
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a.anchor-link, a.share-link') : null;
    if (!(link instanceof HTMLAnchorElement) || !navigator.clipboard) return;
    navigator.clipboard.writeText(link.href).then(() => {
      link.dataset.copied = 'true';
      if (status) status.textContent = `Link copied: ${link.href}`;
      window.setTimeout(() => { delete link.dataset.copied; }, 2000);
    }, () => undefined);
  });
}

fillAccessDates();
copyAnchorLinks();
