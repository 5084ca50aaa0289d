"""Writes test/core/fixtures/reference-logs/section-2.1.json: the lines of the original
section 2.1 logs (coolgpu/Demo_HyperParameters_and_Schedulers, results/, by Xiyun Song)
that test/core/reference-logs.test.ts compares against, and nothing else.

Run: python3 scripts/golden/reference_logs.py [folder with the logs]  (default ../shared/reference)
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared', 'reference')
OUT = os.path.join(ROOT, 'test', 'core', 'fixtures', 'reference-logs', 'section-2.1.json')

out = {}
for name in ['SGD', 'SGD_w_Momentum', 'RMSprop', 'Adam']:
    log = f'{name}_custom_implement_LR0.01_results.log'
    with open(os.path.join(SRC, log)) as f:
        lines = f.read().split('\n')
    out[name] = {
        'file': f'results/{log}',
        # Line 0 names the method; lines 1-2: sizes and learning rate, the float32 start.
        'header': lines[1:3],
        'firstEpoch': [l for l in lines if l.startswith('updates=')][:8],
        'final': next(l for l in lines if 'Final estimated' in l),
    }
with open(OUT, 'w') as f:
    json.dump(out, f, indent=2)
    f.write('\n')
print(f'wrote {OUT}')
