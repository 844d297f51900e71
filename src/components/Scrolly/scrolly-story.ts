/**
 * <scrolly-story>: switches the sticky graphic to the state of the step being read. scrollama
 * reports steps as they cross the trigger line; after every scroll burst, resize or address-bar
 * change the element also recomputes the active step from the layout, so a reload in the middle of
 * the story or a fast fling (which can skip intersection events) always ends on the right state.
 * All visuals are CSS; this only sets the section's `data-active-step` and an `is-active` class on
 * the state and the step being read.
 */
import scrollama from 'scrollama';

const SETTLE_MS = 120;

class ScrollyStory extends HTMLElement {
  #scroller: scrollama.ScrollamaInstance | undefined;
  #section: HTMLElement | null = null;
  #steps: HTMLElement[] = [];
  #states: HTMLElement[] = [];
  #active = -1;
  #settleTimer: number | undefined;

  #offset(): number {
    const value = Number(this.dataset['offset']);
    return Number.isFinite(value) && value >= 0 && value <= 1 ? value : 0.6;
  }

  connectedCallback(): void {
    this.#section = this.querySelector<HTMLElement>('[data-scrolly]');
    this.#steps = [...this.querySelectorAll<HTMLElement>('[data-step]')];
    this.#states = [...this.querySelectorAll<HTMLElement>('[data-state-index]')];
    this.#steps.forEach((step, index) => step.setAttribute('data-step', String(index)));
    this.#scroller = scrollama()
      .setup({ step: this.#steps, offset: this.#offset() as scrollama.DecimalType })
      .onStepEnter(({ index }) => this.#activate(index));
    window.addEventListener('scroll', this.#scheduleSettle, { passive: true });
    window.addEventListener('resize', this.#onResize);
    window.visualViewport?.addEventListener('resize', this.#onResize);
    this.#settle();
    this.setAttribute('data-ready', '');
  }

  disconnectedCallback(): void {
    this.#scroller?.destroy();
    this.#scroller = undefined;
    window.removeEventListener('scroll', this.#scheduleSettle);
    window.removeEventListener('resize', this.#onResize);
    window.visualViewport?.removeEventListener('resize', this.#onResize);
    window.clearTimeout(this.#settleTimer);
  }

  /** The step under the trigger line: the last one whose top has passed it (the first before any has). */
  #stepFromLayout(): number {
    const line = window.innerHeight * this.#offset();
    let index = 0;
    this.#steps.forEach((step, i) => {
      if (step.getBoundingClientRect().top <= line) index = i;
    });
    return index;
  }

  #settle = (): void => {
    this.#activate(this.#stepFromLayout());
  };

  #scheduleSettle = (): void => {
    window.clearTimeout(this.#settleTimer);
    this.#settleTimer = window.setTimeout(this.#settle, SETTLE_MS);
  };

  #onResize = (): void => {
    this.#scroller?.resize();
    this.#scheduleSettle();
  };

  #activate(index: number): void {
    if (index === this.#active || !this.#section) return;
    this.#active = index;
    this.#section.dataset['activeStep'] = String(index);
    this.#states.forEach((state, i) => state.classList.toggle('is-active', i === index));
    this.#steps.forEach((step, i) => step.classList.toggle('is-active', i === index));
  }
}

if (!customElements.get('scrolly-story')) customElements.define('scrolly-story', ScrollyStory);
