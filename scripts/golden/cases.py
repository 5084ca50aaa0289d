"""The golden cases: TrainConfig-shaped JSON, exactly what the TypeScript core's
resolveConfig accepts. Every case is 25 epochs of 8 updates (200 updates) unless it says
otherwise; every option not written here takes torch's default (filled in by full_config,
so each fixture states its whole config)."""
import copy

DEFAULTS = {
    'seed': 9999,
    'data': {'n': 512, 'a': 1.261845, 'b': 1.234378, 'noise': 0.1},
    'init': {'wa': 0.1, 'wb': 1.8},
    'batchSize': 64,
    'epochs': 25,
    'schedulerStep': 'update',
}

# torch 1.13 constructor defaults, camelCase.
OPTIMIZER_DEFAULTS = {
    'sgd': {'lr': 0.01, 'momentum': 0.0, 'dampening': 0.0, 'nesterov': False, 'weightDecay': 0.0},
    'rmsprop': {'lr': 0.01, 'alpha': 0.99, 'eps': 1e-8, 'momentum': 0.0, 'centered': False, 'weightDecay': 0.0},
    'adam': {'lr': 0.001, 'betas': [0.9, 0.999], 'eps': 1e-8, 'weightDecay': 0.0, 'amsgrad': False},
    'adamw': {'lr': 0.001, 'betas': [0.9, 0.999], 'eps': 1e-8, 'weightDecay': 0.01, 'amsgrad': False},
}


def full_config(partial):
    cfg = copy.deepcopy(DEFAULTS)
    for key, value in partial.items():
        if key in ('data', 'init'):
            cfg[key].update(value)
        elif key != 'optimizer':
            cfg[key] = copy.deepcopy(value)
    opt = partial['optimizer']
    cfg['optimizer'] = {'type': opt['type'], **OPTIMIZER_DEFAULTS[opt['type']], **opt}
    cfg.setdefault('scheduler', None)
    order = ['seed', 'data', 'init', 'batchSize', 'epochs', 'optimizer', 'scheduler', 'schedulerStep']
    return {k: cfg[k] for k in order}


SGD_M = {'type': 'sgd', 'lr': 0.01, 'momentum': 0.9}
ADAM_12 = {'type': 'adam', 'lr': 0.12}

