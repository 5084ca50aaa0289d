/**
 * Highlights, in every table of contents on the page, the entry of the section the
 * reader is in: the last listed heading whose top has scrolled above a line near the
 * top of the viewport. At the very end of the page, where the last short sections can
 * never reach that line, the last heading on screen wins. It re-checks whenever the page
 * changes height (islands hydrating above the reader move the headings without a scroll
 * event) and when the hash changes. Progressive enhancement: without it the TOC is plain links.
 */
export function watchCurrentSection(doc: Document): void {
  const links = Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[data-toc-link]'));
  const ids = Array.from(new Set(links.map((a) => a.dataset.tocLink ?? '')));
  const headings = ids.map((id) => doc.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  if (headings.length === 0) return;

  let active = '';
  const update = () => {
    const line = Math.min(160, window.innerHeight * 0.25);
    let current = '';
    for (const h of headings) {
      if (h.getBoundingClientRect().top <= line) current = h.id;
      else break;
    }
    const root = doc.documentElement;
    if (window.scrollY + window.innerHeight >= root.scrollHeight - 2) {
      for (const h of headings) if (h.getBoundingClientRect().top < window.innerHeight) current = h.id;
    }
    if (current === active) return;
    active = current;
    for (const a of links) {
      if (a.dataset.tocLink === current) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };

  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  window.addEventListener('hashchange', schedule);
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(schedule).observe(doc.body);
  update();
}
