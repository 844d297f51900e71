/**
 * `npm run dataset:new -- <name> [中文名] [English name]`: a new dataset in one go. Writes the
 * draft `data/<name>/v1.json` (its blanks say what to write; the data check lists each until it is
 * filled), the schema skeleton `src/schemas/<name>.ts`, and registers it with one entry in
 * `src/schemas/index.ts`. Refuses a bad or taken name with a plain message; never overwrites a file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { EditorError } from '../src/data/problems.ts';
import { todayInChina } from '../src/data/read-datasets.ts';
import { projectRoot, runScript } from './lib/cli.ts';
import { datasetSkeleton, registerDataset, schemaSkeleton } from './lib/dataset-skeleton.ts';
import { datasetNameProblem } from './lib/new-names.ts';

const REGISTRY = 'src/schemas/index.ts';

/** TypeScript in the house style, so `npm run lint` passes on what the script writes. */
async function formatted(root: string, file: string, text: string): Promise<string> {
  const options = (await resolveConfig(path.join(root, file))) ?? {};
  return format(text, { ...options, filepath: path.join(root, file) });
}

await runScript(async () => {
  const root = projectRoot();
  const [name = '', zh = name, en = name] = process.argv.slice(2);
  const problem = datasetNameProblem(root, name);
  if (problem) throw new EditorError([problem], { zh: '新建数据集', en: 'New dataset' });
  const title = { zh, en };
  const schemaFile = `src/schemas/${name}.ts`;
  const dataFile = `data/${name}/v1.json`;
  // Everything is prepared before anything is written, so a failure leaves no half-made dataset.
  const registry = await formatted(
    root,
    REGISTRY,
    registerDataset(readFileSync(path.join(root, REGISTRY), 'utf8'), name, title),
  );
  const schema = await formatted(root, schemaFile, schemaSkeleton(name, title));
  mkdirSync(path.join(root, 'data', name));
  writeFileSync(path.join(root, dataFile), datasetSkeleton(todayInChina()), { flag: 'wx' });
  writeFileSync(path.join(root, schemaFile), schema, { flag: 'wx' });
  writeFileSync(path.join(root, REGISTRY), registry);
  console.log(`✓ 已建立数据集 ${name}：${dataFile}（草稿）、${schemaFile}，并登记在 ${REGISTRY}`);
  console.log(`  (created dataset ${name}: ${dataFile} (draft), ${schemaFile}, registered in ${REGISTRY})`);
  console.log('  下一步 next (docs/ADDING-A-STORY.md):');
  console.log(`  1. 在 ${schemaFile} 为每个数字加一行字段 (add one field per figure)`);
  console.log(`  2. 在 ${dataFile} 填上数字和来源原句，替换每一处“待填写” (fill in figures and source sentences)`);
  console.log(`  3. npm run data:check，然后 npm run data:publish -- ${name}`);
});
