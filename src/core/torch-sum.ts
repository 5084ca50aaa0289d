/**
 * torch.sum's order of additions for a short contiguous float64 tensor on x86 (AVX2
 * kernels: 4 lanes, 4 interleaved vector accumulators, scalar tail first, then the lanes).
 * Using the same order makes the model's loss and gradient bit-identical to torch's
 * autograd, which matters because the runs are sensitive to the last bit. Verified against
 * torch 1.13 for lengths up to 287; longer tensors use a cascade in torch and may differ
 * from this in the last bits only.
 */

const acc = new Float64Array(16);

/** Sum of buf[0 .. length) in torch's order. */
export function torchSum(buf: Float64Array, length: number): number {
  const vectors = length >> 2;
  const rounds = vectors >> 2;
  acc.fill(0);
  for (let i = 0; i < rounds; i++) {
    for (let k = 0; k < 4; k++) {
      const base = (4 * i + k) * 4;
      const a = k * 4;
      acc[a] += buf[base];
      acc[a + 1] += buf[base + 1];
      acc[a + 2] += buf[base + 2];
      acc[a + 3] += buf[base + 3];
    }
  }
  for (let i = rounds * 4; i < vectors; i++) {
    const base = i * 4;
    acc[0] += buf[base];
    acc[1] += buf[base + 1];
    acc[2] += buf[base + 2];
    acc[3] += buf[base + 3];
  }
  for (let k = 1; k < 4; k++) {
    acc[0] += acc[k * 4];
    acc[1] += acc[k * 4 + 1];
    acc[2] += acc[k * 4 + 2];
    acc[3] += acc[k * 4 + 3];
  }
  let total = 0;
  for (let k = vectors * 4; k < length; k++) total += buf[k];
  return total + acc[0] + acc[1] + acc[2] + acc[3];
}
