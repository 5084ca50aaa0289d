import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { encodePng, pngDataUrl } from '../../../src/figures/render/png';

function chunks(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; data: Uint8Array }[] = [];
  for (let at = 8; at < png.length;) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    out.push({ type, data: png.subarray(at + 8, at + 8 + len) });
    at += 12 + len;
  }
  return out;
}

describe('encodePng', () => {
  it('writes a PNG whose inflated, un-filtered rows reproduce the RGB pixels', () => {
    const w = 5;
    const h = 3;
    const rgba = new Uint8ClampedArray(w * h * 4);
    for (let i = 0; i < w * h; i++) rgba.set([(i * 37) % 256, (i * 91) % 256, (255 - i * 13) % 256, 255], i * 4);
    const png = encodePng(rgba, w, h);
    expect(Array.from(png.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const cs = chunks(png);
    expect(cs.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const ihdr = new DataView(cs[0].data.buffer, cs[0].data.byteOffset);
    expect([ihdr.getUint32(0), ihdr.getUint32(4), cs[0].data[8], cs[0].data[9]]).toEqual([w, h, 8, 2]);
    const raw = inflateSync(cs[1].data);
    for (let y = 0; y < h; y++) {
      const row = raw.subarray(y * (w * 3 + 1), (y + 1) * (w * 3 + 1));
      expect(row[0]).toBe(1);
      const px: number[] = [];
      for (let x = 0; x < w * 3; x++) px.push((row[1 + x] + (x >= 3 ? px[x - 3] : 0)) & 0xff);
      for (let x = 0; x < w; x++)
        expect(px.slice(x * 3, x * 3 + 3)).toEqual(Array.from(rgba.subarray((y * w + x) * 4, (y * w + x) * 4 + 3)));
    }
  });

  it('refuses a buffer of the wrong size instead of writing a corrupt image', () => {
    expect(() => encodePng(new Uint8ClampedArray(7), 2, 2)).toThrow(/expected 16 bytes/);
  });

  it('gives a base64 data URL', () => {
    expect(pngDataUrl(new Uint8ClampedArray(4).fill(200), 1, 1)).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
  });
});
