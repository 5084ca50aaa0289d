import { describe, expect, it } from 'vitest';
import { formatRuns } from '../../src/client/export-formats';
import { resolveConfig } from '../../src/core/config';
import { pytorchScript } from '../../src/core/pytorch';
import { train } from '../../src/core/train';

describe('run downloads of a live figure', () => {
  it('offer the edited run as a PyTorch script: the CLI text, a .py file, the first run that has a config', () => {
    const r = resolveConfig({ epochs: 2, optimizer: { type: 'rmsprop' } });
    if (!r.ok) throw new Error('config rejected');
    const trace = train(r.value);
    const file = formatRuns(
      'pytorch',
      [
        { trace, config: null, label: 'reference' },
        { trace, config: r.value, label: 'you' },
      ],
      'tuning-demo',
    );
    expect(file).toEqual({ text: pytorchScript(r.value), type: 'text/x-python', filename: 'tuning-demo-pytorch.py' });
    expect(formatRuns('pytorch', [{ trace, config: null, label: 'reference' }], 'x')).toBeNull();
  });
});
