/**
 * The island bootstrap: watches `[data-island]` elements and hydrates each the first
 * time it comes near the viewport; nothing off-screen loads or runs. The island code
 * itself is split per kind and fetched on first use. Each page's entry script passes the
 * kinds it can host, so a page never references (or downloads) another page's islands.
 */

import { revealShared, sharedIsland } from './shared-link';
import { yieldToMain } from './yield-main';

type Hydrate = (root: HTMLElement) => void | Promise<void>;

/** Island kind (`data-island`) to a loader of its module. */
export type IslandLoaders = Record<string, () => Promise<{ hydrate: Hydrate }>>;

async function hydrate(root: HTMLElement, load: () => Promise<{ hydrate: Hydrate }>): Promise<void> {
  if (root.dataset.state !== 'static') return;
  root.dataset.state = 'loading';
  // Each island hydrates in tasks of its own: several coming into view together (one
  // observer callback), or modules already loaded, used to run back to back in one task.
  await yieldToMain();
  // What the build drew, to put back if hydration fails halfway (a live layer already
  // hiding the static paths, say, when the training worker cannot start).
  const built = Array.from(root.childNodes, (n) => n.cloneNode(true));
  try {
    const mod = await load();
    await yieldToMain();
    await mod.hydrate(root);
    // An island that refused its build data (island-data.ts) has said so and stays 'failed'.
    if (root.dataset.state === 'loading') root.dataset.state = 'ready';
  } catch (err) {
    // The static figure stays; say why the live part is missing instead of failing silently.
    root.dataset.state = 'failed';
    root.replaceChildren(...built);
    const status = root.querySelector<HTMLElement>('[data-status]');
    if (status)
      status.textContent = 'The live version of this figure could not start; the picture above is the tutorial’s.';
    console.warn('island failed to hydrate', err);
  }
}

/**
 * SMIL animations keep ticking off-screen and cost a style pass every frame for the
 * whole page; pause each animated SVG while it is out of view (it resumes where it was).
 */
let smilWatched = false;

function pauseOffscreenSmil(): void {
  if (smilWatched || !('IntersectionObserver' in window)) return;
  smilWatched = true;
  const animated = Array.from(document.querySelectorAll('svg')).filter((svg) =>
    svg.querySelector('animate, animateMotion'),
  );
  if (animated.length === 0) return;
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) {
      const svg = e.target as SVGSVGElement;
      if (svg.dataset.lrPlayer) continue;
      if (e.isIntersecting) svg.unpauseAnimations();
      else svg.pauseAnimations();
    }
  });
  animated.forEach((svg) => io.observe(svg));
}

function start(loaders: IslandLoaders): void {
  pauseOffscreenSmil();
  // Kinds without a loader here belong to another entry script on the same page.
  const loaderOf = (el: Element) => loaders[(el as HTMLElement).dataset.island ?? ''];
  const islands = Array.from(document.querySelectorAll<HTMLElement>('[data-island][data-state="static"]')).filter(
    (el) => loaderOf(el) !== undefined,
  );
  if (islands.length === 0) return;
  // A shared link's island comes into view and hydrates first (shared-link.ts).
  const shared = sharedIsland(islands, location.search, location.hash);
  if (shared) {
    revealShared(shared);
    void hydrate(shared, loaderOf(shared)!);
  }
  if (!('IntersectionObserver' in window)) {
    islands.forEach((el) => void hydrate(el, loaderOf(el)!));
    return;
  }
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        io.unobserve(e.target);
        void hydrate(e.target as HTMLElement, loaderOf(e.target)!);
      }
    },
    { rootMargin: '200px 0px' },
  );
  islands.forEach((el) => io.observe(el));
}

/** Starts hydrating this page's islands of the given kinds once the document is parsed. */
export function bootIslands(loaders: IslandLoaders): void {
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', () => start(loaders), { once: true });
  else start(loaders);
}
