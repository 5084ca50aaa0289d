"""Prints test/core/schedulers/fixtures/torch-values.ts: learning rates (and momenta) that
torch.optim.lr_scheduler produces on this machine, pinned as literals for the unit tests.

Run: /usr/bin/python3 test/core/schedulers/torch_values.py > test/core/schedulers/fixtures/torch-values.ts
Each case: build an optimizer on one dummy parameter, build the scheduler, then record
param_groups[0]['lr'] after construction and after each scheduler.step() (no real
optimizer step is needed: PyTorch schedulers only read and write the param group).
"""
import json
import warnings

import torch
from torch.optim import SGD, Adam, lr_scheduler as L

warnings.filterwarnings("ignore")


def opt(kind, lr):
    p = [torch.zeros(1, requires_grad=True)]
    if kind == "sgd":
        return SGD(p, lr=lr, momentum=0.9)
    return Adam(p, lr=lr, betas=(0.9, 0.999))


def momentum_of(o):
    g = o.param_groups[0]
    return g["betas"][0] if "betas" in g else g["momentum"]


CASES = []


def case(name, spec, ctx, torch_call, build, steps, metrics=None, momentum=False):
    CASES.append((name, spec, ctx, torch_call, build, steps, metrics, momentum))


def ctx(kind, lr, total=100, spe=8):
    return {"baseLr": lr, "baseMomentum": 0.9, "stepsPerEpoch": spe, "totalSteps": total, "_opt": kind}


M3 = [4, 8, 10, 12, 14, 16, 18, 20, 22, 24]
case("ConstantLR defaults", {"type": "ConstantLR"}, ctx("sgd", 0.1), "ConstantLR(SGD(lr=0.1))",
     lambda o: L.ConstantLR(o), 10)
case("ConstantLR factor 0.5, totalIters 3", {"type": "ConstantLR", "factor": 0.5, "totalIters": 3}, ctx("sgd", 0.1),
     "ConstantLR(SGD(lr=0.1), factor=0.5, total_iters=3)", lambda o: L.ConstantLR(o, factor=0.5, total_iters=3), 8)
case("StepLR stepSize 3, gamma 0.5", {"type": "StepLR", "stepSize": 3, "gamma": 0.5}, ctx("sgd", 0.1),
     "StepLR(SGD(lr=0.1), step_size=3, gamma=0.5)", lambda o: L.StepLR(o, step_size=3, gamma=0.5), 12)
case("MultiStepLR tutorial case 3", {"type": "MultiStepLR", "milestones": M3, "gamma": 0.8}, ctx("adam", 0.12),
     "MultiStepLR(Adam(lr=0.12), milestones=[4, 8, 10, ..., 24], gamma=0.8)",
     lambda o: L.MultiStepLR(o, milestones=M3, gamma=0.8), 30)
case("MultiStepLR tutorial case 4", {"type": "MultiStepLR", "milestones": [5, 10, 15, 20], "gamma": 0.5},
     ctx("adam", 0.12), "MultiStepLR(Adam(lr=0.12), milestones=[5, 10, 15, 20], gamma=0.5)",
     lambda o: L.MultiStepLR(o, milestones=[5, 10, 15, 20], gamma=0.5), 30)
case("MultiStepLR repeated milestone", {"type": "MultiStepLR", "milestones": [2, 2, 5], "gamma": 0.5},
     ctx("sgd", 0.1), "MultiStepLR(SGD(lr=0.1), milestones=[2, 2, 5], gamma=0.5)",
     lambda o: L.MultiStepLR(o, milestones=[2, 2, 5], gamma=0.5), 8)
case("MultiplicativeLR tutorial case 3", {"type": "MultiplicativeLR", "factor": 0.8, "start": 6, "end": 24, "every": 2},
     ctx("adam", 0.12), "MultiplicativeLR(Adam(lr=0.12), lr_lambda=lambda t: 0.8 if 6 <= t <= 24 and t % 2 == 0 else 1)",
     lambda o: L.MultiplicativeLR(o, lr_lambda=lambda t: 0.8 if 6 <= t <= 24 and t % 2 == 0 else 1), 30)
