/**
 * `npm run bench:browser [-- --dist DIR] [--runs N]`: live-figure performance in headless
 * Chromium (Debian's /usr/bin/chromium through playwright-core).
 *
 * 1. Slider to re-render: the section 2.2 tuning demo (`#tuning-demo`, on the tutorial
 *    when placed there, else on the playground); each learning-rate slider step is timed
 *    by the island's own `island:render` measure (from the input event to the redrawn
 *    path). Prints the median and the spread. Target: median < 50 ms.
 * 2. Player frame rate: the figure 12 player (`#player-12`, 3200 frames x 4 runs) playing
 *    at 8x for 3 s: display frames (requestAnimationFrame callbacks) per second, frames
 *    the player drew, and the slowest draw. Target: >= 55 fps.
 * 3. Linked-cursor move: the MultiStepLR demo (`#multistep-demo`); each ArrowRight in
 *    its learning-rate chart moves the one update cursor of the rate chart, the loss
 *    chart and the three paths, timed by the `cursor:move` measure (from the key event
 *    to the last view updated). Prints the median. Target: median <= 16 ms.
 * 4. JavaScript shipped to the tutorial page, gzipped: at first load and after every
 *    island on the page has hydrated.
 * 5. Long tasks while the tutorial hydrates under a 4x CPU slowdown (CDP
 *    `Emulation.setCPUThrottlingRate`, as a mid-range phone): the page is scrolled through
 *    so every island hydrates; the longest main-thread task (`longtask` entries) and the
 *    five longest animation frames while hydrating, with the scripts that ran in them and
 *    the time they spent rendering (`long-animation-frame` entries: which island's code to
 *    break up, or whether the frame was the page's drawing). Target: longest task <= 200 ms from the
 *    first island's hydration on (the longest before it, the document's first parse and
 *    layout, is reported beside it).
 *
 * `--only slider,cursor,player,js,hydration` runs just those parts (the CPU is shared).
 * `--trace` adds, to part 5, each long task's main-thread CPU time from a Chromium trace
 * (`longestWhileHydratingCpuMs`, `longestCpuTasks`): what the task costs the page itself,
 * which a busy shared machine does not stretch as it stretches the wall time the target reads.
 * Builds dist/ first when it is missing. Prints JSON; exits 1 when a target is missed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/support/browser';
import { serveStatic } from '../test/support/static-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dist = path.resolve(ROOT, option('--dist') ?? 'dist');
const runs = Number(option('--runs') ?? 40);

if (!existsSync(path.join(dist, 'index.html'))) {
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OUT_DIR: dist },
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

const server = await serveStatic(dist, '/');
const browser = await launchBrowser();

/** The first of `paths` whose HTML contains `marker`. */
function pageWith(marker: string, paths: string[]): string {
  for (const p of paths) {
    const file = path.join(dist, p, 'index.html');
    if (existsSync(file) && readFileSync(file, 'utf8').includes(marker)) return p;
  }
  throw new Error(`no page has ${marker}`);
}

// tsx keeps function names with a __name helper that page.evaluate bodies would lack.
const NAME_SHIM = 'window.__name = (f) => f;';

async function open(p: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.addInitScript(NAME_SHIM);
  await page.goto(server.url + p);
  return page;
}

async function sliderBench() {
  const where = pageWith('id="tuning-demo"', ['', 'playground']);
  const page = await open(where);
  await page.locator('#tuning-demo').scrollIntoViewIfNeeded();
  await page.waitForSelector('#tuning-demo[data-state="ready"]', { timeout: 60_000 });
  const durations: number[] = await page.evaluate(async (runs) => {
    const slider = document.querySelector<HTMLInputElement>(
      '#tuning-demo input[type="range"][data-slider-for="optimizer.lr"]',
    )!;
    const count = () => performance.getEntriesByName('island:render').length;
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      const n = count();
      // Walk the slider over the tutorial's range (lr about 0.0005 .. 0.02).
      slider.value = String(340 + ((i * 37) % 320));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const t0 = performance.now();
      while (count() === n && performance.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 1));
      const entries = performance.getEntriesByName('island:render');
      out.push(entries[entries.length - 1].duration);
      await new Promise((r) => setTimeout(r, 30));
    }
    return out;
  }, runs);
  await page.close();
  const warm = durations.slice(3);
  return {
    page: `/${where}`,
    runs: warm.length,
    medianMs: round(median(warm)),
    minMs: round(Math.min(...warm)),
    maxMs: round(Math.max(...warm)),
  };
}

