/**
 * The fixed parts of the exported PyTorch script; {{NAME}} marks what `pytorchScript`
 * fills in from the config. Python 3 with torch >= 1.13 (CPU).
 */

export const PREAMBLE = `#!/usr/bin/env python3
"""One run of the learning-rate tutorial's training core, reproduced with PyTorch.

{{SUMMARY}}

Data: float32 values from torch's global generator, as the original 2021 script made
them. Shuffling: the 2021 DataLoader's order (each epoch draws the iterator's base seed,
then randperm from the global generator). Training: float64, like the tutorial's core.
Prints one JSON object shaped like \`npm run train -- --format json\`: the config, the
per-update columns (loss, parameters and gradients before each update, the rate it
used), the final parameters and whether the run diverged.
"""
import json
import math

import torch
import torch.nn.functional as F
from torch.optim import lr_scheduler

CONFIG = json.loads('{{CONFIG}}')
SEED = {{SEED}}
N, A, B, NOISE = {{N}}, {{A}}, {{B}}, {{NOISE}}
BATCH_SIZE, EPOCHS = {{BATCH_SIZE}}, {{EPOCHS}}


def f32(v):
    """The float32 rounding of v, as a Python float."""
    return float(torch.tensor(v, dtype=torch.float32))


# The orbit data: x evenly spaced, y on the upper half of the ellipse plus uniform noise.
torch.manual_seed(SEED)
C = math.sqrt(A * A - B * B)
x = torch.linspace(-(A + C), A - C, N, dtype=torch.float32)
y = B * torch.sqrt((1 - (x + C) ** 2 / A ** 2).clamp(min=0))
Y = y + (torch.rand(N, dtype=torch.float32) - 0.5) * NOISE


class GlobalGeneratorSampler(torch.utils.data.Sampler):
    """RandomSampler as of early 2021: the permutation comes from the global generator
    (later releases seed a private generator, which changes the order)."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        yield from torch.randperm(self.n).tolist()

    def __len__(self):
        return self.n


# Each epoch the loader's iterator draws its base seed, then the sampler draws randperm(N).
# Whole index batches go to the dataset (one indexing per batch instead of per point).
batches = torch.utils.data.BatchSampler(GlobalGeneratorSampler(N), batch_size=BATCH_SIZE, drop_last=False)
loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x.double(), Y.double()),
                                     sampler=batches, batch_size=None)


class OrbitRegressionNet(torch.nn.Module):
    """y = Wb * sqrt(1 - (x + c)^2 / Wa^2); points where the root is not real are left out."""

    def __init__(self, wa, wb, c):
        super().__init__()
        self.Wa = torch.nn.Parameter(torch.tensor(wa, dtype=torch.float64))
        self.Wb = torch.nn.Parameter(torch.tensor(wb, dtype=torch.float64))
        self.c = c

    def forward(self, x):
        r = 1 - (x + self.c) ** 2 / self.Wa ** 2
        keep = r > 0
        return self.Wb * torch.sqrt(r[keep]), keep


# float32 start values and centre offset, as the original's float32 tensors held them.
model = OrbitRegressionNet(f32({{WA}}), f32({{WB}}), f32(C))
{{OPTIMIZER}}
{{SCHEDULER}}
`;

export const LOOP = `

def describe(v):
    return 'NaN' if math.isnan(v) else 'Infinity' if v > 0 else '-Infinity'


def train():
    rows = {k: [] for k in ('epoch', 'minibatch', 'loss', 'wa', 'wb', 'dwa', 'dwb', 'lr', 'allMasked')}
    for epoch in range(EPOCHS):
        epoch_losses = []
        for minibatch, (xb, yb) in enumerate(loader):
            update = len(rows['loss']) + 1
            optimizer.zero_grad()
            pred, keep = model(xb)
            # Every point masked: the mean over nothing is NaN, the gradients are zero, and
            # the optimizer and scheduler still step (the core records the row).
            loss = F.mse_loss(pred, yb[keep])
            loss.backward()
            value, masked = loss.item(), not bool(keep.any())
            wa, wb = model.Wa.item(), model.Wb.item()
            dwa, dwb = model.Wa.grad.item(), model.Wb.grad.item()
            stop = None
            if not masked and not math.isfinite(value):
                stop = 'loss became ' + describe(value)
            elif not (math.isfinite(dwa) and math.isfinite(dwb)):
                stop = 'gradient became ' + describe(dwb if math.isfinite(dwa) else dwa)
            if stop is None:
                lr = optimizer.param_groups[0]['lr']
                optimizer.step()
                new_wa, new_wb = model.Wa.item(), model.Wb.item()
                if not math.isfinite(new_wa):
                    stop = 'Wa became ' + describe(new_wa)
                elif not math.isfinite(new_wb):
                    stop = 'Wb became ' + describe(new_wb)
                elif any(torch.is_tensor(v) and bool(torch.isinf(v).any())
                         for s in optimizer.state.values() for v in s.values()):
                    stop = 'optimizer state became Infinity'
            if stop is not None:
                return rows, {'wa': wa, 'wb': wb}, {'update': update, 'reason': stop}
            for k, v in (('epoch', epoch), ('minibatch', minibatch), ('loss', value), ('wa', wa), ('wb', wb),
                         ('dwa', dwa), ('dwb', dwb), ('lr', lr), ('allMasked', int(masked))):
                rows[k].append(v)
            if not masked:
                epoch_losses.append(value){{STEP_UPDATE}}{{STEP_EPOCH}}
    return rows, {'wa': model.Wa.item(), 'wb': model.Wb.item()}, None


def clean(v):
    """JSON has no NaN: write null, as the tutorial's exports do."""
    return None if isinstance(v, float) and math.isnan(v) else v


rows, final, diverged = train()
print(json.dumps({'config': CONFIG, 'updates': {k: [clean(v) for v in vs] for k, vs in rows.items()},
                  'final': final, 'diverged': diverged}))
`;
