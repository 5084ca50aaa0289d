/**
 * Live islands in Chromium: the section 2.2 tuning demo re-trains when the learning rate
 * changes, the start point drags and moves with the arrow keys, shared URLs restore the
 * same state and tampered ones show a notice, bad input shows a message next to its
 * control with no console error, a diverging run says where it diverged, and the
 * figure 12 player plays, pauses and scrubs.
 *
 * The demos are on the playground page (src/pages/playground.astro) as well as, once
 * placed by the site, in the tutorial; DEMO_PAGE says which page these tests open.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteSession, type OpenedPage } from '../support/site-session';

// The playground carries the same island components as the tutorial on a lighter page, which
// keeps these interaction tests fast; quality-tutorial.test.ts hydrates every island of the tutorial.
const DEMO_PAGE = 'playground/';
const DEMO = '#tuning-demo';

const site = useSiteSession();
/** URL writes are coalesced (url-writer.ts): wait until the last one has happened. */
const urlWritten = (page: Page) =>
  page.waitForFunction(() => !document.documentElement.hasAttribute('data-url-pending'), null, { timeout: 5_000 });

// Reduced motion unless a test is about the players' autoplay: an autoplaying player beside the
// demo would draw frames (CPU the other test file on the machine needs) for the whole test.
const openPage = (path: string, opts: { motion?: boolean } = {}) =>
  site.open(path, {
    viewport: { width: 1200, height: 900 },
    reducedMotion: opts.motion ? 'no-preference' : 'reduce',
  });

