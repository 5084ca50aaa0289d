/**
 * Hydrating an island with the tutorial's own settings keeps what the build drew: the
 * orbit under the section 2.2 demo (its chart code is not even loaded), the MultiStepLR
 * demo's rate and loss charts (the update cursor runs on them) and the scheduler
 * explorer's curve stay the build's figures. Redrawing the same pictures with Plot made
 * the longest tasks while the tutorial hydrated on a slow phone (issue 11 item 8; timed by
 * `npm run bench:browser -- --only hydration`). A shared link with the reader's settings
 * still redraws them for the reader's run.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteSession, type OpenedPage } from '../support/site-session';

// The tutorial: the playground's own island loads the orbit chart code for itself.
const PAGE = '';
const DEMO = '#tuning-demo';
const ORBIT = `${DEMO} [data-chart="orbit"] svg`;

const site = useSiteSession();

/** The names a redrawn chart carries (role="img"); a kept build chart must carry the same. */
const LR_NAME = 'Learning rate of your run against the update number';
const LOSS_NAME = 'Mini-batch loss of your run and the reference runs against the update number';
const ORBIT_NAME = (lr: string) =>
  new RegExp(
    `^Orbit fitted by SGD with momentum[^,]*, learning rate ${lr}, 100 epochs: Wa -?\\d\\.\\d{4}, Wb -?\\d\\.\\d{4}, against the data and the true orbits$`,
  );
const names = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((els) => els.map((el) => `${el.getAttribute('role')}: ${el.getAttribute('aria-label')}`));

