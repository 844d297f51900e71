/**
 * Checks every story's MDX before anything is built: it parses, uses only the story components,
 * and every reference (a figure, a chart, a quote, a picture, a scroll sequence) exists. Problems
 * name the file, the line and the reference, like the data check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { mdxToMdast } from 'satteri';
import { storyFrontmatterSchema } from '../schemas/story.ts';
import { describeIssues } from '../data/describe-issues.ts';
import type { PathSegment } from '../text/json-path.ts';
import type { Catalog } from '../data/catalog.ts';
import type { EditorProblem } from '../data/problems.ts';
import { fillPlaceholders } from '../data/figures.ts';
import { MAX_STEPS } from '../components/Scrolly/scrolly-steps.ts';
import { MDX_COMPONENTS } from './mdx-components.ts';

export const STORIES_DIR = 'content/stories';

interface MdastNode {
  type: string;
  /** Text of yaml (frontmatter) and text nodes. */
  value?: unknown;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
  position?: { start: { line: number; column: number } };
}

/** How many MDX elements named `name` a node holds, at any depth. */
function countElements(node: MdastNode, name: string): number {
  return (node.children ?? []).reduce(
    (sum, child) => sum + (child.name === name ? 1 : 0) + countElements(child, name),
    0,
  );
}

/** Checks one MDX source; `file` names it in problems, `root` is the project folder. */
export function checkStorySource(
  file: string,
  source: string,
  catalog: Catalog,
  root = process.cwd(),
): EditorProblem[] {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source) as unknown as MdastNode;
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
  const visit = (node: MdastNode, parents: string[]): void => {
    if (node.type === 'yaml' && typeof node.value === 'string') {
      problems.push(...checkFrontmatter(file, node.value, catalog));
      return;
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const at = node.position ? { line: node.position.start.line, column: node.position.start.column } : {};
      const rule = MDX_COMPONENTS[node.name];
      const attributes: Record<string, string> = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name) {
          attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : '';
        }
      }
      const tag = `<${node.name}${Object.entries(attributes)
        .map(([k, v]) => ` ${k}="${v}"`)
        .join('')}>`;
      if (!rule) {
        problems.push({
          file,
          ...at,
          path: tag,
          message: `未知组件 ${node.name} (unknown component)`,
          fix: `可用的组件：${Object.keys(MDX_COMPONENTS).join(', ')} (available components)`,
        });
      } else {
        for (const name of rule.required) {
          if (!attributes[name]) {
            problems.push({
              file,
              ...at,
              path: tag,
              message: `缺少属性 ${name} (missing attribute ${name})`,
              fix: rule.usage,
            });
          }
        }
        if (node.name === 'Scrolly') {
          const steps = countElements(node, 'Step');
          if (steps < 1 || steps > MAX_STEPS) {
            problems.push({
              file,
              ...at,
              path: tag,
              message: `滚动叙事需要 1 到 ${MAX_STEPS} 个 Step，这里有 ${steps} 个 (a Scrolly needs 1 to ${MAX_STEPS} steps; found ${steps})`,
              fix: rule.usage,
            });
          }
        }
        if (rule.parent && !parents.includes(rule.parent)) {
          problems.push({
            file,
            ...at,
            path: tag,
            message: `${node.name} 只能放在 ${rule.parent} 里面 (${node.name} must be inside ${rule.parent})`,
            fix: rule.usage,
          });
        }
        const miss = rule.required.every((name) => attributes[name])
          ? rule.check?.(attributes, { catalog, root })
          : undefined;
        if (miss) problems.push({ file, ...at, path: tag, message: miss.message, fix: miss.fix });
      }
      for (const child of node.children ?? []) visit(child, [...parents, node.name]);
      return;
    }
    for (const child of node.children ?? []) visit(child, parents);
  };
  visit(tree, []);
  return problems;
}

/** The frontmatter must match the story schema, and its {dataset.field} placeholders must resolve. */
function checkFrontmatter(file: string, yaml: string, catalog: Catalog): EditorProblem[] {
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

/** Checks every story under `content/stories`. */
export function checkStories(root: string, catalog: Catalog): EditorProblem[] {
  const dir = path.join(root, STORIES_DIR);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) =>
      checkStorySource(`${STORIES_DIR}/${name}`, readFileSync(path.join(dir, name), 'utf8'), catalog, root),
    );
}
