/**
 * What a story's structure says, read from its MDX syntax tree (never from rendered HTML): the
 * steps of a <Scrolly> and the heading level a <Chart> needs. The MDX plugin that hands these to
 * the components and the content check that explains them to editors both read them here.
 */

/** The part of an mdast node these readers look at (satteri's and the content check's trees). */
export interface TreeNode {
  type: string;
  /** Element name (`Scrolly`), or null for a fragment. */
  name?: string | null;
  /** Heading depth, 1–6. */
  depth?: number;
  /** MDX attributes (directives keep theirs as an object, which these readers ignore). */
  attributes?: unknown;
  children?: readonly TreeNode[];
}

/** One step of a scrollytelling section: the chart state the graphic shows while it is read. */
export interface ScrollyStep {
  /** Chart id. */
  chart: string;
  /** The chart's named state; absent for the full chart. */
  state?: string;
}

/** A heading level a chart title can take: the story title is the page's only h1. */
export type ChartHeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Whether `node` is an MDX element (block or inline), named `name` when given. */
export function isElement(node: TreeNode, name?: string): boolean {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    Boolean(node.name) &&
    (name === undefined || node.name === name)
  );
}

/** A `name=…` attribute (not a `{...spread}`). */
function isNamedAttribute(value: unknown): value is { name: string; value?: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    value.type === 'mdxJsxAttribute' &&
    'name' in value &&
    typeof value.name === 'string'
  );
}

/** An element's attributes written as plain text (`chart="…"`); `{…}` expressions read as ''. */
export function textAttributes(node: TreeNode): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (!isElement(node) || !Array.isArray(node.attributes)) return attributes;
  for (const attribute of node.attributes) {
    if (isNamedAttribute(attribute)) {
      attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : '';
    }
  }
  return attributes;
}

/** The steps of a <Scrolly>, in order: its direct <Step> children. */
export function scrollySteps(scrolly: TreeNode): ScrollyStep[] {
  return (scrolly.children ?? [])
    .filter((child) => isElement(child, 'Step'))
    .map((step) => {
      const { chart = '', state } = textAttributes(step);
      return state ? { chart, state } : { chart };
    });
}

/** The slot a <Scrolly> renders step `index` from, so each state can stand before its step. */
export function stepSlot(index: number): string {
  return `step-${index}`;
}

/** A chart title's level: one below the nearest heading before it (`depth`, 0 for none). */
export function chartHeadingLevel(depth: number): ChartHeadingLevel {
  return Math.min(Math.max(depth + 1, 2), 6) as ChartHeadingLevel;
}
