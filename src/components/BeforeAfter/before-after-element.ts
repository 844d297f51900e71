/**
 * `<before-after>`: upgrades a BeforeAfter figure into a working slider. The range input inside it
 * stays the one source of truth (keyboard, screen readers, forms); this element mirrors its value
 * into the `--ba-position` custom property (set through the CSSOM, which the strict CSP allows,
 * never as a style attribute) and into `aria-valuetext`, and marks itself `data-ready` so the CSS
 * shows the handle.
 *
 * Pointers are handled here rather than by the input, so that a finger scrolling the page past the
 * pictures never moves the divider: a tap sets the value where it lands (no drag needed), a sideways
 * drag moves it, and a vertical swipe is left to the browser (`touch-action: pan-y` in the CSS;
 * nothing here calls preventDefault). Labels come from `data-before-label` and `data-after-label`, the edition from `data-lang`.
 */
import { clampPercent, sliderValueText } from './slider-text.ts';

/** How far (CSS px) a pointer may move and still count as a tap. */
const TAP_SLOP = 8;

interface Gesture {
  id: number;
  x: number;
  y: number;
  dragging: boolean;
}

export class BeforeAfterElement extends HTMLElement {
  #input: HTMLInputElement | null = null;
  #stage: HTMLElement | null = null;
  #gesture: Gesture | null = null;

  readonly #onInput = (): void => this.#show();

  readonly #onPointerDown = (event: PointerEvent): void => {
    if (!event.isPrimary || event.button !== 0) return;
    this.#gesture = { id: event.pointerId, x: event.clientX, y: event.clientY, dragging: false };
    // A mouse drags at once.
    if (event.pointerType === 'mouse') this.#startDrag(event);
  };

  readonly #onPointerMove = (event: PointerEvent): void => {
    const gesture = this.#gesture;
    if (!gesture || gesture.id !== event.pointerId) return;
    if (!gesture.dragging) {
      const dx = Math.abs(event.clientX - gesture.x);
      const dy = Math.abs(event.clientY - gesture.y);
      // Only a sideways move drags; a vertical one is the browser's scroll.
      if (dx <= TAP_SLOP || dx <= dy) return;
      this.#startDrag(event);
    }
    this.#setFromPointer(event.clientX, 'input');
  };

  readonly #onPointerUp = (event: PointerEvent): void => {
    const gesture = this.#gesture;
    if (!gesture || gesture.id !== event.pointerId) return;
    this.#gesture = null;
    this.removeAttribute('data-dragging');
    const tap = Math.abs(event.clientX - gesture.x) <= TAP_SLOP && Math.abs(event.clientY - gesture.y) <= TAP_SLOP;
    if (gesture.dragging || tap) this.#setFromPointer(event.clientX, 'change');
    // After a click or drag the arrow keys carry on from there (focusing on pointerdown would be
    // undone by the mousedown that follows it).
    if (event.pointerType === 'mouse') this.#input?.focus({ preventScroll: true });
  };

  readonly #onPointerCancel = (): void => {
    this.#gesture = null;
    this.removeAttribute('data-dragging');
  };

  /** Stops the browser's own image drag-and-drop from stealing a mouse drag. */
  readonly #onDragStart = (event: DragEvent): void => event.preventDefault();

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[type="range"]');
    const stage = this.querySelector<HTMLElement>('.ba-stage');
    if (!input || !stage) return;
    this.#input = input;
    this.#stage = stage;
    input.addEventListener('input', this.#onInput);
    stage.addEventListener('pointerdown', this.#onPointerDown);
    stage.addEventListener('pointermove', this.#onPointerMove);
    stage.addEventListener('pointerup', this.#onPointerUp);
    stage.addEventListener('pointercancel', this.#onPointerCancel);
    stage.addEventListener('dragstart', this.#onDragStart);
    this.#show();
    this.setAttribute('data-ready', '');
  }

  disconnectedCallback(): void {
    this.#input?.removeEventListener('input', this.#onInput);
    const stage = this.#stage;
    if (stage) {
      stage.removeEventListener('pointerdown', this.#onPointerDown);
      stage.removeEventListener('pointermove', this.#onPointerMove);
      stage.removeEventListener('pointerup', this.#onPointerUp);
      stage.removeEventListener('pointercancel', this.#onPointerCancel);
      stage.removeEventListener('dragstart', this.#onDragStart);
    }
    this.#input = null;
    this.#stage = null;
    this.#gesture = null;
    this.removeAttribute('data-ready');
    this.removeAttribute('data-dragging');
  }

  #startDrag(event: PointerEvent): void {
    if (this.#gesture) this.#gesture.dragging = true;
    this.setAttribute('data-dragging', '');
    try {
      this.#stage?.setPointerCapture(event.pointerId);
    } catch {
      // The pointer may already be gone; the drag simply ends.
    }
  }

  /** Moves the slider to where the pointer is and tells listeners, like the input itself would. */
  #setFromPointer(clientX: number, eventType: 'input' | 'change'): void {
    const input = this.#input;
    const box = this.#stage?.getBoundingClientRect();
    if (!input || !box || box.width === 0) return;
    const value = String(clampPercent(((clientX - box.left) / box.width) * 100));
    if (input.value !== value) {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (eventType === 'change') input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #show(): void {
    const input = this.#input;
    if (!input) return;
    const value = clampPercent(Number(input.value));
    this.style.setProperty('--ba-position', `${value}%`);
    input.setAttribute(
      'aria-valuetext',
      sliderValueText(value, this.dataset['beforeLabel'], this.dataset['afterLabel'], this.dataset['lang']),
    );
  }
}

if (!customElements.get('before-after')) customElements.define('before-after', BeforeAfterElement);

declare global {
  interface HTMLElementTagNameMap {
    'before-after': BeforeAfterElement;
  }
}
