/**
 * The site's only script on its static pages, and optional: it writes the
 * reader's date into citations; when an anchor link (¶, #, or a figure's
 * "Link to this figure") is clicked, it copies its address; and it shows each
 * citation's "Copy the reference" button, which copies the reference. Each
 * says what it copied in a live region. Every page reads and every link
 * works without it; the copy buttons stay hidden. Built to public/enhance.js
 * before each build.
 */
const ACCESS_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

function fillAccessDates(): void {
  const today = ACCESS_DATE.format(new Date());
  document.querySelectorAll('[data-accessed]').forEach((slot) => {
    slot.textContent = today;
  });
}

/** Copies `text`, marks `control` as done for two seconds and says `message` in the live region. */
function copy(text: string, control: HTMLElement, message: string): void {
  const status = document.getElementById('copy-status');
  navigator.clipboard.writeText(text).then(() => {
    control.dataset.copied = 'true';
    if (status) status.textContent = message;
    window.setTimeout(() => { delete control.dataset.copied; }, 2000);
  }, () => undefined);
}

function onClick(event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target : null;
  const link = target?.closest('a.figure-link, a.share-link');
  if (link instanceof HTMLAnchorElement) copy(link.href, link, `Link copied: ${link.href}`);
  const button = target?.closest('button[data-copy]');
  const source = button instanceof HTMLButtonElement ? document.getElementById(button.dataset.copy ?? '') : null;
  if (button instanceof HTMLButtonElement && source) copy(source.textContent ?? '', button, 'Reference copied');
}

function enableCopying(): void {
  if (!navigator.clipboard) return;
  document.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((button) => { button.hidden = false; });
  document.addEventListener('click', onClick);
}

fillAccessDates();
enableCopying();
