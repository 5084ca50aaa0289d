/**
 * `npx tsx scripts/measure-heavy-use.ts [--seeds 200]`: the numbers of issue 14, measured
 * once on the built site (dist/, run `npm run build` first), never in the test suite:
 *   1. the largest playground (six runs of 196,608 updates): time until trained and drawn;
 *   2. hover on the largest MultiStepLR demo run: handler time and time to the next frame per move;
 *   3. DOM nodes, JS heap and renderer memory before and after N seed changes in the
 *      section 2.2 demo (after a forced GC; then after a memory-pressure signal, which
 *      shows what of the renderer's growth is purgeable cache).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/support/browser';
import { serveStatic } from '../test/support/static-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--seeds');
const SEEDS = at > 0 ? Number(process.argv[at + 1]) : 200;

/** RSS (MB) of the renderer processes descended from this script (its Chromium). */
function rendererMB(): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ pid: +m[1], ppid: +m[2], rss: +m[3], args: m[4] }));
  const mine = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of rows)
      if (mine.has(r.ppid) && !mine.has(r.pid)) {
        mine.add(r.pid);
        grew = true;
      }
  }
  const kb = rows.filter((r) => mine.has(r.pid) && r.args.includes('--type=renderer')).reduce((n, r) => n + r.rss, 0);
  return Math.round(kb / 1024);
}

const server = await serveStatic(path.join(ROOT, 'dist'), '/');
const browser = await launchBrowser();
const waitStatus = (page: Page, sel: string, re: RegExp) =>
  page.waitForFunction(
    ([s, r]) => new RegExp(r).test(document.querySelector(s)?.textContent ?? ''),
    [sel, re.source] as const,
    {
      timeout: 180_000,
    },
  );

try {
  // 1. The largest playground.
  {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const big = { data: { n: 4096 }, batchSize: 1, epochs: 48 };
    const runs = Buffer.from(JSON.stringify(Array(6).fill(big))).toString('base64url');
    const t0 = performance.now();
    await page.goto(`${server.url}playground/?runs=${runs}`);
    await waitStatus(page, '#playground [data-status]', /trained|diverged|failed|could not/);
    const seconds = (performance.now() - t0) / 1000;
    const points = await page
      .locator('#playground .lr-live-layer path[stroke-width="1.6"]')
      .evaluateAll((ps) => ps.map((p) => (p.getAttribute('d') ?? '').split('L').length));
    console.log(
      JSON.stringify({
        playground: { updates: 6 * 196_608, status: await page.locator('#playground [data-status]').textContent() },
        secondsFromLoadToDrawn: +seconds.toFixed(1),
        pointsDrawnPerPath: points,
      }),
    );
    await page.close();
  }
  // 2. Hover on the largest run of the MultiStepLR demo.
  {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}?multistep-demo.data.n=4096&multistep-demo.batchSize=1&multistep-demo.epochs=48`);
    await waitStatus(page, '#multistep-demo [data-status]', /Final|diverged/);
    const box = (await page.locator('#multistep-demo [data-plot] svg').boundingBox())!;
    // No named helpers inside page functions: tsx's keepNames would reference __name there.
    const t = await page.evaluate(async (b) => {
      const plot = document.querySelector('#multistep-demo [data-plot]')!;
      const handler: number[] = [];
      const total: number[] = [];
      for (let k = 0; k < 60; k++) {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const t0 = performance.now();
        const [x, y] = [b.x + b.width * (0.2 + 0.01 * k), b.y + b.height * (0.3 + 0.4 * (((k * 7) % 60) / 60))];
        plot.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
        handler.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        total.push(performance.now() - t0);
      }
      return { handler, total };
    }, box);
    // Statistics here, not in the page: the page function must stay free of helpers.
    const stats = (a: number[]) => {
      a.sort((p, q) => p - q);
      const at = (q: number) => +a[Math.min(a.length - 1, Math.floor(a.length * q))].toFixed(1);
      return { median: at(0.5), p90: at(0.9), max: at(1) };
    };
    console.log(JSON.stringify({ hover196608: { handlerMs: stats(t.handler), moveToNextFrameMs: stats(t.total) } }));
    await page.close();
  }
  // 3. Seed after seed in the section 2.2 demo.
  {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const footprint = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? NaN;
      return { nodes: get('Nodes'), jsHeapMB: +(get('JSHeapUsedSize') / 2 ** 20).toFixed(1), rendererMB: rendererMB() };
    };
    await page.goto(server.url);
    await page.locator('#tuning-demo').scrollIntoViewIfNeeded();
    await waitStatus(page, '#tuning-demo [data-status]', /Final/);
    const renders = () =>
      page.evaluate(
        () =>
          performance
            .getEntriesByName('island:render')
            .filter((e) => (e as PerformanceMeasure).detail === 'tuning-demo').length,
      );
    const rows: Record<string, unknown> = { before: await footprint() };
    for (let s = 1; s <= SEEDS; s++) {
      const n = await renders();
      await page.locator('#tuning-demo input[data-path="seed"]').evaluate((el, v) => {
        (el as HTMLInputElement).value = v;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }, String(s));
      await page.waitForFunction(
        (n) =>
          performance
            .getEntriesByName('island:render')
            .filter((e) => (e as PerformanceMeasure).detail === 'tuning-demo').length > n,
        n,
        { timeout: 60_000 },
      );
      if (s === 4 || s % 50 === 0) rows[`after ${s}`] = await footprint();
    }
    await cdp.send('Memory.simulatePressureNotification', { level: 'critical' });
    await new Promise((r) => setTimeout(r, 1000));
    rows['after a memory-pressure signal'] = await footprint();
    console.log(JSON.stringify({ seedChanges: rows }, null, 1));
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