async function cursorBench() {
  const where = pageWith('id="multistep-demo"', ['', 'playground']);
  const page = await open(where);
  await page.locator('#multistep-demo').scrollIntoViewIfNeeded();
  await page.waitForSelector('#multistep-demo[data-state="ready"]', { timeout: 60_000 });
  await page.waitForFunction(() =>
    document.querySelector('#multistep-demo [data-cursor-readout]')?.textContent?.startsWith('Point'),
  );
  const durations: number[] = await page.evaluate(async (runs) => {
    const host = document.querySelector<HTMLElement>('#multistep-demo [data-timeline] [data-chart="lr"]')!;
    host.focus();
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      const n = performance.getEntriesByName('cursor:move').length;
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      const entries = performance.getEntriesByName('cursor:move');
      if (entries.length > n) out.push(entries[entries.length - 1].duration);
      // Let the frame paint, as a reader's next key press would.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return out;
  }, runs);
  await page.close();
  const warm = durations.slice(3);
  return {
    page: `/${where}`,
    runs: warm.length,
    medianMs: round(median(warm)),
    maxMs: round(Math.max(...warm)),
  };
}

async function playerBench() {
  const where = pageWith('id="player-12"', ['', 'playground']);
  const page = await open(where);
  await page.locator('#player-12').scrollIntoViewIfNeeded();
  await page.waitForSelector('#player-12[data-state="ready"]', { timeout: 60_000 });
  // Let neighbouring islands that came into view finish hydrating: measure the player alone.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(2000);
  const r = await page.evaluate(async () => {
    const root = document.getElementById('player-12')!;
    const toggle = root.querySelector<HTMLButtonElement>('[data-act="toggle"]')!;
    const speed = root.querySelector<HTMLSelectElement>('[data-speed]')!;
    if (toggle.getAttribute('aria-pressed') === 'true') toggle.click();
    const scrub = root.querySelector<HTMLInputElement>('[data-scrub]')!;
    scrub.value = '0';
    scrub.dispatchEvent(new Event('input', { bubbles: true }));
    speed.value = '8';
    speed.dispatchEvent(new Event('change', { bubbles: true }));
    const before = performance.getEntriesByName('player:frame').length;
    let rafs = 0;
    let worstGap = 0;
    let last = performance.now();
    let running = true;
    const count = (now: number) => {
      rafs++;
      worstGap = Math.max(worstGap, now - last);
      last = now;
      if (running) requestAnimationFrame(count);
    };
    toggle.click();
    requestAnimationFrame(count);
    await new Promise((r) => setTimeout(r, 3000));
    running = false;
    const frames = performance.getEntriesByName('player:frame').slice(before);
    return {
      rafs,
      drawn: frames.length,
      worstDrawMs: Math.max(...frames.map((f) => f.duration)),
      worstGapMs: worstGap,
      readout: root.querySelector('[data-readout]')?.textContent ?? '',
    };
  });
  await page.close();
  return {
    page: `/${where}`,
    seconds: 3,
    fps: round(r.rafs / 3),
    framesDrawnPerSecond: round(r.drawn / 3),
    slowestDrawMs: round(r.worstDrawMs),
    longestGapMs: round(r.worstGapMs),
    reachedReadout: r.readout,
  };
}

