/**
 * examples/ holds the configs the README and CONTRIBUTING name: every tutorial run (one
 * file per preset, equal to the preset the site trains), a scheduler run, and an invalid
 * config whose messages the docs show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { PRESETS } from '../../src/experiments/presets';
import { presetConfig } from '../../src/experiments/runner';
import { describeErrors } from '../../scripts/train/io';
import { ROOT } from '../support/paths';

const EXAMPLES = path.join(ROOT, 'examples');
const json = (rel: string): unknown => JSON.parse(readFileSync(path.join(EXAMPLES, rel), 'utf8'));

describe('examples/', () => {
  it('examples/tutorial/ has one config per tutorial run, named by its preset id, equal to the preset', () => {
    const files = readdirSync(path.join(EXAMPLES, 'tutorial')).sort();
    expect(files).toEqual(PRESETS.map((p) => `${p.id}.json`).sort());
    for (const p of PRESETS) {
      const r = resolveConfig(json(`tutorial/${p.id}.json`));
      expect(r.ok && r.value, p.id).toEqual(presetConfig(p.id));
    }
  });

  it('adam-cosine.json is a valid scheduler run', () => {
    const r = resolveConfig(json('adam-cosine.json'));
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.scheduler?.type).toBe('CosineAnnealingLR');
  });

  it('invalid.json is refused with one message per problem, the ones the README shows', () => {
    const r = resolveConfig(json('invalid.json'));
    if (r.ok) throw new Error('invalid.json must be invalid');
    const text = describeErrors(r.errors);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const line of text.split('\n')) expect(readme, line).toContain(line);
    expect(r.errors.length).toBeGreaterThanOrEqual(4);
  });
});
