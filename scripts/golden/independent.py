"""An independent float64 re-implementation (plain Python floats, no torch autograd or
torch.optim), used to cross-check each fixture and to measure how closely two correct
float64 implementations can agree on this problem.

It replays a fixture from the same data and shuffles, with its own analytic gradient
and its own optimizer updates, taking the learning rate (and any cycled momentum or
beta1) of every update from the torch run. The agreement it reaches is the evidence
behind the tolerances of test/core/golden.test.ts.
"""
import math


def batch_loss_grad(xs, ys, c, wa, wb):
    """Masked MSE and its gradient, summed in index order like a plain loop would."""
    m, sse, ga, gb = 0, 0.0, 0.0, 0.0
    wa2 = wa * wa
    for x, y in zip(xs, ys):
        d = x + c
        d2 = d * d
        r = 1 - d2 / wa2
        if r < 0:
            continue
        s = math.sqrt(r)
        e = wb * s - y
        m += 1
        sse += e * e
        gb += e * s
        ga += e * wb * d2 / (wa2 * wa * s)
    if m == 0:
        return math.nan, 0.0, 0.0
    return sse / m, 2 * ga / m, 2 * gb / m


class Optim:
    def __init__(self, spec):
        self.spec = spec
        self.state = [dict(), dict()]
        self.t = 0

    def step(self, params, grads, lr, momentum=None, beta1=None):
        o = self.spec
        self.t += 1
        out = []
        for p, g, st in zip(params, grads, self.state):
            typ = o['type']
            if typ == 'sgd':
                mom = o['momentum'] if momentum is None else momentum
                if o['weightDecay'] != 0:
                    g = g + o['weightDecay'] * p
                if mom != 0:
                    buf = g if 'buf' not in st else st['buf'] * mom + (1 - o['dampening']) * g
                    st['buf'] = buf
                    g = g + mom * buf if o['nesterov'] else buf
                out.append(p - lr * g)
            elif typ == 'rmsprop':
                if o['weightDecay'] != 0:
                    g = g + o['weightDecay'] * p
                a = o['alpha']
                sq = st.get('sq', 0.0) * a + (1 - a) * g * g
                st['sq'] = sq
                if o['centered']:
                    ga = st.get('ga', 0.0) * a + (1 - a) * g
                    st['ga'] = ga
                    avg = math.sqrt(sq - ga * ga) + o['eps']
                else:
                    avg = math.sqrt(sq) + o['eps']
                if o['momentum'] > 0:
                    buf = st.get('buf', 0.0) * o['momentum'] + g / avg
                    st['buf'] = buf
                    out.append(p - lr * buf)
                else:
                    out.append(p - lr * g / avg)
            else:
                b1 = o['betas'][0] if beta1 is None else beta1
                b2 = o['betas'][1]
                if typ == 'adamw':
                    p = p * (1 - lr * o['weightDecay'])
                elif o['weightDecay'] != 0:
                    g = g + o['weightDecay'] * p
                m = st.get('m', 0.0) * b1 + (1 - b1) * g
                v = st.get('v', 0.0) * b2 + (1 - b2) * g * g
                st['m'], st['v'] = m, v
                if o['amsgrad']:
                    st['vmax'] = max(st.get('vmax', 0.0), v)
                    v = st['vmax']
                bc1 = 1 - b1 ** self.t
                bc2 = 1 - b2 ** self.t
                denom = math.sqrt(v) / math.sqrt(bc2) + o['eps']
                out.append(p - (lr / bc1) * m / denom)
        return out


def replay(cfg, x, Y, perms, c, wa0, wb0, lrs, momenta):
    """Rows (loss, wa, wb, dwa, dwb) of the replay; lrs/momenta per update from torch."""
    opt = Optim(cfg['optimizer'])
    wa, wb = wa0, wb0
    rows = {k: [] for k in ('loss', 'wa', 'wb', 'dwa', 'dwb')}
    n, bs, k = cfg['data']['n'], cfg['batchSize'], 0
    for perm in perms:
        for start in range(0, n, bs):
            idx = perm[start:start + bs]
            loss, ga, gb = batch_loss_grad([x[i] for i in idx], [Y[i] for i in idx], c, wa, wb)
            for key, v in zip(rows, (loss, wa, wb, ga, gb)):
                rows[key].append(v)
            mom, b1 = momenta[k]
            wa, wb = opt.step([wa, wb], [ga, gb], lrs[k], momentum=mom, beta1=b1)
            k += 1
    return rows, (wa, wb)
