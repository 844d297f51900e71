/**
 * Reads the chart state of each step a <Scrolly> holds from their rendered mark-up (each <Step>
 * renders its chart and state as data- attributes), so the sticky graphic can be built to match.
 */

export interface ScrollyStepState {
  chart: string;
  state: string | undefined;
}

const STEP = /<div class="scrolly-step" data-step data-chart="([^"]*)"(?: data-state="([^"]*)")?/g;

export function readSteps(html: string): ScrollyStepState[] {
  return [...html.matchAll(STEP)].map(([, chart = '', state = '']) => ({
    chart,
    state: state === '' ? undefined : state,
  }));
}

/** The no-JavaScript layout interleaves states and steps with CSS rules written for this many. */
export const MAX_STEPS = 10;
