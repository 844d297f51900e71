/**
 * What a story file may hold: Markdown text, the story components with literal props, and the
 * frontmatter. MDX would also run code (`import`, `export`, `{…}` expressions, raw HTML and JSX),
 * which the build executes on the build machine and publishes into the page, so each such node is
 * refused here, at check time, before anything is compiled. Links may go to other sites, but never
 * run script (`javascript:`, `data:`, `vbscript:` …); images come from this site only.
 */
import { componentRule, isStoryComponent, STORY_COMPONENT_NAMES } from './mdx-components.ts';
import type { TreeNode } from './story-tree.ts';

/** A node as the sandbox reads it: satteri's mdast, MDX nodes included. */
export interface SandboxNode extends TreeNode {
  value?: unknown;
  url?: unknown;
  identifier?: unknown;
  children?: readonly SandboxNode[];
}

/** One refused piece: where (a short quote of it) and the plain bilingual message and fix. */
export interface SandboxMiss {
  path: string;
  message: string;
  fix: string;
}

/** Schemes a link may use; anything else (javascript:, data:, vbscript:, file: …) is refused. */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
/** A stand-in origin for resolving relative URLs: a URL that keeps it is on our own site. */
const OUR_ORIGIN = 'https://story.invalid';

const BRACES_FIX =
  '数字用 <Num of="数据集.字段" />；正文里要显示花括号，写成 &#123; 和 &#125; (use <Num of="dataset.field" /> for figures; write a literal brace as &#123; or &#125;)';

/** The first characters of `text`, for naming a piece in a problem. */
function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

/** `url` resolved as a browser would (it drops tabs and newlines, so `java\tscript:` is caught), or undefined. */
function resolve(url: string): URL | undefined {
  try {
    return new URL(url, `${OUR_ORIGIN}/stories/story/`);
  } catch {
    return undefined;
  }
}

/** What is wrong with a link's target, if anything. */
function linkMiss(url: string): SandboxMiss | undefined {
  const resolved = resolve(url);
  if (resolved && LINK_SCHEMES.has(resolved.protocol)) return undefined;
  return {
    path: `(${quote(url)})`,
    message: `链接地址 ${quote(url)} 不是网页地址，不能发布 (the link target ${quote(url)} is not a web address; javascript:, data: and similar links are not allowed)`,
    fix: '链接写成 [文字](https://完整网址) (write links as [text](https://full address))',
  };
}

/** What is wrong with an image's source: it must be on our own site. */
function imageMiss(url: string): SandboxMiss | undefined {
  if (resolve(url)?.origin === OUR_ORIGIN) return undefined;
  return {
    path: `(${quote(url)})`,
    message: `图片 ${quote(url)} 不是本站的图片，不能发布 (the image ${quote(url)} is not from this site; images from other sites and data: images are not allowed)`,
    fix: '把图片文件加进 content/pictures.json，再写 <Picture id="图片id" /> (add the picture to content/pictures.json and show it with <Picture id="…" />)',
  };
}

/** A literal the component documents for `name`: `{true}`/`{false}`, or a plain number. */
function isDocumentedLiteral(kind: 'boolean' | 'number' | undefined, text: string): boolean {
  const value = text.trim();
  if (kind === 'boolean') return value === 'true' || value === 'false';
  if (kind === 'number') return /^-?\d+(\.\d+)?$/.test(value);
  return false;
}

