/**
 * The stories' MDX plugin (a Sätteri mdast plugin, registered for MDX in astro.config.mjs). It
 * hands the components what the syntax tree knows, so none of them reads rendered HTML:
 * - each <Scrolly> gets its steps as data (`steps`), and each of its <Step>s its own slot
 *   (`step-0`, `step-1`…), so the section can set every chart state right before its step;
 * - each <Chart> gets `headingLevel`, one below the nearest heading before it, so a chart title
 *   never skips a level (h2 under the story title, h3 under a `##`, h4 under a `###`).
 * - every component that prints words (<Num>, <Chart>, <Quote>, <Picture>, <BeforeAfter>, <Scrolly>)
 *   gets `lang`, the edition its file is in (content/stories/en/… is English, see editions.ts).
 * Values an editor typed for these attributes are replaced: they follow from the structure.
 */
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastNode, type MdastVisitorContext, type MdxJsxAttributeNode } from 'satteri';
import type { Lang } from '../text/lang.ts';
import { storyFileLang } from './editions.ts';
import { chartHeadingLevel, scrollySteps, stepSlot } from './story-tree.ts';

type Element = Extract<MdastNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/** An attribute whose value is a JavaScript expression (`name={…}`). */
function expressionAttribute(name: string, value: unknown): MdxJsxAttributeNode {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: { type: 'mdxJsxAttributeValueExpression', value: JSON.stringify(value) },
  };
}

/** `element` with `added` in place of any attributes of the same names. */
function withAttributes<E extends Element>(element: E, added: MdxJsxAttributeNode[]): E {
  const names = new Set(added.map((attribute) => attribute.name));
  const kept = element.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && names.has(a.name)));
  return { ...element, attributes: [...kept, ...added] };
}

/** Whether `node` is a <Step> (block, or inline when a section is written on one line). */
function isStep(node: MdastNode): node is Element {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Step';
}

/** A <Scrolly>'s children with each <Step> in its own slot, in order. */
function stepsInSlots<N extends MdastNode>(children: N[]): N[] {
  let index = 0;
  return children.map((child) =>
    isStep(child)
      ? withAttributes(child, [{ type: 'mdxJsxAttribute', name: 'slot', value: stepSlot(index++) }])
      : child,
  );
}

/** The story components whose words depend on the edition, so they are told its language. */
const SPEAKING = new Set(['Num', 'Chart', 'Quote', 'Picture', 'BeforeAfter', 'Scrolly']);

/** Walks the story in reading order, remembering the depth of the last heading passed. */
function annotate(node: MdastNode, context: MdastVisitorContext, heading: { depth: number }, lang: Lang): void {
  if (node.type === 'heading') heading.depth = node.depth;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const spoken: MdxJsxAttributeNode[] = SPEAKING.has(node.name ?? '')
      ? [{ type: 'mdxJsxAttribute', name: 'lang', value: lang }]
      : [];
    if (node.name === 'Chart') {
      context.replaceNode(
        node,
        withAttributes(node, [expressionAttribute('headingLevel', chartHeadingLevel(heading.depth)), ...spoken]),
      );
      return;
    }
    // A section stands on its own lines (the content check says so when it does not).
    if (node.name === 'Scrolly' && node.type === 'mdxJsxFlowElement') {
      const steps = expressionAttribute('steps', scrollySteps(node));
      context.replaceNode(node, {
        ...withAttributes(node, [steps, ...spoken]),
        children: stepsInSlots(node.children).map((child) => withLangInside(child, context, heading, lang)),
      });
      return;
    }
    if (spoken.length > 0) {
      context.replaceNode(node, withAttributes(node, spoken));
      return;
    }
  }
  if ('children' in node) for (const child of node.children) annotate(child, context, heading, lang);
}

/** A <Step> with `lang` on the components inside its text (a <Num> in a step), built as a new node. */
function withLangInside<N extends MdastNode>(
  node: N,
  context: MdastVisitorContext,
  heading: { depth: number },
  lang: Lang,
): N {
  if (!('children' in node)) return node;
  const children = node.children.map((child: MdastNode) => {
    const inner = withLangInside(child, context, heading, lang);
    const isSpeaking =
      (inner.type === 'mdxJsxFlowElement' || inner.type === 'mdxJsxTextElement') && SPEAKING.has(inner.name ?? '');
    return isSpeaking ? withAttributes(inner, [{ type: 'mdxJsxAttribute', name: 'lang', value: lang }]) : inner;
  });
  return { ...node, children };
}

export const storyMdxPlugin = defineMdastPlugin({
  name: 'story-structure',
  before(root, context) {
    const lang = context.fileURL ? storyFileLang(fileURLToPath(context.fileURL)) : 'zh';
    annotate(root, context, { depth: 0 }, lang);
  },
});