case("MultiplicativeLR tutorial case 4", {"type": "MultiplicativeLR", "factor": 0.5, "at": [5, 10, 15, 20]},
     ctx("adam", 0.12), "MultiplicativeLR(Adam(lr=0.12), lr_lambda=lambda t: 0.5 if t in (5, 10, 15, 20) else 1)",
     lambda o: L.MultiplicativeLR(o, lr_lambda=lambda t: 0.5 if t in (5, 10, 15, 20) else 1), 30)
case("LambdaLR every 3rd step from 2", {"type": "LambdaLR", "factor": 0.7, "start": 2, "end": 14, "every": 3},
     ctx("sgd", 0.05), "LambdaLR(SGD(lr=0.05), lr_lambda=lambda t: 0.7 ** len([u for u in range(2, min(t, 14) + 1, 3)]))",
     lambda o: L.LambdaLR(o, lr_lambda=lambda t: 0.7 ** len([u for u in range(2, min(t, 14) + 1, 3)])), 20)
case("ExponentialLR gamma 0.9", {"type": "ExponentialLR", "gamma": 0.9}, ctx("sgd", 0.1),
     "ExponentialLR(SGD(lr=0.1), gamma=0.9)", lambda o: L.ExponentialLR(o, gamma=0.9), 20)
case("LinearLR warm-up", {"type": "LinearLR", "startFactor": 0.25, "endFactor": 1.0, "totalIters": 6}, ctx("sgd", 0.1),
     "LinearLR(SGD(lr=0.1), start_factor=0.25, end_factor=1.0, total_iters=6)",
     lambda o: L.LinearLR(o, start_factor=0.25, end_factor=1.0, total_iters=6), 10)
case("LinearLR decay", {"type": "LinearLR", "startFactor": 1.0, "endFactor": 0.1, "totalIters": 7}, ctx("sgd", 0.03),
     "LinearLR(SGD(lr=0.03), start_factor=1.0, end_factor=0.1, total_iters=7)",
     lambda o: L.LinearLR(o, start_factor=1.0, end_factor=0.1, total_iters=7), 10)
case("PolynomialLR power 2", {"type": "PolynomialLR", "totalIters": 8, "power": 2.0}, ctx("sgd", 0.1),
     "PolynomialLR(SGD(lr=0.1), total_iters=8, power=2.0)", lambda o: L.PolynomialLR(o, total_iters=8, power=2.0), 12)
case("CosineAnnealingLR two periods", {"type": "CosineAnnealingLR", "tMax": 10, "etaMin": 0.001}, ctx("sgd", 0.1),
     "CosineAnnealingLR(SGD(lr=0.1), T_max=10, eta_min=0.001)",
     lambda o: L.CosineAnnealingLR(o, T_max=10, eta_min=0.001), 45)
case("CosineAnnealingLR long", {"type": "CosineAnnealingLR", "tMax": 800}, ctx("adam", 0.12),
     "CosineAnnealingLR(Adam(lr=0.12), T_max=800)", lambda o: L.CosineAnnealingLR(o, T_max=800), 801)
case("CosineAnnealingWarmRestarts t0 5 tMult 2", {"type": "CosineAnnealingWarmRestarts", "t0": 5, "tMult": 2, "etaMin": 0.001},
     ctx("sgd", 0.1), "CosineAnnealingWarmRestarts(SGD(lr=0.1), T_0=5, T_mult=2, eta_min=0.001)",
     lambda o: L.CosineAnnealingWarmRestarts(o, T_0=5, T_mult=2, eta_min=0.001), 40)
case("CyclicLR triangular", {"type": "CyclicLR", "baseLr": 0.001, "maxLr": 0.01, "stepSizeUp": 4, "stepSizeDown": 6},
     ctx("sgd", 0.1), "CyclicLR(SGD(lr=0.1, momentum=0.9), base_lr=0.001, max_lr=0.01, step_size_up=4, step_size_down=6)",
     lambda o: L.CyclicLR(o, base_lr=0.001, max_lr=0.01, step_size_up=4, step_size_down=6), 25, momentum=True)
