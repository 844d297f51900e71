/**
 * Checks every story's MDX before anything is built: it parses, holds text and no code (see
 * story-sandbox.ts), uses only the story components, and every reference (a figure, a chart, a
 * quote, a picture, a scroll sequence) exists. Problems name the file, the line and the reference,
 * like the data check.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { mdxToMdast } from 'satteri';
import { storyFrontmatterSchema } from '../schemas/story.ts';
import { decodeEditorFile } from '../data/decode-text.ts';
import { describeIssues } from '../data/describe-issues.ts';
import type { PathSegment } from '../text/json-path.ts';
import type { Catalog } from '../data/catalog.ts';
import type { EditorProblem } from '../data/problems.ts';
import { fillPlaceholders } from '../data/figures.ts';
import { componentRule, isStoryComponent, STORY_COMPONENT_NAMES, type ContentContext } from './mdx-components.ts';
import { isElement, textAttributes, type TreeNode } from './story-tree.ts';
import { imageReferenceIds, sandboxMisses, type SandboxNode } from './story-sandbox.ts';
import { STORIES_DIR, storyFile, storyFileLang, storyFiles } from './editions.ts';
import type { Lang } from '../text/lang.ts';

export { STORIES_DIR };

/** A node of the syntax tree satteri gives, as far as the check reads it. */
interface MdastNode extends TreeNode, SandboxNode {
  /** Text of yaml (frontmatter) and text nodes. */
  value?: unknown;
  children?: MdastNode[];
  position?: { start: { line: number; column: number } };
}

/** A problem with one element; the caller adds the file, line and tag. */
type ElementMiss = Pick<EditorProblem, 'message' | 'fix'>;

/**
 * What is wrong with one story component in its place in the tree; `context` is undefined when the
 * data has problems of its own, and then references are not looked up (each would be one more
 * problem with the same cause).
 */
function checkElement(node: MdastNode, parent: MdastNode, context: ContentContext | undefined): ElementMiss[] {
  const name = node.name ?? '';
  if (!isStoryComponent(name)) {
    return [
      {
        message: `未知组件 ${name} (unknown component)`,
        fix: `可用的组件：${STORY_COMPONENT_NAMES.join(', ')} (available components)`,
      },
    ];
  }
  const rule = componentRule(name);
  const attributes = textAttributes(node);
  const missing = rule.required.filter((attribute) => !attributes[attribute]);
  const misses: ElementMiss[] = missing.map((attribute) => ({
    message: `缺少属性 ${attribute} (missing attribute ${attribute})`,
    fix: rule.usage,
  }));
  if (rule.block && node.type !== 'mdxJsxFlowElement') {
    misses.push({
      message: `${name} 要单独占一段，不能写在句子里 (${name} must stand on its own lines, not inside a sentence)`,
      fix: `前后各空一行 (leave a blank line before and after it): ${rule.usage}`,
    });
  }
  if (rule.parent && !isElement(parent, rule.parent)) {
    misses.push({
      message: `${name} 只能直接放在 ${rule.parent} 里面 (${name} must be inside ${rule.parent}, directly)`,
      fix: rule.usage,
    });
  }
  if (rule.holds) misses.push(...checkHeld(node, rule.holds, rule.usage));
  const miss = missing.length === 0 && context ? rule.check?.(attributes, context) : undefined;
  return miss ? [...misses, miss] : misses;
}

/** A component that holds `held` (a <Scrolly> its <Step>s) holds at least one, and nothing else. */
function checkHeld(node: MdastNode, held: string, usage: string): ElementMiss[] {
  const name = node.name ?? '';
  const children = node.children ?? [];
  const count = children.filter((child) => isElement(child, held)).length;
  const misses: ElementMiss[] = [];
  if (count === 0) {
    misses.push({
      message: `${name} 里至少要有一个 ${held}，这里有 0 个 (a ${name} needs at least one ${held}; found 0)`,
      fix: usage,
    });
  }
  if (count < children.length) {
    misses.push({
      message: `${name} 里只能放 ${held}，文字要写在 ${held} 里面 (only ${held} elements go inside a ${name}; put text inside a ${held})`,
      fix: usage,
    });
  }
  return misses;
}

/**
 * Checks one MDX source; `file` names it in problems, `root` is the project folder. Without a
 * `catalog` (the data has problems of its own) everything but the references is checked.
 */