async function hydrated(page: Page, selector: string): Promise<void> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${selector}[data-state="ready"]`, { timeout: 30_000 });
  // These tests reach every control: open "More settings" (the run-level fields live there).
  await page
    .locator(`${selector} details[data-more]`)
    .evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
  // The figure on screen (an island taller than the window would otherwise be centred past it).
  await page.locator(selector).evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

const renderCount = (page: Page, id: string) =>
  page.evaluate(
    (id) => performance.getEntriesByName('island:render').filter((e) => (e as PerformanceMeasure).detail === id).length,
    id,
  );

async function afterRender(page: Page, id: string, act: () => Promise<void>): Promise<void> {
  const before = await renderCount(page, id);
  await act();
  await page.waitForFunction(
    ([id, n]) =>
      performance.getEntriesByName('island:render').filter((e) => (e as PerformanceMeasure).detail === id).length > n,
    [id, before] as const,
    { timeout: 30_000 },
  );
}

const pathOf = (page: Page) => page.locator(`${DEMO} .lr-live-layer [data-run="0"] path[data-line]`).getAttribute('d');
const statusOf = (page: Page) => page.locator(`${DEMO} [data-status]`).textContent();

describe('islands hydrate only when visible', () => {
  it('an island below the fold stays static until scrolled to, then becomes ready', async () => {
    const { page, errors, close } = await openPage(DEMO_PAGE);
    await page.waitForTimeout(1500);
    expect(await page.locator(DEMO).getAttribute('data-state')).toBe('static');
    // The controls are laid out at build (nothing moves on hydration) and take the same room once live.
    const before = await page.locator(`${DEMO} form[data-controls]`).boundingBox();
    await page.locator(DEMO).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${DEMO}[data-state="ready"]`, { timeout: 30_000 });
    expect(await page.locator(`${DEMO} form[data-controls]`).isVisible()).toBe(true);
    expect((await page.locator(`${DEMO} form[data-controls]`).boundingBox())?.height).toBe(before?.height);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('section 2.2 tuning demo', () => {
  // Loading the playground is most of a test's cost, so the tests that edit the demo share one
  // load and start from the tutorial's settings: `atDefaults` presses Reset after the previous
  // test's edits (the reset test below pins what Reset does) and waits for the built figure.
  let demo: OpenedPage | undefined;
  let builtPath: string | null = null;
  const lrField = (page: Page) => page.locator(`${DEMO} input[type="text"][data-path="optimizer.lr"]`);
  async function atDefaults(): Promise<OpenedPage> {
    if (!demo) {
      demo = await openPage(DEMO_PAGE);
      await hydrated(demo.page, DEMO);
      builtPath = await pathOf(demo.page);
      return demo;
    }
    const { page } = demo;
    await page.locator(`${DEMO} [data-action="reset"]`).click();
    await expect.poll(() => lrField(page).inputValue()).toBe('0.012');
    await expect.poll(() => pathOf(page), { timeout: 30_000 }).toBe(builtPath);
    await expect.poll(() => page.locator(`${DEMO} [data-msg-for]:not(:empty)`).count()).toBe(0);
    await urlWritten(page);
    expect(page.url()).not.toContain('tuning-demo');
    await page.locator(DEMO).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    return demo;
  }
  afterAll(() => demo?.close());

  it('changing the learning rate re-trains and redraws the path', async () => {
    const { page, errors } = await atDefaults();
    const before = await pathOf(page);
    expect(await statusOf(page)).toContain('Final Wa = 3.33');
    await afterRender(page, 'tuning-demo', async () => {
      await page.locator(`${DEMO} input[type="text"][data-path="optimizer.lr"]`).fill('0.005');
      await page.keyboard.press('Enter');
    });
    const after = await pathOf(page);
    expect(after).not.toBe(before);
    expect(await statusOf(page)).toMatch(
      /Final Wa = 1\.26\d\d, Wb = 1\.23\d\d, last mini-batch loss 0\.\d+ after 800 updates/,
    );
    // The orbit figure below the contour is redrawn for the new run.
    const orbitText = await page.locator(`${DEMO} [data-chart="orbit"] svg`).textContent();
    expect(orbitText).toContain('Learning rate 0.005, 100 epochs');
    expect(orbitText).toContain('Fitted by SGD with momentum');
    await urlWritten(page);
    expect(page.url()).toContain('tuning-demo.lr=0.005');
    expect(errors).toEqual([]);
  });

  it('the logarithmic slider sets the number field and re-trains', async () => {
    const { page, errors } = await atDefaults();
    const before = await pathOf(page);
    await afterRender(page, 'tuning-demo', async () => {
      await page.locator(`${DEMO} input[type="range"][data-slider-for="optimizer.lr"]`).fill('400');
    });
    expect(await page.locator(`${DEMO} input[type="text"][data-path="optimizer.lr"]`).inputValue()).toBe('0.001');
    await expect.poll(() => pathOf(page)).not.toBe(before);
    expect(errors).toEqual([]);
  });

  it('dragging on the contour moves the start point and re-trains from there', async () => {
    const { page, errors } = await atDefaults();
    const before = await pathOf(page);
    const svg = page.locator(`${DEMO} [data-plot] svg`);
    // The island is taller than the window: bring the chart itself on screen before dragging on it.
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    await afterRender(page, 'tuning-demo', async () => {
      await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.35);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.3, { steps: 5 });
      await page.mouse.up();
    });
    await page.waitForTimeout(300);
    const wa = Number(await page.locator(`${DEMO} input[data-path="init.wa"]`).inputValue());
    const wb = Number(await page.locator(`${DEMO} input[data-path="init.wb"]`).inputValue());
    expect(wa).toBeGreaterThan(1);
    expect(wb).toBeGreaterThan(1.5);
    const d = await pathOf(page);
    expect(d?.startsWith('M')).toBe(true);
    expect(d, 'the path starts from the new point').not.toBe(before);
    expect(errors).toEqual([]);
  });

  it('arrow keys on the focused figure move the start point', async () => {
    const { page } = await atDefaults();
    await page.locator(`${DEMO} [data-plot]`).focus();
    await afterRender(page, 'tuning-demo', () => page.keyboard.press('ArrowRight'));
    expect(Number(await page.locator(`${DEMO} input[data-path="init.wa"]`).inputValue())).toBeCloseTo(0.14, 5);
    await afterRender(page, 'tuning-demo', () => page.keyboard.press('ArrowDown'));
    expect(Number(await page.locator(`${DEMO} input[data-path="init.wb"]`).inputValue())).toBeCloseTo(1.76, 5);
  });

  it('a shared URL opens with the same settings and the same figure', async () => {
    const a = await atDefaults();
    await afterRender(a.page, 'tuning-demo', async () => {
      await a.page.locator(`${DEMO} input[data-path="epochs"]`).fill('40');
      await a.page.keyboard.press('Enter');
    });
    await afterRender(a.page, 'tuning-demo', async () => {
      await a.page.locator(`${DEMO} input[type="text"][data-path="optimizer.lr"]`).fill('0.002');
      await a.page.keyboard.press('Enter');
    });
    await urlWritten(a.page);
    const shared = a.page.url();
    const b = await openPage(shared.slice(site.url.length));
    await hydrated(b.page, DEMO);
    await b.page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent?.includes('Final'),
      `${DEMO} [data-status]`,
    );
    expect(await b.page.locator(`${DEMO} input[type="text"][data-path="optimizer.lr"]`).inputValue()).toBe('0.002');
    expect(await b.page.locator(`${DEMO} input[data-path="epochs"]`).inputValue()).toBe('40');
    const d = await pathOf(b.page);
    expect(await statusOf(b.page)).toMatch(/after 320 updates/);
    // Page A shows the same once its last edit has trained (asked again until then).
    await expect.poll(() => pathOf(a.page), { timeout: 30_000 }).toBe(d);
    expect(await statusOf(a.page)).toBe(await statusOf(b.page));
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    await b.close();
  });

  it.each([
    ['not base64 JSON', '%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['JSON with a bad value', Buffer.from(JSON.stringify({ optimizer: { lr: -1 } })).toString('base64url')],
    [
      'truncated',
      Buffer.from(JSON.stringify({ epochs: 40 }))
        .toString('base64url')
        .slice(0, 7),
    ],
  ])('a tampered URL (%s) is ignored with a visible notice', async (_name, value) => {
    const { page, errors, close } = await openPage(`${DEMO_PAGE}?tuning-demo=${value}`);
    await hydrated(page, DEMO);
    const notice = page.locator(`${DEMO} > .lr-notice`);
    expect(await notice.textContent()).toMatch(/^Ignored the shared settings/);
    expect(await notice.textContent()).toContain('“section 2.2 demo”');
    expect(await page.locator(`${DEMO} input[type="text"][data-path="optimizer.lr"]`).inputValue()).toBe('0.012');
    expect(await page.locator(`${DEMO} script`).count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  // Refused input changes nothing, so one load serves every refused value: after each case the
  // field gets its last good value back (an edit that changes nothing runs nothing and clears
  // the message), and the next case starts from a clean form and the same figure.
  describe('bad input, on one load of the demo', () => {
    let shared: OpenedPage;
    let restore: (() => Promise<void>) | null = null;
    beforeAll(async () => {
      shared = await openPage(DEMO_PAGE);
      await hydrated(shared.page, DEMO);
    });
    afterEach(async () => {
      await restore?.();
      restore = null;
    });
    afterAll(() => shared?.close());

    /** Types `raw` into the field at `path` (and Enter); afterwards the field gets its value back. */
    async function typeBad(path: string, raw: string, selector = `${DEMO} input[data-path="${path}"]`) {
      const { page } = shared;
      const field = page.locator(selector);
      const msg = page.locator(`${DEMO} [data-msg-for="${path}"]`);
      expect(await msg.textContent(), 'no message before the case').toBe('');
      const good = await field.inputValue();
      restore = async () => {
        await field.fill(good);
        await page.keyboard.press('Enter');
        await expect.poll(() => msg.textContent()).toBe('');
      };
      await field.fill(raw);
      await page.keyboard.press('Enter');
      return msg;
    }

    it.each([
      ['', 'Learning rate must be a number in (0, 10]'],
      ['abc', 'Learning rate must be a number in (0, 10]'],
      ['-0.1', 'Learning rate must be a number in (0, 10]'],
      ['0', 'Learning rate must be a number in (0, 10]'],
      ['NaN', 'Learning rate must be a number in (0, 10]'],
      ['1e309', 'too large'],
      ['99999999999999999999', 'Learning rate must be a number in (0, 10]'],
    ])('bad learning rate %j shows a message, keeps the last figure, logs no error', async (raw, message) => {
      const { page, errors } = shared;
      const before = await pathOf(page);
      const n = await renderCount(page, 'tuning-demo');
      const msg = await typeBad('optimizer.lr', raw, `${DEMO} input[type="text"][data-path="optimizer.lr"]`);
      await expect.poll(() => msg.textContent()).toContain(message);
      await page.waitForTimeout(300);
      expect(await renderCount(page, 'tuning-demo')).toBe(n);
      expect(await pathOf(page)).toBe(before);
      expect(errors).toEqual([]);
    });

    it.each([
      ['epochs', '0', 'Epochs must be a whole number from 1 to 2000'],
      ['epochs', '2.5', 'Epochs must be a whole number from 1 to 2000'],
      ['batchSize', '100000', 'Batch size must be a whole number from 1 to 512'],
      ['data.noise', '-1', 'Noise must be a number in [0, 1]'],
      ['seed', 'x', 'Seed must be a whole number'],
      ['init.wa', '1e309', 'Start Wa must be a number in [-10, 10]'],
    ])('bad %s %j shows "%s" next to the control', async (path, raw, message) => {
      const msg = await typeBad(path, raw);
      await expect.poll(() => msg.textContent()).toContain(message);
      expect(shared.errors).toEqual([]);
    });
  });

  it('a limit the core enforces (too many updates) appears next to the control', async () => {
    const { page, errors } = await atDefaults();
    await page.locator(`${DEMO} input[data-path="batchSize"]`).fill('1');
    await page.keyboard.press('Enter');
    await page.locator(`${DEMO} input[data-path="epochs"]`).fill('2000');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`${DEMO} [data-msg-for="epochs"]`).textContent()).toContain('over the limit');
    expect(errors).toEqual([]);
  });

  it('a diverging run says where it diverged and draws its path up to there', async () => {
    const { page, errors } = await atDefaults();
    await afterRender(page, 'tuning-demo', async () => {
      await page.locator(`${DEMO} input[type="text"][data-path="optimizer.lr"]`).fill('10');
      await page.keyboard.press('Enter');
    });
    expect(await statusOf(page)).toMatch(
      /^The run diverged at update 124: loss became Infinity; last Wa = \S+, Wb = \S+\.$/,
    );
    // No orbit to fit: the last one stays, marked as from an earlier run.
    await expect.poll(() => page.locator(`${DEMO} [data-chart="orbit"][data-stale]`).count()).toBe(1);
    expect(await page.locator(`${DEMO} [data-kind="live-orbit"] figcaption`).textContent()).toContain('diverged');
    const d = (await pathOf(page)) ?? '';
    expect(d.split('L').length).toBeGreaterThan(50);
    expect(errors).toEqual([]);
  });

  it('reset returns to the tutorial settings and clears the URL', async () => {
    // A load of its own: the other tests rely on Reset, so it is judged on a page they never touched.
    const { page, close } = await openPage(DEMO_PAGE);
    await hydrated(page, DEMO);
    const d0 = await pathOf(page);
    await afterRender(page, 'tuning-demo', async () => {
      await page.locator(`${DEMO} input[type="text"][data-path="optimizer.lr"]`).fill('0.003');
      await page.keyboard.press('Enter');
    });
    await afterRender(page, 'tuning-demo', () => page.locator(`${DEMO} [data-action="reset"]`).click());
    expect(await page.locator(`${DEMO} input[type="text"][data-path="optimizer.lr"]`).inputValue()).toBe('0.012');
    expect(await pathOf(page)).toBe(d0);
    await urlWritten(page);
    expect(page.url()).not.toContain('tuning-demo');
    await close();
  });
});

