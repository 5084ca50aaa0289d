import { describe, expect, it } from 'vitest';
import { MT19937 } from '../../src/core/rng';

describe('MT19937 (torch CPU generator)', () => {
  it("gives torch.manual_seed(9999)'s first three u32 draws", () => {
    const g = new MT19937(9999);
    expect([g.nextU32(), g.nextU32(), g.nextU32()]).toEqual([3536429142, 3463652605, 938891646]);
  });

  it("gives torch.rand's first three float32 values", () => {
    const g = new MT19937(9999);
    const f = [g.nextFloat(), g.nextFloat(), g.nextFloat()];
    expect(f.map((v) => v.toPrecision(7))).toEqual(['0.7876028', '0.4497831', '0.9623030']);
    for (const v of f) expect(Math.fround(v)).toBe(v);
  });

  it('reproduces the DataLoader draws of epochs 0 and 1 after the 512 noise draws', () => {
    const g = new MT19937(9999);
    for (let i = 0; i < 512; i++) g.nextFloat();
    expect(g.nextInt64()).toBe(64662576003235434n);
    expect(Array.from(g.randperm(512).slice(0, 10))).toEqual([404, 308, 8, 140, 483, 414, 420, 457, 115, 168]);
    g.skipInt64();
    expect(Array.from(g.randperm(512).slice(0, 10))).toEqual([179, 400, 459, 31, 235, 455, 22, 390, 203, 443]);
  });

  it('randperm returns a permutation and randpermInto makes the same draws', () => {
    const a = new MT19937(1);
    const b = new MT19937(1);
    const p = a.randperm(97);
    const q = new Int32Array(97);
    b.randpermInto(q);
    expect(Array.from(p)).toEqual(Array.from(q));
    expect(Array.from(p).sort((x, y) => x - y)).toEqual(Array.from({ length: 97 }, (_, i) => i));
    expect(a.nextU32()).toBe(b.nextU32());
  });

  it('takes the seed modulo 2^32, as manual_seed does', () => {
    const a = new MT19937(9999 + 2 ** 32);
    expect(a.nextU32()).toBe(3536429142);
  });

  it('nextInt64 stays below 2^63 and skipInt64 consumes the same two words', () => {
    const a = new MT19937(5);
    const b = new MT19937(5);
    for (let i = 0; i < 100; i++) {
      const v = a.nextInt64();
      expect(v >= 0n && v < 2n ** 63n).toBe(true);
      b.skipInt64();
    }
    expect(a.nextU32()).toBe(b.nextU32());
  });
});
