/**
 * `npm run story:new -- <slug>`: writes `content/stories/<slug>.mdx`, published at `/<slug>/`, with
 * frontmatter and a worked example that builds as it is (see scripts/lib/story-template.ts).
 * Refuses a bad or taken name with a plain message; never overwrites a file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { loadCatalog } from '../src/data/catalog.ts';
import { EditorError } from '../src/data/problems.ts';
import { STORIES_DIR } from '../src/stories/check-content.ts';
import { projectRoot, runScript } from './lib/cli.ts';
import { storySlugProblem } from './lib/new-names.ts';
import { chooseExample, storyTemplate } from './lib/story-template.ts';

/** One more than the highest `order` among the stories, so the new one is listed after them. */
function nextOrder(root: string): number {
  const dir = path.join(root, STORIES_DIR);
  const orders = (existsSync(dir) ? readdirSync(dir) : [])
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, name), 'utf8'))?.[1] ?? '';
      try {
        const data: unknown = load(frontmatter);
        return data && typeof data === 'object' && 'order' in data && typeof data.order === 'number' ? data.order : 0;
      } catch {
        return 0; // the content check reports a broken frontmatter
      }
    });
  return Math.max(0, ...orders) + 1;
}

await runScript(() => {
  const root = projectRoot();
  const slug = process.argv[2] ?? '';
  const problem = storySlugProblem(root, slug);
  if (problem) throw new EditorError([problem], { zh: '新建报道', en: 'New story' });
  const file = `${STORIES_DIR}/${slug}.mdx`;
  // The example uses only what a public build can show: published data.
  const example = chooseExample(loadCatalog(root, { includeDrafts: false }));
  const order = nextOrder(root);
  mkdirSync(path.join(root, STORIES_DIR), { recursive: true });
  writeFileSync(path.join(root, file), storyTemplate(order, example), { flag: 'wx' });
  console.log(`✓ 已建立 ${file}，网址 /${slug}/ (created ${file}; its URL will be /${slug}/)`);
  console.log('  下一步 next: npm run dev 预览并改写正文；加数据和图表见 docs/ADDING-A-STORY.md');
  console.log('  (preview with npm run dev and rewrite the text; for new data and charts see docs/ADDING-A-STORY.md)');
});
