/**
 * The site's only script on its static pages, and optional. It writes the
 * reader's date into citations and shows each citation's "Copy the
 * reference" button, which copies the reference; when an anchor link (a
 * finding's or a figure's "Link to this ...") is clicked, it copies its
 * address. Each copy is said in a live region. Every page reads and every
 * link works without it; the copy buttons stay hidden. Built to
 * public/enhance.js before each build.
 *
 * It does no work at load that grows with the page: it listens on the
 * document for what the reader touches (a click, a "Cite this figure"
 * opening), and once the page has loaded and the browser is idle it finds
 * the page's one citation by its heading's id (`#cite`), showing its button
 * and writing its date when it nears the screen (or when its reference is
 * copied). A page with none of these, such as a list of councils, runs
 * nothing but the listeners' registration and one lookup by id. The page
 * loads it `defer` (components/site-chrome.tsx, which says why not `async`),
 * so it runs after parsing, in a task of its own, never inside the browser's
 * own long tasks of parsing and layout.
 */

let today: string | undefined;

/** The reader's date, "16 August 2024", worked out when first needed: a date formatter is costly to create. */
function readerDate(): string {
  today ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  return today;
}

/** Writes the reader's date into one citation's slots: work bounded by that citation, not by the page. */
function fillDates(root: Element): void {
  root.querySelectorAll('[data-accessed]').forEach((slot) => {
    slot.textContent = readerDate();
  });
}

/** Shows one citation's copy buttons, where the browser can copy. */
function showButtons(root: Element): void {
  if (!navigator.clipboard) return;
  root.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((button) => {
    button.hidden = false;
  });
}

/** Copies `text`, marks `control` as done for two seconds and says `message` in the live region. */
function copy(text: string, control: HTMLElement, message: string): void {
  if (!navigator.clipboard) return;
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
  if (!(button instanceof HTMLButtonElement) || !source) return;
  fillDates(button.closest('.citation') ?? source);
  copy(source.textContent ?? '', button, 'Reference copied');
}

/** A figure's "Cite this figure" opened (toggle does not bubble, so it is caught on its way down). */
function onToggle(event: Event): void {
  const details = event.target;
  if (!(details instanceof HTMLDetailsElement) || !details.open || !details.classList.contains('cite-figure')) return;
  fillDates(details);
  showButtons(details);
}

/** The page's own citation (its heading is `#cite`): its button shown now, its date filled as it nears the screen. */
function watchPageCitation(): void {
  const citation = document.getElementById('cite')?.closest('.citation');
  if (!citation) return;
  showButtons(citation);
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    fillDates(citation);
  }, { rootMargin: '100% 0px' });
  observer.observe(citation);
}

/**
 * Runs `work` once the page has loaded, at a moment the browser has nothing
 * else to do, in a task of its own. Not in a listener for `load` or
 * `DOMContentLoaded`: the browser fires those in its last task of parsing,
 * which on a long page is long already.
 */
function whenSettled(work: () => void): void {
  const next = () => {
    if (document.readyState === 'complete') work();
    else later();
  };
  const later = () => {
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(next, { timeout: 2000 });
    else window.setTimeout(next, 100);
  };
  later();
}

document.addEventListener('click', onClick);
document.addEventListener('toggle', onToggle, true);
whenSettled(() => {
  watchPageCitation();
  // Done: the browser tests wait for this before counting what a keyboard can reach (the copy button shows only now).
  document.documentElement.setAttribute('data-enhanced', '');
});