case("CyclicLR triangular2", {"type": "CyclicLR", "baseLr": 0.001, "maxLr": 0.01, "stepSizeUp": 3, "mode": "triangular2"},
     ctx("sgd", 0.1), "CyclicLR(SGD(lr=0.1, momentum=0.9), base_lr=0.001, max_lr=0.01, step_size_up=3, mode='triangular2')",
     lambda o: L.CyclicLR(o, base_lr=0.001, max_lr=0.01, step_size_up=3, mode="triangular2"), 25, momentum=True)
case("CyclicLR exp_range without momentum cycling",
     {"type": "CyclicLR", "baseLr": 0.002, "maxLr": 0.02, "stepSizeUp": 5, "mode": "exp_range", "gamma": 0.95,
      "cycleMomentum": False},
     ctx("sgd", 0.1), "CyclicLR(SGD(lr=0.1, momentum=0.9), base_lr=0.002, max_lr=0.02, step_size_up=5, mode='exp_range', gamma=0.95, cycle_momentum=False)",
     lambda o: L.CyclicLR(o, base_lr=0.002, max_lr=0.02, step_size_up=5, mode="exp_range", gamma=0.95, cycle_momentum=False), 25)
case("OneCycleLR cos, SGD momentum", {"type": "OneCycleLR", "maxLr": 0.1, "totalSteps": 20}, ctx("sgd", 0.01),
     "OneCycleLR(SGD(lr=0.01, momentum=0.9), max_lr=0.1, total_steps=20)",
     lambda o: L.OneCycleLR(o, max_lr=0.1, total_steps=20), 20, momentum=True)
case("OneCycleLR linear three-phase, Adam beta1",
     {"type": "OneCycleLR", "maxLr": 0.2, "epochs": 3, "stepsPerEpoch": 8, "annealStrategy": "linear", "threePhase": True,
      "pctStart": 0.25},
     ctx("adam", 0.01), "OneCycleLR(Adam(lr=0.01), max_lr=0.2, epochs=3, steps_per_epoch=8, anneal_strategy='linear', three_phase=True, pct_start=0.25)",
     lambda o: L.OneCycleLR(o, max_lr=0.2, epochs=3, steps_per_epoch=8, anneal_strategy="linear", three_phase=True, pct_start=0.25),
     24, momentum=True)
case("OneCycleLR total from the run, no momentum cycling",
     {"type": "OneCycleLR", "maxLr": 0.12, "cycleMomentum": False, "divFactor": 10.0, "finalDivFactor": 100.0},
     ctx("adam", 0.01, total=30), "OneCycleLR(Adam(lr=0.01), max_lr=0.12, total_steps=30, cycle_momentum=False, div_factor=10.0, final_div_factor=100.0)",
     lambda o: L.OneCycleLR(o, max_lr=0.12, total_steps=30, cycle_momentum=False, div_factor=10.0, final_div_factor=100.0), 30)
PLATEAU_METRICS = [1.0, 0.9, 0.95, 0.91, 0.92, 0.93, 0.5, 0.49, 0.495, 0.5, 0.51, 0.52, 0.53, 0.3, 0.31, 0.32, 0.33, 0.34,
                   0.35, 0.36, 0.37, 0.38, 0.39, 0.4]
case("ReduceLROnPlateau min rel, patience 2, cooldown 1",
     {"type": "ReduceLROnPlateau", "factor": 0.5, "patience": 2, "cooldown": 1, "threshold": 0.02, "minLr": 0.002},
     ctx("sgd", 0.1), "ReduceLROnPlateau(SGD(lr=0.1), factor=0.5, patience=2, cooldown=1, threshold=0.02, min_lr=0.002); step(metric)",
     lambda o: L.ReduceLROnPlateau(o, factor=0.5, patience=2, cooldown=1, threshold=0.02, min_lr=0.002), 25, metrics=PLATEAU_METRICS)