describe('figure 12 player', () => {
  const P = '#player-12';
  const readout = (page: Page) => page.locator(`${P} [data-readout]`).textContent();

  // One autoplaying load for the two tests that do not need a fresh one (the SMIL check reads, first).
  let load: Promise<OpenedPage> | undefined;
  const autoplaying = () =>
    (load ??= openPage(DEMO_PAGE, { motion: true }).then(async (opened) => {
      await hydrated(opened.page, P);
      return opened;
    }));
  afterAll(async () => (await load?.catch(() => undefined))?.close());

  it('hides the SMIL layer and draws on a canvas overlay', async () => {
    const { page } = await autoplaying();
    expect(await page.locator(`${P} g[aria-label="optimisation paths"]`).first().getAttribute('display')).toBe('none');
    expect(await page.locator(`${P} canvas.lr-overlay`).count()).toBe(2);
  });

  it('plays, pauses, steps and scrubs; the readout follows the frame', async () => {
    const { page, errors } = await autoplaying();
    // Autoplay (no reduced motion): the frame advances.
    const r1 = await readout(page);
    await expect.poll(() => readout(page), { timeout: 10_000 }).not.toBe(r1);
    await page.locator(`${P} [data-act="toggle"]`).click();
    expect(await page.locator(`${P} [data-act="toggle"]`).getAttribute('aria-pressed')).toBe('false');
    const paused = await readout(page);
    await page.waitForTimeout(300);
    expect(await readout(page)).toBe(paused);
    await page.locator(`${P} [data-scrub]`).fill('1599');
    expect(await readout(page)).toBe('Epoch=200, minibatch=8, Updates=1600');
    await page.locator(`${P} [data-act="forward"]`).click();
    expect(await readout(page)).toBe('Epoch=201, minibatch=1, Updates=1601');
    await page.locator(`${P} [data-act="back"]`).click();
    await page.locator(`${P} [data-act="back"]`).click();
    expect(await readout(page)).toBe('Epoch=200, minibatch=7, Updates=1599');
    // Keyboard on the focused figure.
    await page.locator(`${P} .lr-figure__plot`).focus();
    await page.keyboard.press('End');
    expect(await readout(page)).toBe('Epoch=400, minibatch=8, Updates=3200');
    await page.keyboard.press('ArrowLeft');
    expect(await readout(page)).toBe('Epoch=400, minibatch=7, Updates=3199');
    await page.keyboard.press('Home');
    expect(await readout(page)).toBe('Epoch=1, minibatch=1, Updates=1');
    await page.keyboard.press(' ');
    expect(await page.locator(`${P} [data-act="toggle"]`).getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('does not autoplay under prefers-reduced-motion', async () => {
    const { page, close } = await openPage(DEMO_PAGE);
    await hydrated(page, P);
    expect(await page.locator(`${P} [data-act="toggle"]`).getAttribute('aria-pressed')).toBe('false');
    expect(await readout(page)).toBe('Epoch=400, minibatch=8, Updates=3200');
    await close();
  });
});

describe('linked views', () => {
  it('hovering a run in the MultiStepLR demo marks the same update of that run in the figure 14 player', async () => {
    const { page, errors, close } = await openPage(DEMO_PAGE);
    await hydrated(page, '#player-14');
    await page.locator('#player-14 [data-act="toggle"]').click();
    await hydrated(page, '#multistep-demo');
    await page.waitForFunction(() =>
      document.querySelector('#multistep-demo [data-status]')?.textContent?.includes('Final'),
    );
    // The 100th update of run 2 ("Adam, lr 0.01 fixed", preset adam-0.01-100), on screen.
    // The point is read and hovered where it is now: scrolled to the middle of the window
    // (after scrollIntoView it sat ~50 px below the top edge) and only once the chart has
    // stopped moving, since a hover more than ~2% of the axes away from it marks nothing.
    const pointOnScreen = () =>
      page.evaluate(() => {
        const root = document.getElementById('multistep-demo')!;
        const d = root.querySelector('.lr-live-layer [data-run="1"] path[data-line]')!.getAttribute('d')!;
        const [x, y] = d.slice(1).split('L')[100].split(',').map(Number);
        const m = root.querySelector<SVGSVGElement>('[data-plot] svg')!.getScreenCTM()!;
        const p = new DOMPoint(x, y).matrixTransform(m);
        return { x: p.x, y: p.y };
      });
    await page.evaluate((y) => window.scrollBy(0, y - window.innerHeight / 2), (await pointOnScreen()).y);
    await page.waitForFunction(
      () => {
        const w = window as unknown as { __chartTop?: number[] };
        const top = document.querySelector('#multistep-demo [data-plot] svg')!.getBoundingClientRect().top;
        w.__chartTop = [...(w.__chartTop ?? []), top].slice(-3);
        return w.__chartTop.length === 3 && w.__chartTop.every((t) => t === top);
      },
      undefined,
      { polling: 'raf' },
    );
    const pt = await pointOnScreen();
    expect(pt.y, 'the point is on screen').toBeGreaterThan(0);
    expect(pt.y).toBeLessThan(900);
    await page.mouse.move(pt.x, pt.y);
    await expect.poll(() => page.locator('#player-14').getAttribute('data-highlight')).toMatch(/^adam-0\.01-100:\d+$/);
    const row = Number((await page.locator('#player-14').getAttribute('data-highlight'))!.split(':')[1]);
    expect(Math.abs(row - 100)).toBeLessThanOrEqual(10);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('data changes', () => {
  it('a new noise level re-draws the loss landscape under the path, and reset brings the original back', async () => {
    const { page, errors, close } = await openPage(DEMO_PAGE);
    await hydrated(page, DEMO);
    const fill = () => page.locator(`${DEMO} [data-plot] svg image`).first().getAttribute('href');
    const before = await fill();
    await afterRender(page, 'tuning-demo', async () => {
      await page.locator(`${DEMO} input[data-path="data.noise"]`).fill('0.5');
      await page.keyboard.press('Enter');
    });
    const after = await fill();
    expect(after).toMatch(/^data:image\/png;base64,/);
    expect(after).not.toBe(before);
    expect(await statusOf(page)).toMatch(/^Final Wa = .* after 800 updates\.$/);
    expect(await page.locator(`${DEMO} .lr-live-layer`).count()).toBe(1);
    // The start point still follows the keyboard on the new figure.
    await page.locator(`${DEMO} [data-plot]`).focus();
    await afterRender(page, 'tuning-demo', () => page.keyboard.press('ArrowRight'));
    expect(Number(await page.locator(`${DEMO} input[data-path="init.wa"]`).inputValue())).toBeCloseTo(0.14, 5);
    await afterRender(page, 'tuning-demo', () => page.locator(`${DEMO} [data-action="reset"]`).click());
    expect(await fill()).toBe(before);
    expect(errors).toEqual([]);
    await close();
  });
});
