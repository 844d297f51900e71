/**
 * The registry of story components: every component a story's MDX may use, with its required
 * attributes and how each reference is checked. The content check reads it; the map of Astro
 * components the story page renders with (src/components/story-components.ts) is typed against it,
 * so a name in one and not the other, or a required attribute the component lacks, fails the type
 * check.
 */
import { findChart } from '../charts/index.ts';
import { latestVersion, newestHiddenDraft, onlyInDraft, type Catalog } from '../data/catalog.ts';
import { lookupFact } from '../data/figures.ts';
import { pictureIds } from './check-pictures.ts';
import { readQuoteTranslations, translationMiss } from './quote-translations.ts';
import type { Lang } from '../text/lang.ts';

export interface ComponentRule {
  /** Attributes that must be present: each is a prop the component declares. */
  required: readonly string[];
  /** Props the MDX plugin sets from the story's structure (src/stories/story-mdx-plugin.ts). */
  fromStructure?: readonly string[];
  /** An example, shown as the fix when the component is misused. */
  usage: string;
  /** It renders a block (a figure, a section), so it stands on its own lines, never inside a sentence. */
  block?: boolean;
  /** The component it must sit directly inside, if any. */
  parent?: string;
  /** The component it holds, at least once, and nothing else besides. */
  holds?: string;
  /**
   * Props written as a literal in braces, by the kind of literal the component documents for them
   * (`<Num year={false}>`, `<Scrolly offset={0.5}>`). Every other attribute is plain text in quotes;
   * any other `{…}` is code, which a story file may not hold (src/stories/check-content.ts).
   */
  literals?: Readonly<Record<string, 'boolean' | 'number'>>;
  /** Checks the references; returns a problem or undefined. */
  check?: (attributes: Record<string, string>, context: ContentContext) => { message: string; fix: string } | undefined;
}

/** What a reference is checked against: the data, the project folder (for content/pictures.json), the edition. */
export interface ContentContext {
  catalog: Catalog;
  root: string;
  /** The edition of the story being checked: an English story's quotes need their translations. */
  lang: Lang;
}

export const MDX_COMPONENTS = {
  Num: {
    required: ['of'],
    literals: { unit: 'boolean', year: 'boolean' },
    usage: '<Num of="enclosures.sites_rectified" />',
    check: (attributes, { catalog }) => {
      const found = lookupFact(catalog, attributes['of'] ?? '');
      return found.ok ? undefined : { message: found.message, fix: found.fix };
    },
  },
  Chart: {
    required: ['id'],
    fromStructure: ['headingLevel'],
    block: true,
    usage: '<Chart id="hoarding-units" />',
    check: (attributes) => {
      const id = attributes['id'] ?? '';
      return findChart(id)
        ? undefined
        : {
            message: `没有 id 为 "${id}" 的图表 (no chart "${id}")`,
            fix: '图表 id 见 /charts/ 页面或 src/charts/index.ts (see /charts/ for chart ids)',
          };
    },
  },
  Quote: {
    required: ['id'],
    block: true,
    usage: '<Quote id="zhang-jianguo-park" />',
    check: (attributes, { catalog, root, lang }) => {
      const id = attributes['id'] ?? '';
      const { data, version } = latestVersion(catalog, 'quotes');
      const quote = data.quotes.find((q) => q.id === id);
      if (quote) {
        if (lang === 'zh') return undefined;
        // Problems with the translations file itself are reported by checkQuoteTranslations.
        const read = readQuoteTranslations(root);
        return read.ok ? translationMiss(quote, read.translations.get(id)) : undefined;
      }
      // Written into a draft but not published: the public build lacks it until it is.
      const draft = newestHiddenDraft(catalog, 'quotes');
      if (draft?.data.quotes.some((q) => q.id === id))
        return onlyInDraft({ zh: `引语 "${id}" `, en: `quote "${id}"` }, draft);
      return {
        message: `quotes 第${version}版里没有 id 为 "${id}" 的引语 (no quote "${id}")`,
        fix: `引语 id 见 data/quotes/v${version}.json (see the quotes data file)`,
      };
    },
  },
  Scrolly: {
    required: ['label'],
    fromStructure: ['steps'],
    block: true,
    holds: 'Step',
    literals: { offset: 'number' },
    usage: '<Scrolly label="图解：拆除围挡"><Step chart="hoarding-units" state="all">…</Step></Scrolly>',
  },
  Step: {
    required: ['chart'],
    parent: 'Scrolly',
    usage: '<Step chart="hoarding-units" state="all">文字</Step>',
    check: (attributes) => {
      const id = attributes['chart'] ?? '';
      const chart = findChart(id);
      if (!chart)
        return {
          message: `没有 id 为 "${id}" 的图表 (no chart "${id}")`,
          fix: '图表 id 见 src/charts/index.ts (see the chart ids)',
        };
      const state = attributes['state'];
      if (state && !chart.states?.includes(state)) {
        return {
          message: `图表 ${id} 没有状态 "${state}" (chart ${id} has no state "${state}")`,
          fix: chart.states
            ? `可用状态：${chart.states.join(', ')} (available states)`
            : '这个图表没有状态，删去 state (this chart has no states: remove state)',
        };
      }
      return undefined;
    },
  },
  Picture: {
    required: ['id'],
    block: true,
    literals: { lead: 'boolean' },
    usage: '<Picture id="xinmin-pocket-park" />',
    check: (attributes, { root }) => {
      const id = attributes['id'] ?? '';
      // Problems with content/pictures.json itself are reported by checkPictures.
      const ids = pictureIds(root);
      return !ids || ids.pictures.has(id)
        ? undefined
        : {
            message: `content/pictures.json 里没有 id 为 "${id}" 的图片 (no picture "${id}")`,
            fix: `可用的图片 id：${[...ids.pictures].join(', ')} (available picture ids)`,
          };
    },
  },
  BeforeAfter: {
    required: ['id'],
    block: true,
    usage: '<BeforeAfter id="nanhu-xincun" />',
    check: (attributes, { root }) => {
      const id = attributes['id'] ?? '';
      const ids = pictureIds(root);
      return !ids || ids.pairs.has(id)
        ? undefined
        : {
            message: `content/pictures.json 的 pairs 里没有 id 为 "${id}" 的前后对比 (no before/after pair "${id}")`,
            fix: `可用的对比 id：${[...ids.pairs].join(', ')} (available pair ids)`,
          };
    },
  },
} as const satisfies Record<string, ComponentRule>;

/** The name of a story component. */
export type StoryComponentName = keyof typeof MDX_COMPONENTS;

/** Whether `name` is a story component. */
export function isStoryComponent(name: string): name is StoryComponentName {
  return Object.hasOwn(MDX_COMPONENTS, name);
}

/** Every story component's name, in the registry's order. */
export const STORY_COMPONENT_NAMES: readonly StoryComponentName[] =
  Object.keys(MDX_COMPONENTS).filter(isStoryComponent);

/** The rule for a story component. */
export function componentRule(name: StoryComponentName): ComponentRule {
  return MDX_COMPONENTS[name];
}