case("ReduceLROnPlateau max abs",
     {"type": "ReduceLROnPlateau", "mode": "max", "thresholdMode": "abs", "threshold": 0.05, "factor": 0.2, "patience": 1},
     ctx("sgd", 0.1), "ReduceLROnPlateau(SGD(lr=0.1), mode='max', threshold_mode='abs', threshold=0.05, factor=0.2, patience=1); step(metric)",
     lambda o: L.ReduceLROnPlateau(o, mode="max", threshold_mode="abs", threshold=0.05, factor=0.2, patience=1), 25,
     metrics=[-x for x in PLATEAU_METRICS])
case("SequentialLR LinearLR warm-up then ExponentialLR",
     {"type": "SequentialLR", "schedulers": [{"type": "LinearLR", "startFactor": 0.1, "totalIters": 4},
                                              {"type": "ExponentialLR", "gamma": 0.9}], "milestones": [4]},
     ctx("sgd", 0.1), "SequentialLR(o, [LinearLR(o, start_factor=0.1, total_iters=4), ExponentialLR(o, gamma=0.9)], milestones=[4]) with o = SGD(lr=0.1)",
     lambda o: L.SequentialLR(o, [L.LinearLR(o, start_factor=0.1, total_iters=4), L.ExponentialLR(o, gamma=0.9)], milestones=[4]), 15)
case("SequentialLR ConstantLR, CosineAnnealingLR, MultiplicativeLR",
     {"type": "SequentialLR", "schedulers": [{"type": "ConstantLR", "factor": 0.5, "totalIters": 2},
                                              {"type": "CosineAnnealingLR", "tMax": 6, "etaMin": 0.01},
                                              {"type": "MultiplicativeLR", "factor": 0.5, "every": 2}],
      "milestones": [3, 9]},
     ctx("sgd", 0.1), "SequentialLR(o, [ConstantLR(o, factor=0.5, total_iters=2), CosineAnnealingLR(o, T_max=6, eta_min=0.01), MultiplicativeLR(o, lambda t: 0.5 if t % 2 == 1 else 1)], milestones=[3, 9]) with o = SGD(lr=0.1)",
     lambda o: L.SequentialLR(o, [L.ConstantLR(o, factor=0.5, total_iters=2), L.CosineAnnealingLR(o, T_max=6, eta_min=0.01),
                                  L.MultiplicativeLR(o, lr_lambda=lambda t: 0.5 if t % 2 == 1 else 1)], milestones=[3, 9]), 16)
case("ChainedScheduler ConstantLR and ExponentialLR",
     {"type": "ChainedScheduler", "schedulers": [{"type": "ConstantLR", "factor": 0.5, "totalIters": 3},
                                                  {"type": "ExponentialLR", "gamma": 0.9}]},
     ctx("sgd", 0.1), "ChainedScheduler([ConstantLR(o, factor=0.5, total_iters=3), ExponentialLR(o, gamma=0.9)]) with o = SGD(lr=0.1)",
     lambda o: L.ChainedScheduler([L.ConstantLR(o, factor=0.5, total_iters=3), L.ExponentialLR(o, gamma=0.9)]), 10)
case("ChainedScheduler LinearLR and CosineAnnealingLR",
     {"type": "ChainedScheduler", "schedulers": [{"type": "LinearLR", "startFactor": 0.2, "totalIters": 5},
                                                  {"type": "CosineAnnealingLR", "tMax": 12}]},
     ctx("adam", 0.05), "ChainedScheduler([LinearLR(o, start_factor=0.2, total_iters=5), CosineAnnealingLR(o, T_max=12)]) with o = Adam(lr=0.05)",
     lambda o: L.ChainedScheduler([L.LinearLR(o, start_factor=0.2, total_iters=5), L.CosineAnnealingLR(o, T_max=12)]), 16)

