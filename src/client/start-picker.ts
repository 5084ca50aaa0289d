/**
 * Picking a start point on a contour figure: mouse/pen drag anywhere in the frame; on
 * touch a tap, or a drag that begins on the start marker (so a swipe still scrolls the
 * page); arrow keys when the figure is focused (Shift: five times the step). Hovering
 * reports the data point under the pointer for linked views.
 */
import { invert, type XYScales } from './scales';

export interface StartPicker {
  /** Data coordinates under a pointer event, or null outside the frame. */
  toData(ev: PointerEvent): [number, number] | null;
}

export function bindStartPicker(
  plot: HTMLElement,
  svgOf: () => SVGSVGElement,
  scales: XYScales,
  getStart: () => { wa: number; wb: number },
  move: (wa: number, wb: number, t0: number) => void,
  hover?: (p: [number, number] | null) => void,
): StartPicker {
  plot.tabIndex = 0;
  plot.setAttribute('role', 'application');
  plot.setAttribute('aria-roledescription', 'start point picker');
  // An application needs a name; islands that track the start point replace this one on each render.
  if (!plot.getAttribute('aria-label')) {
    plot.setAttribute('aria-label', 'Loss landscape: drag the start point, or use the arrow keys to move it.');
  }
  const [dx0, dx1] = scales.x.domain;
  const [dy0, dy1] = scales.y.domain;
  const toData = (ev: PointerEvent): [number, number] | null => {
    const ctm = svgOf().getScreenCTM();
    if (!ctm) return null;
    const p = new DOMPoint(ev.clientX, ev.clientY).matrixTransform(ctm.inverse());
    const wa = invert(scales.x, p.x);
    const wb = invert(scales.y, p.y);
    if (wa < Math.min(dx0, dx1) || wa > Math.max(dx0, dx1) || wb < Math.min(dy0, dy1) || wb > Math.max(dy0, dy1))
      return null;
    return [Number(wa.toFixed(3)), Number(wb.toFixed(3))];
  };
  let dragging = false;
  let touchDown: { x: number; y: number } | null = null;
  const nearStart = (ev: PointerEvent) => {
    const m = svgOf().querySelector('.lr-start')?.getBoundingClientRect();
    return !!m && Math.hypot(ev.clientX - (m.left + m.width / 2), ev.clientY - (m.top + m.height / 2)) < 28;
  };
  plot.addEventListener('pointerdown', (ev) => {
    const p = toData(ev);
    if (!p) return;
    if (ev.pointerType === 'touch' && !nearStart(ev)) {
      touchDown = { x: ev.clientX, y: ev.clientY };
      return;
    }
    dragging = true;
    plot.setPointerCapture(ev.pointerId);
    move(p[0], p[1], performance.now());
  });
  plot.addEventListener('pointermove', (ev) => {
    const p = toData(ev);
    if (dragging) {
      if (p) move(p[0], p[1], performance.now());
      return;
    }
    hover?.(p);
  });
  plot.addEventListener('pointerup', (ev) => {
    dragging = false;
    const down = touchDown;
    touchDown = null;
    if (!down || Math.hypot(ev.clientX - down.x, ev.clientY - down.y) > 10) return;
    const p = toData(ev);
    if (p) move(p[0], p[1], performance.now());
  });
  plot.addEventListener('pointercancel', () => {
    dragging = false;
    touchDown = null;
  });
  plot.addEventListener('pointerleave', () => hover?.(null));
  plot.addEventListener('keydown', (ev) => {
    const dirs: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, 1],
      ArrowDown: [0, -1],
    };
    const dir = dirs[ev.key];
    if (!dir) return;
    ev.preventDefault();
    const k = ev.shiftKey ? 5 : 1;
    const s = getStart();
    const wa = Number((s.wa + (dir[0] * k * Math.abs(dx1 - dx0)) / 100).toFixed(3));
    const wb = Number((s.wb + (dir[1] * k * Math.abs(dy1 - dy0)) / 100).toFixed(3));
    move(wa, wb, performance.now());
  });
  return { toData };
}

/** Shows a start point moved on the figure in the form's Start Wa / Start Wb fields. */
export function showStartInForm(form: HTMLFormElement, wa: number, wb: number): void {
  for (const [path, v] of [
    ['init.wa', wa],
    ['init.wb', wb],
  ] as const) {
    const input = form.querySelector<HTMLInputElement>(`input[data-path="${path}"]`);
    if (input) input.value = String(v);
  }
}
