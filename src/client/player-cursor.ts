/**
 * The update cursor of a player: one update shared by its landscape (the ring on each
 * path), its timeline strip (the vertical line, figures 14 and 16) and its readout. At
 * rest the cursor is the player's frame, so playing moves it frame by frame; pointing at
 * a path or a strip chart moves it to the update pointed at while the pointer stays; a
 * click, Enter or the pin button pins an update and the URL keeps it
 * (`?player-14-update=35`, the contour demos' key shape), and a pinned link opens paused
 * there. The player owns the frame; this module owns the pointed and pinned updates.
 */
import { pinnedFromUrl, placeCursor, rowAtPointer, savePin } from './cursor-lines';
import type { Ring } from './player-canvas';

export interface PlayerCursorHooks {
  /** Frames of the player (the longest run's updates): the strip's x domain. */
  total: number;
  /** The player's current frame. */
  frame(): number;
  /** Pauses the player on `row` (a pin, a click on a strip). */
  seek(row: number): void;
  /** A key pressed on a focused strip chart; true when the player used it. */
  key(ev: KeyboardEvent): boolean;
  /** The pointed update changed: redraw now. */
  changed(): void;
  /** Tells the other figures showing these runs about the pointed update (null clears). */
  announce(row: number | null): void;
}

export interface PlayerCursor {
  /** The pinned update (0-based), or null. */
  pinned(): number | null;
  /** The ring to draw on the paths: the pointed update, else none. */
  ring(): Ring | null;
  /** The update every view shows: the pointed one, else the player's frame. */
  row(): number;
  /** Points at update `row` of run `run` (null: every run), or clears the pointer. */
  point(ring: Ring | null): void;
  /** Pins `row` (pinning the pinned update again unpins it). */
  pin(row: number): void;
  /** Moves the strip's lines (cheap, every frame); `text` also updates the pin button. */
  paint(text: boolean): void;
}

export function bindPlayerCursor(root: HTMLElement, hooks: PlayerCursorHooks): PlayerCursor {
  const hosts = Array.from(root.querySelectorAll<HTMLElement>('[data-timeline] [data-chart]'));
  const pinButton = root.querySelector<HTMLButtonElement>('[data-cursor-pin]');
  const fromUrl = pinnedFromUrl(location.search, root.id);
  let pinned = fromUrl === null ? null : Math.min(fromUrl, hooks.total - 1);
  let ring: Ring | null = null;
  const row = () => ring?.row ?? hooks.frame();

  const cursor: PlayerCursor = {
    pinned: () => pinned,
    ring: () => ring,
    row,
    point(next) {
      if (next?.row === ring?.row && next?.run === ring?.run) return;
      ring = next;
      hooks.changed();
    },
    pin(r) {
      pinned = r === pinned ? null : r;
      savePin(root.id, pinned);
      ring = null;
      if (pinned !== null) hooks.seek(pinned);
      else hooks.changed();
    },
    paint(text) {
      const r = row();
      for (const host of hosts) placeCursor(host, r, hooks.total, r === pinned);
      if (!text || !pinButton) return;
      pinButton.textContent = r === pinned ? `Unpin update ${r + 1}` : `Pin update ${r + 1}`;
    },
  };

  for (const host of hosts) {
    host.tabIndex = 0;
    host.setAttribute('aria-keyshortcuts', 'Space ArrowLeft ArrowRight Home End Enter Escape');
    host.addEventListener('pointermove', (ev) => {
      const t0 = performance.now();
      const r = rowAtPointer(host, ev, hooks.total);
      if (r === ring?.row && ring?.run === null) return;
      cursor.point(r === null ? null : { run: null, row: r });
      hooks.announce(r);
      performance.measure('cursor:move', { start: t0, end: performance.now(), detail: root.id });
    });
    host.addEventListener('pointerleave', () => {
      if (!ring) return;
      cursor.point(null);
      hooks.announce(null);
    });
    host.addEventListener('click', (ev) => {
      const r = rowAtPointer(host, ev, hooks.total);
      if (r !== null) cursor.pin(r);
    });
    host.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter') cursor.pin(row());
      else if (ev.key === 'Escape' && pinned !== null) cursor.pin(pinned);
      else {
        // A key moves the player's frame: the pointer's update gives way to it.
        const had = ring;
        ring = null;
        if (!hooks.key(ev)) return void (ring = had);
      }
      ev.preventDefault();
    });
  }
  pinButton?.addEventListener('click', () => cursor.pin(row()));
  return cursor;
}
