/**
 * `npm run data:check`: validates every version of every dataset and the lock, and that every dataset
 * a story or chart reads has a published version. Exits 1 with a plain report (Chinese first)
 * naming file, field, what was found and the fix.
 */
import { loadCatalog } from '../src/data/catalog.ts';
import { EditorError } from '../src/data/problems.ts';
import { checkPublishedData } from '../src/stories/check-published.ts';
import { projectRoot, runScript } from './lib/cli.ts';

await runScript(() => {
  const catalog = loadCatalog(projectRoot(), { includeDrafts: true });
  if (catalog.problems.length > 0) throw new EditorError(catalog.problems, { zh: '数据检查', en: 'Data check' });
  // Drafts are fine on their own, but a story or chart that reads only a draft cannot go public.
  const unpublished = checkPublishedData(projectRoot(), catalog);
  if (unpublished.length > 0) throw new EditorError(unpublished, { zh: '数据检查', en: 'Data check' });
  const count = [...catalog.versions.values()].reduce((sum, list) => sum + list.length, 0);
  console.log(
    `✓ 数据检查通过：${catalog.versions.size} 个数据集，${count} 个版本 (data check passed: ${catalog.versions.size} datasets, ${count} versions)`,
  );
  for (const draft of catalog.unpublishedDrafts) {
    console.log(
      `  · 草稿 draft: data/${draft}，未发布，不会上线；发布请运行 npm run data:publish -- ${draft.split('/')[0]} (not published yet)`,
    );
  }
});