export function checkStorySource(
  file: string,
  source: string,
  catalog: Catalog | undefined,
  root = process.cwd(),
  lang: Lang = storyFileLang(file),
): EditorProblem[] {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+)/.exec(message);
    return [
      {
        file,
        ...(at ? { line: Number(at[1]), column: Number(at[2]) } : {}),
        message: `MDX 格式错误 (MDX syntax error)：${message.replace(/^\d+:\d+:\s*/, '')}`,
        fix: '检查这一行的 < > 标签是否成对、是否写完整；正文里的 < 和 { 要写成 &lt; 和 &#123; (check the tags on this line; write a literal < or { as &lt; or &#123;)',
      },
    ];
  }
  const problems: EditorProblem[] = [];
  // An empty or headless file would otherwise pass here and fail later in Astro's loader, in English.
  if (!tree.children?.some((node) => node.type === 'yaml')) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message:
        '故事开头缺少 --- 之间的设置（标题、导语等） (the story has no frontmatter: title, dek… between --- lines)',
      fix: '在文件第一行加上 ---，写 title: 标题 等设置，再用一行 --- 结束；可照 npm run story:new 生成的文件 (start the file with ---, the settings such as title:, and a closing ---, as npm run story:new writes them)',
    });
  }
  const imageReferences = imageReferenceIds(tree);
  const visit = (node: MdastNode, parent: MdastNode): void => {
    if (node.type === 'yaml' && typeof node.value === 'string') {
      problems.push(...checkFrontmatter(file, node.value, catalog));
      return;
    }
    const at = node.position ? { line: node.position.start.line, column: node.position.start.column } : {};
    const refused = sandboxMisses(node, imageReferences);
    for (const miss of refused) problems.push({ file, ...at, ...miss });
    // Raw HTML is refused above, and not told to be a story component as well.
    const rawHtml = refused.length > 0 && !isStoryComponent(node.name ?? '');
    if (isElement(node) && !rawHtml) {
      const tag = `<${node.name}${Object.entries(textAttributes(node))
        .map(([k, v]) => ` ${k}="${v}"`)
        .join('')}>`;
      for (const miss of checkElement(node, parent, catalog ? { catalog, root, lang } : undefined))
        problems.push({ file, ...at, path: tag, ...miss });
    }
    for (const child of node.children ?? []) visit(child, node);
  };
  visit(tree, tree);
  return problems;
}

/** The frontmatter must match the story schema, and its {dataset.field} placeholders must resolve. */
function checkFrontmatter(file: string, yaml: string, catalog: Catalog | undefined): EditorProblem[] {
  let value: unknown;
  try {
    value = load(yaml);
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    return [
      {
        file,
        ...(mark ? { line: mark.line + 2, column: mark.column + 1 } : {}),
        message: `开头 --- 之间的设置格式有误 (the frontmatter between the --- lines is not valid YAML)`,
        fix: '每行写成 名称: 内容，冒号后加一个空格 (write each line as name: text, with a space after the colon)',
      },
    ];
  }
  const lines = yaml.split('\n');
  const locate = (path: readonly PathSegment[]) => {
    const index = lines.findIndex((line) => line.startsWith(`${String(path[0])}:`));
    return index === -1 ? undefined : { line: index + 2, column: 1 };
  };
  const result = storyFrontmatterSchema.safeParse(value);
  if (!result.success) return describeIssues(file, result.error.issues, value, storyFrontmatterSchema, locate);
  const problems: EditorProblem[] = [];
  if (!catalog) return problems;
  for (const [key, text] of Object.entries(result.data)) {
    if (typeof text !== 'string') continue;
    for (const miss of fillPlaceholders(catalog, text).misses) {
      problems.push({
        file,
        ...locate([key]),
        path: `${key} › {${miss.reference}}`,
        message: miss.message,
        fix: miss.fix,
      });
    }
  }
  return problems;
}

/**
 * Checks every story under `content/stories` and every edition of one (`content/stories/en/`);
 * without a `catalog`, everything but the references. An edition needs its original story.
 */
export function checkStories(root: string, catalog: Catalog | undefined): EditorProblem[] {
  return storyFiles(root).flatMap(({ lang, slug, file }) => {
    const original = storyFile('zh', slug);
    const orphan: EditorProblem[] =
      lang !== 'zh' && !existsSync(path.join(root, original))
        ? [
            {
              file,
              message: `这是 ${slug} 的英文版，但没有中文原稿 ${original} (an English edition with no Chinese original ${original})`,
              fix: `把文件名改成中文原稿的文件名，或先用 npm run story:new -- ${slug} 建中文原稿 (name it after its original, or create the original first)`,
            },
          ]
        : [];
    // Strict UTF-8: a GBK story would otherwise pass as mojibake and fail later, deep inside MDX.
    const decoded = decodeEditorFile(file, readFileSync(path.join(root, file)));
    return [...orphan, ...(decoded.ok ? checkStorySource(file, decoded.text, catalog, root, lang) : [decoded.problem])];
  });
}