async function jsBench() {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.addInitScript(NAME_SHIM);
  const loaded = new Set<string>();
  page.on('response', (res) => {
    const u = new URL(res.url());
    if (u.pathname.endsWith('.js')) loaded.add(u.pathname);
  });
  await page.goto(server.url);
  await page.waitForLoadState('networkidle');
  const size = (files: Iterable<string>) =>
    [...files].reduce((s, f) => s + gzipSync(readFileSync(path.join(dist, f.replace(/^\//, '')))).length, 0);
  const initial = size(loaded);
  const initialFiles = loaded.size;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 700) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await page.waitForTimeout(120);
  }
  await page.waitForLoadState('networkidle');
  const islands = await page.evaluate(() => document.querySelectorAll('[data-island]').length);
  await page.close();
  return {
    initialGzipKB: round(initial / 1024),
    initialFiles,
    afterAllIslandsGzipKB: round(size(loaded) / 1024),
    files: loaded.size,
    islandsOnPage: islands,
  };
}

/** Records every long task and long animation frame from the page's first script on. */
const LONG_TASK_SHIM = `
  window.__longTasks = [];
  window.__loafs = [];
  window.__states = [];
  new MutationObserver((ms) => { for (const m of ms) {
    if (m.target.dataset.state === 'loading' && !window.__states.some((s) => s.state === 'loading')) console.timeStamp('lr-hydration-start');
    window.__states.push({ t: performance.now(), id: m.target.id, state: m.target.dataset.state });
  } })
    .observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__loafs.push({
      start: e.startTime, ms: e.duration, blockingMs: e.blockingDuration,
      renderMs: e.renderStart > 0 ? e.startTime + e.duration - e.renderStart : 0,
      scripts: (e.scripts || []).map((s) => ({ ms: Math.round(s.duration), invoker: s.invoker, source: (s.sourceURL || '').split('/').pop() + (s.sourceFunctionName ? ' ' + s.sourceFunctionName : '') })).filter((s) => s.ms >= 10),
    }); }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
`;

/** A complete ('X') event of a Chromium trace. */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

const isTraceEvent = (e: unknown): e is TraceEvent =>
  typeof e === 'object' && e !== null && 'name' in e && 'ph' in e && 'pid' in e && 'tid' in e && 'ts' in e;

/**
 * The main-thread tasks of a trace from the first island's hydration on, longest CPU time
 * first: `tdur` is the thread's own time, which other processes on a shared machine do
 * not stretch (the 4x slowdown does: Chromium spins the thread to emulate it).
 */
function cpuTasks(events: TraceEvent[]) {
  const mark = events.find((e) => e.name === 'TimeStamp' && JSON.stringify(e).includes('lr-hydration-start'));
  if (!mark) return null;
  const onMain = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X');
  const tasks = onMain
    .filter((e) => e.name === 'RunTask' && e.ts + (e.dur ?? 0) > mark.ts)
    .sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0));
  const ms = (us = 0) => round(us / 1000);
  return {
    longestWhileHydratingCpuMs: ms(tasks[0]?.tdur),
    longestCpuTasks: tasks.slice(0, 5).map((t) => {
      const end = t.ts + (t.dur ?? 0);
      const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end);
      const parts = new Map<string, number>();
      for (const e of inside) {
        const nested = inside.some(
          (o) => o !== e && (o.dur ?? 0) > (e.dur ?? 0) && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0),
        );
        if (!nested) parts.set(e.name, (parts.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0));
      }
      return {
        sinceHydrationMs: ms(t.ts - mark.ts),
        wallMs: ms(t.dur),
        cpuMs: ms(t.tdur),
        what: [...parts]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(([k, v]) => `${k} ${ms(v)}`)
          .join(', '),
      };
    }),
  };
}

