/**
 * `npm run data:publish -- <dataset>`: locks the dataset's draft versions after a full check. Once
 * locked, a version never changes; its URLs stay up for good.
 */
import { loadCatalog } from '../src/data/catalog.ts';
import { consistencyAfterPublishing, ownProblems } from '../src/data/dataset-problems.ts';
import { lockKey, writeLock } from '../src/data/lock.ts';
import { EditorError } from '../src/data/problems.ts';
import { todayInChina } from '../src/data/read-datasets.ts';
import { DATASET_SCHEMAS, isDatasetId } from '../src/schemas/index.ts';
import { projectRoot, runScript } from './lib/cli.ts';

await runScript(() => {
  const requested = process.argv.slice(2);
  const all = requested.includes('--all');
  const datasets = all ? Object.keys(DATASET_SCHEMAS) : requested;
  const unknown = datasets.filter((d) => !isDatasetId(d));
  const named = datasets.filter(isDatasetId);
  if (named.length === 0 || unknown.length > 0) {
    throw new EditorError(
      [
        {
          file: 'data/',
          message: `请写明要发布的数据集，可选：${Object.keys(DATASET_SCHEMAS).join(', ')} (name the dataset to publish)`,
          ...(unknown.length > 0 ? { found: JSON.stringify(unknown.join(' ')) } : {}),
          fix: '例如 npm run data:publish -- enclosures (e.g. npm run data:publish -- enclosures)',
        },
      ],
      { zh: '发布', en: 'Publish' },
    );
  }
  const root = projectRoot();
  const catalog = loadCatalog(root, { includeDrafts: true });
  // Only what goes public must be sound: the named datasets' files, the lock, and the agreement
  // between what they publish and what is already public. Another dataset's unfinished draft
  // stays a draft and must not stop this.
  const blocking = [...ownProblems(catalog, named), ...consistencyAfterPublishing(catalog, named)];
  if (blocking.length > 0)
    throw new EditorError(blocking, { zh: '发布前的数据检查', en: 'Data check before publishing' });
  const today = todayInChina();
  const additions = named.flatMap((dataset) =>
    (catalog.versions.get(dataset) ?? [])
      .filter((v) => !v.published)
      .map((v) => ({ key: lockKey(v.dataset, v.version), sha256: v.sha256, published_on: today })),
  );
  if (additions.length === 0) {
    console.log('没有要发布的草稿 (no drafts to publish): ' + datasets.join(', '));
    return;
  }
  writeLock(root, catalog.lock, additions);
  for (const { key } of additions) console.log(`✓ 已发布 published data/${key}`);
  console.log('  请一并提交这些文件和 data/published.lock.json，然后运行 npm run build 与 npm run urls:record。');
  console.log('  (commit them together with data/published.lock.json, then run npm run build and npm run urls:record)');
});
