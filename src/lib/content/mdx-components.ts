/**
 * The components a story's MDX may use, their required attributes and how each reference is
 * checked. The story page maps the same names to the Astro components.
 */
import type { Catalog } from '../data/catalog.ts';
import { lookupFact } from '../figures.ts';

export interface ComponentRule {
  /** Attributes that must be present. */
  required: string[];
  /** An example, shown as the fix when the component is misused. */
  usage: string;
  /** A component it must sit inside, if any. */
  parent?: string;
  /** Checks the references; returns a problem or undefined. */
  check?: (attributes: Record<string, string>, catalog: Catalog) => { message: string; fix: string } | undefined;
}

export const MDX_COMPONENTS: Record<string, ComponentRule> = {
  Num: {
    required: ['of'],
    usage: '<Num of="enclosures.sites_rectified" />',
    check: (attributes, catalog) => {
      const found = lookupFact(catalog, attributes['of'] ?? '');
      return found.ok ? undefined : { message: found.message, fix: found.fix };
    },
  },
};
