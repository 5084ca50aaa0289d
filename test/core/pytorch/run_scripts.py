"""Runs many generated PyTorch scripts in one Python process (importing torch once).

stdin: JSON list of {"name", "script"}; stdout: JSON object name -> the script's printed
JSON, or {"error": "..."} if it raised. Used by test/core/pytorch/script.test.ts.
"""
import contextlib
import io
import json
import sys
import traceback
import warnings

import torch

warnings.filterwarnings('ignore')
torch.set_num_threads(1)
out = {'torch': torch.__version__, 'runs': {}}
for job in json.load(sys.stdin):
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            exec(compile(job['script'], job['name'] + '.py', 'exec'), {'__name__': '__main__'})
        out['runs'][job['name']] = json.loads(buf.getvalue())
    except Exception:  # noqa: BLE001 - reported to the test
        out['runs'][job['name']] = {'error': traceback.format_exc(limit=3)}
json.dump(out, sys.stdout)
