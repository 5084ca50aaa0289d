/**
 * Downloads of a live figure: the SVG as shown (with the live paths), a PNG drawn from
 * it through a canvas, and the edited run as CSV, JSON (the CLI's format), the original
 * log format or a PyTorch script that reproduces it (downloaded, or copied to the
 * clipboard with `pytorch-copy`).
 */
import type { Trace, TrainConfig } from '../core/types';

export interface ExportSource {
  /** File name stem, e.g. "tuning-demo". */
  name: string;
  svg: () => SVGSVGElement | null;
  traces: () => { trace: Trace; config: TrainConfig | null; label: string }[];
}

/** Saves `blob` as `filename` through a temporary link. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Standalone SVG text of a figure: CSS variables resolved to the colours on screen. */
export function svgText(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const style = getComputedStyle(svg);
  clone.setAttribute('color', style.color);
  let text = new XMLSerializer().serializeToString(clone);
  // var(--run-1, #E69F00) -> the computed value, or the fallback.
  text = text.replace(/var\((--[\w-]+)(?:,\s*([^)]+))?\)/g, (_m, name: string, fallback?: string) => {
    const v = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
    return v || fallback?.trim() || 'currentColor';
  });
  return text;
}

/** PNG of a figure at `scale` times its viewBox size. */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const vb = svg.viewBox.baseVal;
  const w = Math.round((vb?.width || svg.clientWidth) * scale);
  const h = Math.round((vb?.height || svg.clientHeight) * scale);
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.fillStyle = getComputedStyle(document.body).backgroundColor || '#fff';
    ctx.fillRect(0, 0, w, h);
    ctx.drawImage(img, 0, 0, w, h);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Wires the `[data-export]` buttons of `root`. */
export function bindExports(root: HTMLElement, src: ExportSource): void {
  const status = root.querySelector<HTMLElement>('[data-status]');
  root.querySelector('[data-exports]')?.addEventListener('click', async (e) => {
    const kind = (e.target as HTMLElement).closest<HTMLElement>('[data-export]')?.dataset.export;
    if (!kind) return;
    try {
      const svg = src.svg();
      if (kind === 'svg' && svg) download(new Blob([svgText(svg)], { type: 'image/svg+xml' }), `${src.name}.svg`);
      else if (kind === 'png' && svg) download(await svgToPng(svg), `${src.name}.png`);
      else {
        const copy = kind === 'pytorch-copy';
        const { formatRuns } = await import('./export-formats');
        const file = formatRuns(copy ? 'pytorch' : kind, src.traces(), src.name);
        if (file && copy) {
          await navigator.clipboard.writeText(file.text);
          if (status) status.textContent = 'PyTorch script copied to the clipboard.';
        } else if (file) download(new Blob([file.text], { type: file.type }), file.filename);
        else if (status) status.textContent = 'This figure has no run to download; use SVG or PNG.';
      }
    } catch (err) {
      if (status) status.textContent = `Download failed: ${err instanceof Error ? err.message : String(err)}`;
    }
  });
}