CASES = [
    # --- optimizers, constant learning rate
    ('sgd', {'optimizer': {'type': 'sgd', 'lr': 0.01}}),
    ('sgd-momentum', {'optimizer': SGD_M}),
    ('sgd-momentum-dampening', {'optimizer': {**SGD_M, 'dampening': 0.5}}),
    ('sgd-nesterov', {'optimizer': {**SGD_M, 'nesterov': True}}),
    ('sgd-weight-decay', {'optimizer': {**SGD_M, 'weightDecay': 0.05}}),
    ('rmsprop', {'optimizer': {'type': 'rmsprop', 'lr': 0.01}}),
    ('rmsprop-momentum-centered', {'optimizer': {'type': 'rmsprop', 'lr': 0.005, 'momentum': 0.5, 'centered': True}}),
    ('rmsprop-weight-decay', {'optimizer': {'type': 'rmsprop', 'lr': 0.01, 'weightDecay': 0.01}}),
    ('adam', {'optimizer': {'type': 'adam', 'lr': 0.01}}),
    ('adam-lr0.12', {'optimizer': ADAM_12}),
    ('adam-amsgrad', {'optimizer': {'type': 'adam', 'lr': 0.05, 'amsgrad': True}}),
    ('adam-weight-decay', {'optimizer': {'type': 'adam', 'lr': 0.05, 'weightDecay': 0.01}}),
    ('adamw', {'optimizer': {'type': 'adamw', 'lr': 0.12, 'weightDecay': 0.1}}),
    # --- schedulers (stepped after every update unless said otherwise)
    ('steplr', {'optimizer': ADAM_12, 'scheduler': {'type': 'StepLR', 'stepSize': 30, 'gamma': 0.5}}),
    ('multisteplr-tutorial-gamma0.8', {'optimizer': ADAM_12, 'scheduler': {
        'type': 'MultiStepLR', 'milestones': [4, 8, 10, 12, 14, 16, 18, 20, 22, 24], 'gamma': 0.8}}),
    ('multisteplr-tutorial-gamma0.5', {'optimizer': ADAM_12, 'scheduler': {
        'type': 'MultiStepLR', 'milestones': [5, 10, 15, 20], 'gamma': 0.5}}),
    ('multiplicativelr-range', {'optimizer': ADAM_12, 'scheduler': {
        'type': 'MultiplicativeLR', 'factor': 0.8, 'start': 6, 'end': 24, 'every': 2}}),
    ('multiplicativelr-at', {'optimizer': ADAM_12, 'scheduler': {
        'type': 'MultiplicativeLR', 'factor': 0.5, 'at': [5, 10, 15, 20]}}),
    ('lambdalr-range', {'optimizer': ADAM_12, 'scheduler': {
        'type': 'LambdaLR', 'factor': 0.8, 'start': 6, 'end': 24, 'every': 2}}),
    ('exponentiallr', {'optimizer': ADAM_12, 'scheduler': {'type': 'ExponentialLR', 'gamma': 0.98}}),
    ('constantlr', {'optimizer': SGD_M, 'scheduler': {'type': 'ConstantLR', 'factor': 0.5, 'totalIters': 40}}),
    ('linearlr', {'optimizer': SGD_M, 'scheduler': {
        'type': 'LinearLR', 'startFactor': 0.25, 'endFactor': 1.0, 'totalIters': 50}}),
    ('polynomiallr', {'optimizer': ADAM_12, 'scheduler': {'type': 'PolynomialLR', 'totalIters': 150, 'power': 2.0}}),
    ('cosineannealinglr', {'optimizer': ADAM_12, 'scheduler': {
        'type': 'CosineAnnealingLR', 'tMax': 80, 'etaMin': 0.001}}),
    ('cosineannealingwarmrestarts', {'optimizer': ADAM_12, 'scheduler': {
        'type': 'CosineAnnealingWarmRestarts', 't0': 24, 'tMult': 2, 'etaMin': 0.001}}),
    ('cycliclr-triangular', {'optimizer': SGD_M, 'scheduler': {
        'type': 'CyclicLR', 'baseLr': 0.001, 'maxLr': 0.01, 'stepSizeUp': 25, 'mode': 'triangular',
        'cycleMomentum': True, 'baseMomentum': 0.8, 'maxMomentum': 0.9}}),
    ('cycliclr-triangular2', {'optimizer': SGD_M, 'scheduler': {
        'type': 'CyclicLR', 'baseLr': 0.001, 'maxLr': 0.01, 'stepSizeUp': 20, 'stepSizeDown': 30,
        'mode': 'triangular2', 'cycleMomentum': True, 'baseMomentum': 0.8, 'maxMomentum': 0.9}}),
    ('cycliclr-exp-range', {'optimizer': SGD_M, 'scheduler': {
        'type': 'CyclicLR', 'baseLr': 0.001, 'maxLr': 0.01, 'stepSizeUp': 25, 'mode': 'exp_range',
        'gamma': 0.99, 'cycleMomentum': True, 'baseMomentum': 0.8, 'maxMomentum': 0.9}}),
    ('onecyclelr-sgd', {'optimizer': SGD_M, 'scheduler': {'type': 'OneCycleLR', 'maxLr': 0.01, 'totalSteps': 200}}),
    ('onecyclelr-adam', {'optimizer': ADAM_12, 'scheduler': {'type': 'OneCycleLR', 'maxLr': 0.12, 'totalSteps': 200}}),
    ('onecyclelr-adam-linear-three-phase', {'optimizer': ADAM_12, 'scheduler': {
        'type': 'OneCycleLR', 'maxLr': 0.12, 'totalSteps': 200, 'pctStart': 0.25, 'annealStrategy': 'linear',
        'threePhase': True}}),
    ('reducelronplateau', {'optimizer': ADAM_12, 'scheduler': {
        'type': 'ReduceLROnPlateau', 'mode': 'min', 'factor': 0.5, 'patience': 1, 'threshold': 1e-4}}),
    ('sequentiallr', {'optimizer': ADAM_12, 'scheduler': {
        'type': 'SequentialLR', 'milestones': [20], 'schedulers': [
            {'type': 'LinearLR', 'startFactor': 0.1, 'endFactor': 1.0, 'totalIters': 20},
            {'type': 'ExponentialLR', 'gamma': 0.98}]}}),
    ('chainedscheduler', {'optimizer': SGD_M, 'scheduler': {
        'type': 'ChainedScheduler', 'schedulers': [
            {'type': 'ConstantLR', 'factor': 0.5, 'totalIters': 30},
            {'type': 'ExponentialLR', 'gamma': 0.995}]}}),
    ('steplr-per-epoch', {'optimizer': ADAM_12, 'schedulerStep': 'epoch',
                          'scheduler': {'type': 'StepLR', 'stepSize': 5, 'gamma': 0.5}}),
    # --- data and batching edge cases
    ('small-batch-all-masked', {'batchSize': 4, 'epochs': 2, 'optimizer': SGD_M}),
    ('data-n100-seed1', {'seed': 1, 'data': {'n': 100}, 'batchSize': 10, 'epochs': 20,
                         'optimizer': {'type': 'adam', 'lr': 0.05}}),
]