case("SequentialLR StepLR then CosineAnnealingWarmRestarts then LambdaLR",
     {"type": "SequentialLR", "schedulers": [{"type": "StepLR", "stepSize": 2, "gamma": 0.5},
                                              {"type": "CosineAnnealingWarmRestarts", "t0": 4},
                                              {"type": "LambdaLR", "factor": 0.9, "at": [1, 2, 4]}],
      "milestones": [5, 14]},
     ctx("sgd", 0.1), "SequentialLR(o, [StepLR(o, step_size=2, gamma=0.5), CosineAnnealingWarmRestarts(o, T_0=4), LambdaLR(o, lambda t: 0.9 ** len([u for u in (1, 2, 4) if u <= t]))], milestones=[5, 14]) with o = SGD(lr=0.1)",
     lambda o: L.SequentialLR(o, [L.StepLR(o, step_size=2, gamma=0.5), L.CosineAnnealingWarmRestarts(o, T_0=4),
                                  L.LambdaLR(o, lr_lambda=lambda t: 0.9 ** len([u for u in (1, 2, 4) if u <= t]))],
                              milestones=[5, 14]), 22)
case("ChainedScheduler CyclicLR then ExponentialLR",
     {"type": "ChainedScheduler", "schedulers": [{"type": "CyclicLR", "baseLr": 0.01, "maxLr": 0.05, "stepSizeUp": 3},
                                                  {"type": "ExponentialLR", "gamma": 0.8}]},
     ctx("sgd", 0.1), "ChainedScheduler([CyclicLR(o, base_lr=0.01, max_lr=0.05, step_size_up=3), ExponentialLR(o, gamma=0.8)]) with o = SGD(lr=0.1, momentum=0.9)",
     lambda o: L.ChainedScheduler([L.CyclicLR(o, base_lr=0.01, max_lr=0.05, step_size_up=3), L.ExponentialLR(o, gamma=0.8)]),
     14, momentum=True)
case("SequentialLR ExponentialLR then OneCycleLR",
     {"type": "SequentialLR", "schedulers": [{"type": "ExponentialLR", "gamma": 0.7},
                                              {"type": "OneCycleLR", "maxLr": 0.3, "totalSteps": 10}],
      "milestones": [3]},
     ctx("sgd", 0.1), "SequentialLR(o, [ExponentialLR(o, gamma=0.7), OneCycleLR(o, max_lr=0.3, total_steps=10)], milestones=[3]) with o = SGD(lr=0.1, momentum=0.9)",
     lambda o: L.SequentialLR(o, [L.ExponentialLR(o, gamma=0.7), L.OneCycleLR(o, max_lr=0.3, total_steps=10)], milestones=[3]),
     12, momentum=True)


def run(c):
    name, spec, cx, call, build, steps, metrics, momentum = c
    o = opt(cx["_opt"], cx["baseLr"])
    s = build(o)
    lrs, ms = [], []
    for i in range(steps):
        lrs.append(o.param_groups[0]["lr"])
        ms.append(momentum_of(o))
        if i < steps - 1:
            if metrics is not None:
                s.step(metrics[i])
            else:
                s.step()
    c2 = {k: v for k, v in cx.items() if k != "_opt"}
    if cx["_opt"] == "adam":
        c2["baseMomentum"] = 0.9
    entry = {"name": name, "torch": call, "spec": spec, "ctx": c2, "lr": lrs}
    if metrics is not None:
        entry["metrics"] = metrics[: steps - 1]
    if momentum:
        entry["momentum"] = ms
    return entry


print("// Generated by test/core/schedulers/torch_values.py with torch " + torch.__version__ + "; do not edit by hand.")
print("// lr[i] = optimizer.param_groups[0]['lr'] after construction (i = 0) and after the i-th scheduler.step();")
print("// momentum[i] likewise (SGD momentum or Adam betas[0]); `torch` is the call that produced each case.")
print("export interface TorchCase {\n  name: string;\n  torch: string;\n  spec: Record<string, unknown>;")
print("  ctx: { baseLr: number; baseMomentum: number | null; stepsPerEpoch: number; totalSteps: number };")
print("  lr: number[];\n  momentum?: number[];\n  metrics?: number[];\n}\n")
print("export const TORCH_CASES: TorchCase[] = [")
for c in CASES:
    e = run(c)
    print("  {")
    for k, v in e.items():
        print("    %s: %s," % (k, json.dumps(v)))
    print("  },")
print("];")
