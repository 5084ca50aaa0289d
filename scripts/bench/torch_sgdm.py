"""Baseline for scripts/bench.ts: the tutorial's SGD-with-momentum run (512 points,
batches of 64, 100 epochs = 800 updates, lr 0.01, momentum 0.9) as a plain PyTorch loop
in float64 with autograd and torch.optim.SGD. Prints one JSON line
{"name","medianMs","runs","wa","wb"}; the time covers data generation and training."""
import json
import math
import statistics
import sys
import time

import torch


def run():
    torch.manual_seed(9999)
    a, b = 1.261845, 1.234378
    c = math.sqrt(a * a - b * b)
    x = torch.linspace(-(a + c), a - c, 512)
    y = b * torch.sqrt(1 - (x + c) ** 2 / a ** 2) + (torch.rand(512) - 0.5) * 0.1
    xs, ys = x.double(), y.double()
    offset = float(torch.tensor(c, dtype=torch.float32))
    wa = torch.tensor([0.1], dtype=torch.float32).double().requires_grad_()
    wb = torch.tensor([1.8], dtype=torch.float32).double().requires_grad_()
    opt = torch.optim.SGD([wa, wb], lr=0.01, momentum=0.9)
    for _ in range(100):
        torch.empty((), dtype=torch.int64).random_()
        perm = torch.randperm(512)
        for k in range(8):
            idx = perm[64 * k:64 * k + 64]
            r = 1 - (xs[idx] + offset) ** 2 / wa ** 2
            mask = r > 0
            loss = torch.nn.functional.mse_loss(wb * torch.sqrt(r[mask]), ys[idx][mask])
            opt.zero_grad()
            loss.backward()
            opt.step()
    return wa.item(), wb.item()


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    torch.set_num_threads(1)
    run()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        wa, wb = run()
        times.append((time.perf_counter() - t0) * 1e3)
    print(json.dumps({"name": "torch-sgdm-100ep", "medianMs": round(statistics.median(times), 3), "runs": runs, "wa": wa, "wb": wb}))


main()
