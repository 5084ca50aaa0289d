/**
 * The PyTorch export in Chromium: the playground's run downloads as a script and copies
 * to the clipboard as the same text, and (where python3-torch is installed) the
 * downloaded script prints the run the playground's JSON download holds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session';

const PG = '#playground';
const PYTHON = '/usr/bin/python3';
const HAS_TORCH = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import torch']).status === 0;

const site = useSiteSession();

async function download(page: Page, kind: string): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`${PG} [data-export="${kind}"]`).click(),
  ]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), text: await readFile(file!, 'utf8') };
}

interface RunJson {
  updates: Record<'loss' | 'wa' | 'wb' | 'lr', (number | null)[]>;
  final: { wa: number; wb: number };
}

describe('PyTorch export', () => {
  it('downloads and copies the playground run as a script that reproduces its JSON download', async () => {
    const { page, errors, close } = await site.open('playground/', {
      acceptDownloads: true,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.locator(PG).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${PG}[data-state="ready"]`, { timeout: 60_000 });
    const script = await download(page, 'pytorch');
    expect(script.name).toBe('playground-pytorch.py');
    expect(script.text.startsWith('#!/usr/bin/env python3')).toBe(true);
    expect(script.text).toContain('class GlobalGeneratorSampler');
    await page.locator(`${PG} [data-export="pytorch-copy"]`).click();
    await page.waitForFunction(
      (sel) => document.querySelector(`${sel} [data-status]`)?.textContent?.includes('copied'),
      PG,
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(script.text);
    const json = JSON.parse((await download(page, 'json')).text) as RunJson;
    expect(errors).toEqual([]);
    await close();
    if (!HAS_TORCH) return;
    const r = spawnSync(PYTHON, ['-'], { input: script.text, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(r.status, r.stderr).toBe(0);
    const torch = JSON.parse(r.stdout) as RunJson;
    const n = Math.min(200, json.updates.wa.length);
    expect(torch.updates.wa.length).toBe(json.updates.wa.length);
    for (const col of ['loss', 'wa', 'wb', 'lr'] as const) {
      for (let i = 0; i < n; i++) {
        const want = torch.updates[col][i];
        const got = json.updates[col][i];
        if (want === null || got === null) {
          expect(got, `${col}[${i}]`).toBe(want);
          continue;
        }
        expect(Math.abs(got - want), `${col}[${i}]`).toBeLessThanOrEqual(1e-8 * Math.abs(want) + 1e-15);
      }
    }
  });
});
