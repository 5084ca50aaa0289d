#!/usr/bin/env python3
"""Golden fixtures of the /in-practice/ core (src/core/practice), computed by PyTorch.

Run: /usr/bin/python3 scripts/golden/practice_fixtures.py  (writes test/core/practice/fixtures/)

- finder-*.json: the learning-rate range test as a plain PyTorch loop: the same data,
  shuffles, model and torch.optim optimizer as make_fixtures.py, the rate multiplied by
  g = (end_lr / start_lr) ** (1 / num_it) by hand in the param group after every update,
  fast.ai's debiased moving average of the loss (beta 0.98), the 4x stop, and fast.ai's
  three suggestion rules (steep, minimum, valley) computed here with torch tensors.
- recipe-*.json: the learning-rate curves of the schedule recipes (src/core/practice/
  recipes.ts), built from torch.optim.lr_scheduler's own classes.

Reuses make_fixtures.py's data, shuffling, model, optimizer and scheduler builders, so
these fixtures rest on the same verified generator (make_fixtures.py checks it).
"""
import json
import math
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_fixtures as mf  # noqa: E402  (re-executes with /usr/bin/python3 if torch is missing)
from cases import full_config  # noqa: E402

import torch  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
OUT = os.path.join(ROOT, 'test', 'core', 'practice', 'fixtures')


# ---------------------------------------------------------------- LR range test

def range_test(cfg, start_lr, end_lr, num_it, beta=0.98, stop_factor=4.0):
    """One range test; rows hold the values before each update (lr = the rate it used)."""
    d = cfg['data']
    x32, Y32 = mf.make_data(cfg['seed'], d['n'], d['a'], d['b'], d['noise'])
    x, Y = x32.double(), Y32.double()
    c = mf.model_offset(d['a'], d['b'])
    wa = torch.nn.Parameter(torch.tensor(mf.f32(cfg['init']['wa']), dtype=torch.float64))
    wb = torch.nn.Parameter(torch.tensor(mf.f32(cfg['init']['wb']), dtype=torch.float64))
    opt = mf.make_optimizer({**cfg['optimizer'], 'lr': start_lr}, [wa, wb])
    growth = (end_lr / start_lr) ** (1 / num_it)
    rows = {k: [] for k in ('lr', 'loss', 'smoothed', 'wa', 'wb')}
    avg, beta_pow, best, prev = 0.0, 1.0, math.inf, math.nan
    n, bs = d['n'], cfg['batchSize']
    stop = 'end'
    while stop == 'end' and len(rows['lr']) < num_it:
        _, perm = mf.epoch_permutation(n)
        for start in range(0, n, bs):
            if len(rows['lr']) >= num_it:
                break
            idx = perm[start:start + bs]
            opt.zero_grad()
            loss, _ = mf.masked_mse(x[idx], Y[idx], c, wa, wb)
            loss.backward()
            value = loss.item()
            if not math.isnan(value):
                avg = beta * avg + (1 - beta) * value
                beta_pow *= beta
                prev = avg / (1 - beta_pow)
            for k, v in (('lr', opt.param_groups[0]['lr']), ('loss', value), ('smoothed', prev),
                         ('wa', wa.item()), ('wb', wb.item())):
                rows[k].append(v)
            opt.step()
            opt.param_groups[0]['lr'] *= growth
            best = min(best, prev)
            if prev > stop_factor * best:
                stop = 'blowup'
                break
    return rows, stop, growth


def suggestions(lrs, losses, num_it):
    """fast.ai's rules on the window [num_it // 10, -5) of the curve; indices into the whole curve."""
    lo = num_it // 10
    hi = len(losses) - 5
    if hi - lo < 2:
        lo, hi = 0, len(losses)
    lr_t = torch.tensor(lrs[lo:hi], dtype=torch.float64)
    loss_t = torch.tensor(losses[lo:hi], dtype=torch.float64)
    nan = torch.nonzero(torch.isnan(loss_t)).flatten()
    if len(nan) > 0:
        lr_t, loss_t = lr_t[:int(nan[0])], loss_t[:int(nan[0])]
    grads = (loss_t[1:] - loss_t[:-1]) / (lr_t[1:].log() - lr_t[:-1].log())
    steep = int(grads.argmin())
    minimum = int(loss_t.argmin())
    # valley: longest decreasing subsequence, as fast.ai writes it (end updated inside the inner loop).
    m = len(loss_t)
    lds = [1] * m
    max_start = max_end = 0
    for i in range(1, m):
        for j in range(i):
            if loss_t[i] < loss_t[j] and lds[i] < lds[j] + 1:
                lds[i] = lds[j] + 1
            if lds[max_end] < lds[i]:
                max_end = i
                max_start = max_end - lds[max_end]
    sections = (max_end - max_start) / 3
    valley = max_start + int(sections) + int(sections / 2)
    return {
        'steep': {'lr': float(lr_t[steep]), 'index': lo + steep},
        'minimum': {'lr': float(lr_t[minimum]) / 10, 'index': lo + minimum},
        'valley': {'lr': float(lr_t[valley]), 'index': lo + valley},
    }


