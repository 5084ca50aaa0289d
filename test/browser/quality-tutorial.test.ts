/**
 * The tutorial, loaded and hydrated ONCE for every gate (test/browser/quality-gates.ts):
 * headers, islands, policy, errors, assets, axe light and dark, focus, figures, the theme
 * toggle; then the hostile control input on the same load. New read-only checks of the
 * hydrated tutorial belong here, on `site.hydrated('')`, rather than in a file of their
 * own that loads and hydrates the whole page again.
 */
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session';
import { DIST, FIGURE_COUNT } from './quality-helpers';
import { describePageGates } from './quality-gates';
import { describeHostileControls } from './quality-hostile';

/** Random control values into the tutorial's islands (the playground, with every island kind, gets more). */
const INPUTS = Number(process.env.FUZZ_INPUTS ?? 60) / 2;

const site = useSiteSession(DIST);

describePageGates(site, '', { focus: true, figures: FIGURE_COUNT, themeToggle: true });

describe('the tutorial with its islands', () => {
  it('scrolling through the whole page hydrates every island (players, tuning demo, sweep, explorer, scheduler demos)', async () => {
    const h = await site.hydrated('');
    // Players for figures 3, 9, 12, 14, 16, the tuning demo, the sweep, the explorer and two scheduler demos.
    expect(h.states.length).toBeGreaterThanOrEqual(10);
    expect(h.states.filter((s) => s !== 'ready')).toEqual([]);
  });

  it('loads its scripts, stylesheets and fonts from the site itself', async () => {
    const h = await site.hydrated('');
    const fetched = [...h.responses.keys()];
    expect(fetched.filter((u) => u.endsWith('.js')).length, 'scripts').toBeGreaterThan(0);
    expect(fetched.filter((u) => u.endsWith('.css')).length, 'stylesheets').toBeGreaterThan(0);
    expect(fetched.filter((u) => /\.woff2?$/.test(u)).length, 'fonts').toBeGreaterThan(0);
  });
});

describeHostileControls(site, '', INPUTS);