async function longTaskBench(rate = 4) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.addInitScript(NAME_SHIM + LONG_TASK_SHIM);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  // `--trace`: a Chromium trace of the run, for each task's CPU time beside its wall time.
  const events: TraceEvent[] = [];
  const traced = process.argv.includes('--trace');
  const traceDone = new Promise<void>((resolve) => {
    if (!traced) return resolve();
    cdp.on('Tracing.dataCollected', (d) => {
      for (const e of d.value as unknown[]) if (isTraceEvent(e)) events.push(e);
    });
    cdp.once('Tracing.tracingComplete', () => resolve());
  });
  if (traced)
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
  await page.goto(server.url);
  await page.waitForLoadState('load');
  // Read the page as a reader would, a screen at a time, so each island hydrates as it comes into view.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 800) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await page.waitForTimeout(400);
  }
  await page
    .waitForFunction(
      () =>
        Array.from(document.querySelectorAll('[data-island]')).every(
          (el) => !/^(static|loading)$/.test((el as HTMLElement).dataset.state ?? ''),
        ),
      null,
      { timeout: 120_000 },
    )
    .catch(() => undefined);
  await page.waitForTimeout(1500);
  const r = await page.evaluate(() => {
    const w = window as unknown as {
      __longTasks: { start: number; ms: number }[];
      __loafs: { start: number; ms: number; blockingMs: number; renderMs: number; scripts: unknown[] }[];
      __states: { t: number; id: string; state: string }[];
    };
    const states = Array.from(document.querySelectorAll<HTMLElement>('[data-island]')).map(
      (el) => `${el.id}:${el.dataset.state}`,
    );
    const renders = performance
      .getEntriesByName('island:render')
      .map((e) => ({ start: e.startTime, ms: e.duration, id: String((e as PerformanceMeasure).detail) }));
    return { tasks: w.__longTasks, loafs: w.__loafs, states, changes: w.__states, renders };
  });
  if (traced) await cdp.send('Tracing.end');
  await traceDone;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.close();
  const longest = (ts: { ms: number }[]) => ts.reduce((m, t) => Math.max(m, t.ms), 0);
  // Hydration starts when the first island starts loading; before it the page is parsed and
  // laid out for the first time (a cost of the document, not of the islands).
  const start = r.changes.find((c) => c.state === 'loading')?.t ?? 0;
  return {
    cpuSlowdown: rate,
    longTasks: r.tasks.length,
    firstIslandLoadingAtMs: Math.round(start),
    longestBeforeHydrationMs: round(longest(r.tasks.filter((t) => t.start + t.ms <= start))),
    longestWhileHydratingMs: round(longest(r.tasks.filter((t) => t.start + t.ms > start))),
    longestTaskMs: round(longest(r.tasks)),
    // Each task over the target with the islands that changed state or rendered during it (what to break up).
    over200Ms: r.tasks
      .filter((t) => t.ms > 200)
      .map((t) => {
        const during = (at: number) => at >= t.start - 1 && at <= t.start + t.ms + 1;
        const islands = new Set([
          ...r.changes.filter((c) => during(c.t)).map((c) => `${c.id} ${c.state}`),
          ...r.renders.filter((e) => during(e.start)).map((e) => `${e.id} render ${Math.round(e.ms)} ms`),
        ]);
        return { atMs: Math.round(t.start), ms: Math.round(t.ms), islands: [...islands] };
      }),
    // From the first island's hydration on, like the target (the document's first frames would fill the list).
    longestFrames: r.loafs
      .filter((f) => f.start + f.ms > start)
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((f) => ({
        atMs: Math.round(f.start),
        ms: Math.round(f.ms),
        blockingMs: Math.round(f.blockingMs),
        // The frame's rendering (rAF callbacks, style, layout, paint): a frame long with no script is the page's drawing.
        renderMs: Math.round(f.renderMs),
        scripts: f.scripts,
      })),
    notReady: r.states.filter((s) => !s.endsWith(':ready')),
    ...(traced ? cpuTasks(events) : {}),
  };
}

/** requestAnimationFrame callbacks per second on an empty page: what this machine allows right now. */
async function baselineFps() {
  const page = await open('404.html');
  const n = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let count = 0;
        const t0 = performance.now();
        const step = () => {
          count++;
          if (performance.now() - t0 < 3000) requestAnimationFrame(step);
          else resolve(count);
        };
        requestAnimationFrame(step);
      }),
  );
  await page.close();
  return round(n / 3);
}

// `--only slider,cursor,hydration`: just those parts (the misses check what ran).
const only = option('--only')?.split(',');
const part = async <T>(name: string, fn: () => Promise<T>): Promise<T | null> =>
  !only || only.includes(name) ? fn() : null;
const baseline = await part('player', baselineFps);
const report = {
  /** The machine's 1-minute load average when the bench started: shared CPUs skew every timing. */
  loadAverage: round(loadavg()[0]),
  baselineEmptyPageFps: baseline,
  slider: await part('slider', sliderBench),
  cursor: await part('cursor', cursorBench),
  player: await part('player', playerBench),
  tutorialJs: await part('js', jsBench),
  hydration: await part('hydration', () => longTaskBench()),
};
await browser.close();
await server.close();
/** And when it ended: a load that rose during the run skews its later parts. */
const loadAverageEnd = round(loadavg()[0]);
const misses: string[] = [];
const { slider, cursor, player, hydration } = report;
if (slider && slider.medianMs >= 50) misses.push(`slider re-render median ${slider.medianMs} ms >= 50 ms`);
if (cursor && (!(cursor.runs > 0) || cursor.medianMs > 16))
  misses.push(`linked-cursor move median ${cursor.medianMs} ms > 16 ms`);
if (player && player.fps < 55) misses.push(`player ${player.fps} fps < 55`);
if (hydration && hydration.longestWhileHydratingMs > 200)
  misses.push(
    `longest task while hydrating at ${hydration.cpuSlowdown}x slowdown ${hydration.longestWhileHydratingMs} ms > 200 ms`,
  );
console.log(JSON.stringify({ ...report, loadAverageEnd, misses }, null, 2));
process.exit(misses.length ? 1 : 0);