FINDER_CASES = [
    # name, run (partial TrainConfig), options
    ('finder-default', {'optimizer': {'type': 'sgd'}}, {'startLr': 1e-3, 'endLr': 10.0, 'numIt': 100}),
    ('finder-seed1', {'seed': 1, 'optimizer': {'type': 'sgd'}}, {'startLr': 1e-3, 'endLr': 10.0, 'numIt': 100}),
    ('finder-sgd-momentum', {'optimizer': {'type': 'sgd', 'momentum': 0.9}},
     {'startLr': 1e-4, 'endLr': 10.0, 'numIt': 100}),
    ('finder-adam-batch32', {'batchSize': 32, 'optimizer': {'type': 'adam'}},
     {'startLr': 1e-4, 'endLr': 10.0, 'numIt': 150}),
]


def write_json(name, obj):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + '.json')
    with open(path, 'w') as fh:
        json.dump(obj, fh, separators=(',', ':'), allow_nan=False)
        fh.write('\n')


def json_number(v):
    return None if isinstance(v, float) and math.isnan(v) else v


def finder_fixtures(only):
    for name, run, opts in FINDER_CASES:
        if only and name not in only:
            continue
        cfg = full_config({**run, 'epochs': 1})
        rows, stop, growth = range_test(cfg, opts['startLr'], opts['endLr'], opts['numIt'])
        sugg = suggestions(rows['lr'], rows['smoothed'], opts['numIt'])
        write_json(name, {
            'name': name, 'torch': torch.__version__, 'run': run, 'options': opts, 'growth': growth,
            'stop': stop, 'rows': {k: [json_number(v) for v in vs] for k, vs in rows.items()},
            'suggestions': sugg,
        })
        print(f'{name:24s} {len(rows["lr"]):4d} updates  stop={stop}  '
              + '  '.join(f'{k}={v["lr"]:.3g}@{v["index"]}' for k, v in sugg.items()))


# ---------------------------------------------------------------- schedule recipes

def recipe_scheduler(rid, opt, total, peak, warmup=0.05, decay=0.1, start=0.01):
    """The recipes of src/core/practice/recipes.ts, written directly with torch's classes."""
    S = torch.optim.lr_scheduler
    def steps(fraction):  # JavaScript's Math.round (halves up), not Python's round (halves to even)
        return min(total - 1, max(1, math.floor(fraction * total + 0.5)))
    w = steps(warmup)
    if rid == 'warmup-cosine':
        return S.SequentialLR(opt, [S.LinearLR(opt, start_factor=start, end_factor=1.0, total_iters=w),
                                    S.CosineAnnealingLR(opt, T_max=total - w, eta_min=0.0)], milestones=[w])
    if rid == 'one-cycle':
        return S.OneCycleLR(opt, max_lr=peak, total_steps=total)
    if rid == 'warmup-stable-decay':
        d = min(total - w - 1, steps(decay))
        return S.SequentialLR(opt, [S.LinearLR(opt, start_factor=start, end_factor=1.0, total_iters=w),
                                    S.ConstantLR(opt, factor=1.0, total_iters=1),
                                    S.LinearLR(opt, start_factor=1.0, end_factor=0.0, total_iters=d)],
                              milestones=[w, total - d])
    raise SystemExit('unknown recipe ' + rid)


RECIPE_CASES = [
    # name, recipe id, optimizer, options
    ('recipe-warmup-cosine', 'warmup-cosine', 'sgd', {'totalSteps': 200, 'peakLr': 0.1}),
    ('recipe-warmup-cosine-long-warmup', 'warmup-cosine', 'adam', {'totalSteps': 200, 'peakLr': 0.12, 'warmup': 0.2}),
    ('recipe-one-cycle', 'one-cycle', 'sgd', {'totalSteps': 200, 'peakLr': 0.1}),
    ('recipe-warmup-stable-decay', 'warmup-stable-decay', 'adam', {'totalSteps': 200, 'peakLr': 0.12}),
]


def recipe_fixtures(only):
    for name, rid, kind, opts in RECIPE_CASES:
        if only and name not in only:
            continue
        p = [torch.nn.Parameter(torch.zeros((), dtype=torch.float64))]
        peak = opts['peakLr']
        opt = (torch.optim.SGD(p, lr=peak, momentum=0.9) if kind == 'sgd'
               else torch.optim.Adam(p, lr=peak))
        sched = recipe_scheduler(rid, opt, opts['totalSteps'], peak, opts.get('warmup', 0.05), opts.get('decay', 0.1))
        lrs = []
        for _ in range(opts['totalSteps']):
            lrs.append(opt.param_groups[0]['lr'])
            opt.step()
            sched.step()
        write_json(name, {'name': name, 'torch': torch.__version__, 'recipe': rid, 'optimizer': kind,
                          'options': opts, 'lr': lrs})
        print(f'{name:34s} lr {lrs[0]:.3g} .. max {max(lrs):.3g} .. {lrs[-1]:.3g}')


def main():
    only = set(a for a in sys.argv[1:] if not a.startswith('--'))
    torch.set_num_threads(1)
    finder_fixtures(only)
    recipe_fixtures(only)


if __name__ == '__main__':
    main()
