"""A plain MT19937 (32-bit Mersenne Twister), written from the published algorithm.

make_fixtures.py uses it only to prove that torch's CPU generator is this generator with
the standard seeding, so the TypeScript core can reproduce torch's draws from the same facts.
"""

_N, _M = 624, 397
_MASK32 = 0xFFFFFFFF


class MT19937:
    def __init__(self, seed):
        s = [0] * _N
        s[0] = seed & _MASK32
        for i in range(1, _N):
            s[i] = (1812433253 * (s[i - 1] ^ (s[i - 1] >> 30)) + i) & _MASK32
        self.state = s
        self.index = _N

    def _twist(self):
        s = self.state
        for i in range(_N):
            y = (s[i] & 0x80000000) | (s[(i + 1) % _N] & 0x7FFFFFFF)
            s[i] = s[(i + _M) % _N] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
        self.index = 0

    def next_u32(self):
        if self.index >= _N:
            self._twist()
        y = self.state[self.index]
        self.index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y & _MASK32
