/**
 * The one island bootstrap of every page: watches `[data-island]` elements and hydrates
 * each the first time it comes near the viewport; nothing off-screen loads or runs. The
 * island code itself is split per kind and fetched on first use.
 */

type Hydrate = (root: HTMLElement) => void | Promise<void>;

const loaders: Record<string, () => Promise<{ hydrate: Hydrate }>> = {
  contour: () => import('./islands/contour'),
  player: () => import('./islands/player'),
  sweep: () => import('./islands/sweep'),
  explorer: () => import('./islands/explorer'),
  playground: () => import('./islands/playground'),
};

async function hydrate(root: HTMLElement): Promise<void> {
  if (root.dataset.state !== 'static') return;
  root.dataset.state = 'loading';
  const load = loaders[root.dataset.island ?? ''];
  if (!load) return;
  try {
    const mod = await load();
    await mod.hydrate(root);
    root.dataset.state = 'ready';
  } catch (err) {
    // The static figure stays; say why the live part is missing instead of failing silently.
    root.dataset.state = 'failed';
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
function pauseOffscreenSmil(): void {
  if (!('IntersectionObserver' in window)) return;
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

function start(): void {
  pauseOffscreenSmil();
  const islands = Array.from(document.querySelectorAll<HTMLElement>('[data-island][data-state="static"]'));
  if (islands.length === 0) return;
  if (!('IntersectionObserver' in window)) {
    islands.forEach((el) => void hydrate(el));
    return;
  }
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        io.unobserve(e.target);
        void hydrate(e.target as HTMLElement);
      }
    },
    { rootMargin: '200px 0px' },
  );
  islands.forEach((el) => io.observe(el));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
