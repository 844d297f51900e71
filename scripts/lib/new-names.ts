/**
 * The names editors give new things on the command line: a story's slug (its public URL
 * `/<slug>/`) and a dataset's name (its folder, its URLs `/data/<name>/…` and its schema file).
 * Names are for good once published, so they are checked before anything is written: kebab-case,
 * not taken, and not a path the site already uses.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { EditorProblem } from '../../src/data/problems.ts';
import { isDatasetId } from '../../src/schemas/index.ts';

/** Lower-case letters, digits and single hyphens: `flood-defences`, `2025-budget`. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A dataset name also starts with a letter: it becomes a TypeScript name (`floodDefencesSchema`). */
const DATASET_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The first path segments the site's own pages use (`charts`, `data`, `embed.js`, `404`, …). */
export function reservedPaths(root: string): Set<string> {
  const pages = path.join(root, 'src', 'pages');
  const names = existsSync(pages) ? readdirSync(pages) : [];
  return new Set(
    names
      .filter((name) => !name.startsWith('[') && !name.startsWith('index.'))
      .map((name) => name.replace(/\.(astro|ts|js|md|mdx)$/, '')),
  );
}

/** Why `slug` cannot name a new story in `root`, or undefined when it can. */
export function storySlugProblem(root: string, slug: string): EditorProblem | undefined {
  const file = `content/stories/${slug}.mdx`;
  const example = '例如 e.g. npm run story:new -- flood-defences';
  if (!SLUG.test(slug)) {
    return {
      file: 'content/stories/',
      message:
        '报道名称应为小写英文字母、数字和连字符，它就是报道的网址 (the story name must be lower-case letters, digits and hyphens: it is the story’s URL)',
      found: JSON.stringify(slug),
      fix: example,
    };
  }
  if (existsSync(path.join(root, file))) {
    return {
      file,
      message: `已经有名为 ${slug} 的报道了 (a story named ${slug} already exists)`,
      fix: `直接修改 ${file}，或换一个名称 (edit that file, or choose another name)`,
    };
  }
  if (reservedPaths(root).has(slug)) {
    return {
      file: 'content/stories/',
      message: `网址 /${slug}/ 已被网站自己的页面使用 (the URL /${slug}/ is taken by the site’s own pages)`,
      found: JSON.stringify(slug),
      fix: '换一个名称 (choose another name)',
    };
  }
  return undefined;
}

/** Why `name` cannot name a new dataset in `root`, or undefined when it can. */
export function datasetNameProblem(root: string, name: string): EditorProblem | undefined {
  const example = '例如 e.g. npm run dataset:new -- flood-defences 防洪工程 "Flood defences"';
  if (!DATASET_NAME.test(name)) {
    return {
      file: 'data/',
      message:
        '数据集名称应为小写英文字母开头，只含小写字母、数字和连字符 (a dataset name must start with a lower-case letter and hold only lower-case letters, digits and hyphens)',
      found: JSON.stringify(name),
      fix: example,
    };
  }
  if (isDatasetId(name)) {
    return {
      file: `data/${name}/`,
      message: `已经有名为 ${name} 的数据集了 (a dataset named ${name} already exists)`,
      fix: `要改它的数字，运行 npm run data:new-version -- ${name} (to change its figures, run npm run data:new-version -- ${name})`,
    };
  }
  const taken = [`data/${name}`, `src/schemas/${name}.ts`].find((file) => existsSync(path.join(root, file)));
  return taken
    ? {
        file: taken,
        message: `${taken} 已经存在，名称 ${name} 已被占用 (${taken} exists: the name ${name} is taken)`,
        fix: '换一个名称 (choose another name)',
      }
    : undefined;
}
