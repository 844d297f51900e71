/**
 * `npm run data:new-version -- <dataset>`: copies the newest version to v<N+1>.json for editing.
 * The copy's "note" is left empty on purpose: the check fails until the editor says what changed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalog, latestVersion } from '../src/data/catalog.ts';
import { ownProblems } from '../src/data/dataset-problems.ts';
import { EditorError } from '../src/data/problems.ts';
import { DATASET_SCHEMAS, isDatasetId } from '../src/schemas/index.ts';
import { projectRoot, runScript } from './lib/cli.ts';

await runScript(() => {
  const dataset = process.argv[2] ?? '';
  if (!isDatasetId(dataset)) {
    throw new EditorError(
      [
        {
          file: 'data/',
          message: `请写明数据集名称，可选：${Object.keys(DATASET_SCHEMAS).join(', ')} (name a dataset)`,
          found: JSON.stringify(dataset),
          fix: '例如 npm run data:new-version -- enclosures (e.g. npm run data:new-version -- enclosures)',
        },
      ],
      { zh: '新建版本', en: 'New version' },
    );
  }
  const root = projectRoot();
  const catalog = loadCatalog(root, { includeDrafts: true });
  // Only this dataset's own files (and the lock) must be sound: another dataset's draft in progress,
  // or a disagreement between datasets that this new version is meant to settle, must not block it.
  const blocking = ownProblems(catalog, [dataset]);
  if (blocking.length > 0)
    throw new EditorError(blocking, { zh: '新建版本前的数据检查', en: 'Data check before a new version' });
  const latest = latestVersion(catalog, dataset);
  if (!latest.published) {
    throw new EditorError(
      [
        {
          file: latest.file,
          message: `v${latest.version} 还是草稿，请直接修改它 (v${latest.version} is still a draft; edit it directly)`,
          fix: `改完后运行 npm run data:publish -- ${dataset} (publish it when done)`,
        },
      ],
      { zh: '新建版本', en: 'New version' },
    );
  }
  const next = latest.version + 1;
  const file = `data/${dataset}/v${next}.json`;
  if (existsSync(path.join(root, file))) throw new Error(`${file} already exists`);
  const copy = JSON.parse(readFileSync(path.join(root, latest.file), 'utf8')) as Record<string, unknown>;
  copy['version'] = next;
  copy['note'] = '';
  // A correction marks the one version that corrects; the next version corrects nothing unless an editor says so.
  delete copy['correction'];
  writeFileSync(path.join(root, file), `${JSON.stringify(copy, null, 2)}\n`);
  console.log(`✓ 已建立 ${file}（从 v${latest.version} 复制）(created ${file} from v${latest.version})`);
  console.log(
    '  下一步 next: 修改数字和来源原句，在 "note" 写明改了什么，然后 npm run dev 预览，npm run data:publish -- ' +
      dataset +
      ' 发布。',
  );
  console.log(
    '  (edit the figures and their source sentences, say what changed in "note", preview with npm run dev, publish with npm run data:publish -- ' +
      dataset +
      ')',
  );
});
