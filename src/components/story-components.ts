/**
 * The Astro component for each story component, by the name MDX uses: the map the story page
 * renders MDX with. Typed against the registry the content check reads (src/stories/mdx-components.ts),
 * so `astro check` fails when a name is in one and not the other, when a component lacks a prop
 * for an attribute the check requires, or when it requires a prop that neither the editor (the
 * required attributes) nor the MDX plugin (`fromStructure`) supplies.
 */
import type { ComponentProps } from 'astro/types';
import type { MDX_COMPONENTS, StoryComponentName } from '../stories/mdx-components.ts';
import BeforeAfter from './BeforeAfter/BeforeAfter.astro';
import Chart from './Chart/Chart.astro';
import Num from './Num.astro';
import Picture from './Picture.astro';
import Quote from './Quote.astro';
import Scrolly from './Scrolly/Scrolly.astro';
import Step from './Scrolly/Step.astro';

export const storyComponents = {
  Num,
  Chart,
  Quote,
  Scrolly,
  Step,
  Picture,
  BeforeAfter,
} satisfies Record<StoryComponentName, (props: never) => unknown>;

type Rule<N extends StoryComponentName> = (typeof MDX_COMPONENTS)[N];
type Props<N extends StoryComponentName> = ComponentProps<(typeof storyComponents)[N]>;
type Attributes<N extends StoryComponentName> = Rule<N>['required'][number];
type FromStructure<N extends StoryComponentName> = Rule<N> extends { fromStructure: readonly (infer P)[] } ? P : never;
/** The props `T` cannot do without (none for props nobody can see: .astro under plain `tsc`). */
type RequiredProps<T> = string extends keyof T
  ? never
  : { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** Attributes the content check requires of `N` that its component has no prop for. */
type Propless<N extends StoryComponentName> = Exclude<Attributes<N>, keyof Props<N>>;
/** Props `N`'s component requires that neither the editor nor the MDX plugin supplies. */
type Unsupplied<N extends StoryComponentName> = Exclude<RequiredProps<Props<N>>, Attributes<N> | FromStructure<N>>;

/** Every mismatch between the registry and the components, as a sentence (none when they agree). */
type Mismatches = {
  [N in StoryComponentName]:
    | `${N}: the content check requires "${Propless<N>}", which is not a prop`
    | `${N}: nothing supplies the required prop "${Unsupplied<N> & string}"`;
}[StoryComponentName];

/** Accepts only `never`: a mismatch fails the type check with its sentence. */
type NoMismatch<M extends never> = M;

/** Compiles only when the registry and the components agree. */
export type StoryComponentsAgree = NoMismatch<Mismatches>;