/** What is wrong with the attributes of story component `name`: spreads and `{…}` beyond its literals. */
function attributeMisses(name: string, attributes: unknown): SandboxMiss[] {
  if (!isStoryComponent(name) || !Array.isArray(attributes)) return [];
  const literals = componentRule(name).literals ?? {};
  const misses: SandboxMiss[] = [];
  for (const attribute of attributes as { type?: unknown; name?: unknown; value?: unknown }[]) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      misses.push({
        path: `<${name} {${quote(String(attribute.value))}}>`,
        message: `${name} 的属性里不能写 { … } 代码 (a ${name} may not take code in { … } as attributes)`,
        fix: `属性写成 名称="文字"，例如 ${componentRule(name).usage} (write each attribute as name="text")`,
      });
      continue;
    }
    if (typeof attribute.value === 'string') {
      // `year="false"` is the text "false", which a component reads as true: a switch or number
      // in quotes does the opposite of what the editor meant.
      const prop = String(attribute.name);
      const kind = Object.hasOwn(literals, prop) ? literals[prop] : undefined;
      if (kind) {
        const written = kind === 'boolean' ? `${prop}={true} 或 ${prop}={false} (or)` : `${prop}={数字 a number}`;
        misses.push({
          path: `<${name} ${prop}="${attribute.value}">`,
          message: `开关和数字不能写在引号里：${name} 的 ${prop} 加了引号就成了文字 (the ${prop} of ${name} may not be in quotes: quoted, it is text, not a switch or a number)`,
          fix: `写成 ${written}，不加引号 (write it without quotes)`,
        });
      }
      continue;
    }
    const value = attribute.value as { type?: unknown; value?: unknown } | null | undefined;
    if (typeof value !== 'object' || value === null) continue;
    const prop = String(attribute.name);
    const text = String(value.value);
    const kind = Object.hasOwn(literals, prop) ? literals[prop] : undefined;
    if (isDocumentedLiteral(kind, text)) continue;
    const allowed =
      kind === 'boolean'
        ? `${prop}={true} 或 ${prop}={false} (or)`
        : kind === 'number'
          ? `${prop}={数字 a number}`
          : `${prop}="文字 text"`;
    misses.push({
      path: `<${name} ${prop}={${quote(text)}}>`,
      message: `${name} 的属性 ${prop} 里不能写 { … } 代码 (the attribute ${prop} of ${name} may not hold code in { … })`,
      fix: `写成 ${allowed} (write it as shown)`,
    });
  }
  return misses;
}

/** What is wrong with one node of a story's tree as far as the sandbox goes (its children are visited by the caller). */
export function sandboxMisses(node: SandboxNode, imageReferences: ReadonlySet<string>): SandboxMiss[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [
        {
          path: quote(String(node.value)),
          message: '故事文件里不能写 import 或 export (a story file may not import or export code)',
          fix: '删去这一行；故事组件不用导入，直接写 <Num of="数据集.字段" /> 等即可 (delete the line: story components need no import)',
        },
      ];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [
        {
          path: `{${quote(String(node.value))}}`,
          message: '故事文件里不能写 { … } 代码 (a story file may not hold code in { … })',
          fix: BRACES_FIX,
        },
      ];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      // Capitalised unknown names are told apart (a typo of a component) by the component check.
      if (name === '' || !/^[A-Z]/.test(name) || /[.:]/.test(name)) {
        const tag = name === '' ? '<>' : `<${name}>`;
        return [
          {
            path: tag,
            message: `故事文件里不能写 HTML 或 JSX 标签 ${tag} (a story file may not hold raw HTML or JSX such as ${tag})`,
            fix: `正文用 Markdown 写；图表、数字、图片用故事组件：${STORY_COMPONENT_NAMES.join(', ')} (write text in Markdown and use the story components)`,
          },
        ];
      }
      return attributeMisses(name, node.attributes);
    }
    case 'link':
      return typeof node.url === 'string' ? [linkMiss(node.url)].filter((m) => m !== undefined) : [];
    case 'image':
      return typeof node.url === 'string' ? [imageMiss(node.url)].filter((m) => m !== undefined) : [];
    case 'definition': {
      if (typeof node.url !== 'string') return [];
      const usedByImage = typeof node.identifier === 'string' && imageReferences.has(node.identifier);
      return [usedByImage ? imageMiss(node.url) : linkMiss(node.url)].filter((m) => m !== undefined);
    }
    default:
      return [];
  }
}

/** The identifiers `![alt][id]` images use, so their `[id]: url` definitions are held to the image rule. */
export function imageReferenceIds(root: SandboxNode): Set<string> {
  const ids = new Set<string>();
  const walk = (node: SandboxNode): void => {
    if (node.type === 'imageReference' && typeof node.identifier === 'string') ids.add(node.identifier);
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return ids;
}