/** Scrolls an island into view and waits until it has hydrated. */
async function hydrateDemo(page: Page, island = DEMO): Promise<void> {
  await page.locator(island).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${island}[data-state="ready"]`, { timeout: 60_000 });
}

/** Marks every chart under `selector` as the build's (call while its island is still static). */
const markBuilt = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((svgs) => svgs.map((svg) => svg.setAttribute('data-built-mark', '')).length);
const builtMarks = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((svgs) => svgs.map((svg) => svg.hasAttribute('data-built-mark')));

const orbitChartLoaded = (responses: Map<string, number>) =>
  [...responses.keys()].filter((u) => /\/orbit-chart\.[\w-]+\.js$/.test(u));

const MS = '#multistep-demo';
const MS_CHARTS = `${MS} [data-timeline] [data-chart] svg`;
const EX = '#scheduler-explorer';

/**
 * Two loads of the tutorial serve the six tests: one with the tutorial's settings, where
 * every kept chart is marked while all three islands are still static (before any scroll),
 * and one shared link that sets all three islands. Each test hydrates its own island.
 */
interface BuiltLoad extends OpenedPage {
  status: { demo: string | null; explorer: string | null };
  code: string | null;
  marked: { orbit: number; multistep: number; explorer: number };
}
let built: Promise<BuiltLoad> | undefined;
let shared: Promise<OpenedPage> | undefined;
const builtLoad = () =>
  (built ??= site.open(PAGE).then(async (opened) => {
    const { page } = opened;
    expect(
      await page.locator(`${DEMO}, ${MS}, ${EX}`).evaluateAll((els) => els.map((el) => el.getAttribute('data-state'))),
    ).toEqual(['static', 'static', 'static']);
    return {
      ...opened,
      status: {
        demo: await page.locator(`${DEMO} [data-status]`).textContent(),
        explorer: await page.locator(`${EX} [data-status]`).textContent(),
      },
      code: await page.locator(`${EX} [data-torch-call]`).textContent(),
      marked: {
        orbit: await markBuilt(page, ORBIT),
        multistep: await markBuilt(page, MS_CHARTS),
        explorer: await markBuilt(page, `${EX} [data-plot] svg`),
      },
    };
  }));
const sharedLoad = () =>
  (shared ??= site.open(`${PAGE}?tuning-demo.lr=0.005&multistep-demo.lr=0.02&scheduler-explorer.scheduler.gamma=0.25`));
afterAll(async () => {
  await (await built?.catch(() => null))?.close();
  await (await shared?.catch(() => null))?.close();
});

describe('first hydration of a live contour', () => {
  it('with the tutorial’s settings keeps the build’s orbit figure and never loads the code to redraw it', async () => {
    const { page, errors, responses, status, marked } = await builtLoad();
    expect(marked.orbit).toBe(1);
    await hydrateDemo(page);
    expect(await page.locator(ORBIT).count()).toBe(1);
    expect(await page.locator(ORBIT).getAttribute('data-built-mark')).toBe('');
    expect(await page.locator(ORBIT).textContent()).toContain('Learning rate 0.012, 100 epochs');
    expect(await page.locator(`${DEMO} [data-chart="orbit"][data-stale]`).count()).toBe(0);
    expect(orbitChartLoaded(responses)).toEqual([]);
    // Named as a redrawn orbit would be.
    expect(await page.locator(ORBIT).getAttribute('role')).toBe('img');
    expect(await page.locator(ORBIT).getAttribute('aria-label')).toMatch(ORBIT_NAME('0\\.012'));
    // The live paths and the outcome line are there, as after any run.
    expect(await page.locator(`${DEMO} .lr-live-layer [data-run="0"] path[data-line]`).getAttribute('d')).toMatch(/^M/);
    expect(await page.locator(`${DEMO} [data-status]`).textContent()).toBe(status.demo);
    expect(errors).toEqual([]);
  });

  it('with a shared link’s settings redraws the orbit for the reader’s run', async () => {
    const { page, errors, responses } = await sharedLoad();
    await hydrateDemo(page);
    await expect.poll(() => page.locator(ORBIT).textContent()).toContain('Learning rate 0.005, 100 epochs');
    expect(await page.locator(ORBIT).getAttribute('aria-label')).toMatch(ORBIT_NAME('0\\.005'));
    expect(orbitChartLoaded(responses)).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('with the tutorial’s settings keeps the MultiStepLR demo’s build charts, the update cursor on them', async () => {
    const { page, errors, marked } = await builtLoad();
    expect(marked.multistep).toBe(2);
    await hydrateDemo(page, MS);
    expect(await builtMarks(page, MS_CHARTS)).toEqual([true, true]);
    expect(await names(page, MS_CHARTS)).toEqual([`img: ${LR_NAME}`, `img: ${LOSS_NAME}`]);
    // The cursor runs on the build's charts: a key in the rate chart moves it and the readout follows.
    await page.locator(`${MS} [data-chart="lr"]`).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator(`${MS} [data-cursor-readout]`).textContent()).toMatch(/^Update 2 of \d+/);
    expect(await page.locator(`${MS} [data-chart="lr"] svg line.lr-cursor`).getAttribute('display')).toBe('inline');
    expect(await builtMarks(page, MS_CHARTS)).toEqual([true, true]);
    expect(errors).toEqual([]);
  });

  it('a shared link’s settings redraw the MultiStepLR demo’s charts for the reader’s run', async () => {
    const { page, errors } = await sharedLoad();
    await hydrateDemo(page, MS);
    await expect.poll(() => names(page, MS_CHARTS)).toEqual([`img: ${LR_NAME}`, `img: ${LOSS_NAME}`]);
    expect(errors).toEqual([]);
  });
});

describe('first hydration of the scheduler explorer', () => {
  it('with the tutorial’s settings keeps the build’s curve, code and status', async () => {
    const { page, errors, status, code, marked } = await builtLoad();
    expect(marked.explorer).toBe(1);
    await hydrateDemo(page, EX);
    expect(await builtMarks(page, `${EX} [data-plot] svg`)).toEqual([true]);
    expect(await names(page, `${EX} [data-plot] svg`)).toEqual([
      'img: Learning rate of MultiStepLR against the update number',
    ]);
    expect(await page.locator(`${EX} [data-status]`).textContent()).toBe(status.explorer);
    expect(await page.locator(`${EX} [data-torch-call]`).textContent()).toBe(code);
    expect(errors).toEqual([]);
  });

  it('with a shared link’s settings draws the reader’s scheduler', async () => {
    const { page, errors } = await sharedLoad();
    await hydrateDemo(page, EX);
    await expect.poll(() => page.locator(`${EX} [data-torch-call]`).textContent()).toContain('gamma=0.25');
    expect(await builtMarks(page, `${EX} [data-plot] svg`)).toEqual([false]);
    expect(await names(page, `${EX} [data-plot] svg`)).toEqual([
      'img: Learning rate of MultiStepLR against the update number',
    ]);
    expect(errors).toEqual([]);
  });
});
