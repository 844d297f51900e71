/**
 * `npm run dataset:new -- <name>` in a fixture project: a bad or taken name is refused plainly and
 * changes nothing; a good one gives a draft whose every blank the data check lists, a schema file
 * and one registry entry in the house style, and once the blanks are filled the draft checks and
 * publishes like any other.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { check, resolveConfig } from 'prettier';
import { afterAll, describe, expect, test } from 'vitest';
import { TO_FILL } from '../../../src/data/to-fill.ts';
import { DATASET_IDS } from '../../../src/schemas/index.ts';
import { formatPath, type PathSegment } from '../../../src/text/json-path.ts';
import { fixtureProject } from '../../helpers/fixture-project.ts';
import { runProjectScript } from '../../helpers/temp-project.ts';

const REGISTRY = 'src/schemas/index.ts';
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function project(): string {
  const { root, cleanup } = fixtureProject(['src', 'scripts', 'package.json', 'node_modules', '.prettierrc.json']);
  cleanups.push(cleanup);
  return root;
}

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

/** Paths of the texts that still say 待填写. */
function blanks(value: unknown, at: PathSegment[] = []): string[] {
  if (typeof value === 'string') return value.includes(TO_FILL) ? [formatPath(at)] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => blanks(item, [...at, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => blanks(v, [...at, k]));
  return [];
}

describe('dataset:new refuses', () => {
  const root = project();
  const registry = read(root, REGISTRY);
  const data = readdirSync(path.join(root, 'data')).sort();
  test.each([
    ['a name that is not kebab-case', ['Flood_Defences'], '数据集名称应为小写英文字母开头'],
    ['a name starting with a digit', ['2025-floods'], '数据集名称应为小写英文字母开头'],
    ['no name at all', [], '数据集名称应为小写英文字母开头'],
    ['a dataset that exists', [DATASET_IDS[0] ?? ''], `npm run data:new-version -- ${DATASET_IDS[0]}`],
    ['a name whose schema file is taken', ['fields'], 'src/schemas/fields.ts 已经存在'],
  ])('%s, in Chinese then English, and changes nothing', (_, args, message) => {
    const { code, out } = runProjectScript(root, 'new-dataset.ts', args);
    expect(code).toBe(1);
    expect(out).toContain('✗ 新建数据集未通过');
    expect(out).toContain(message);
    expect(out).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
    expect(read(root, REGISTRY)).toBe(registry);
    expect(readdirSync(path.join(root, 'data')).sort()).toEqual(data);
  });
});

describe('dataset:new → fill in → check → publish', () => {
  test('the editor and developer flow, with the checks at each step', async () => {
    const root = project();
    const before = read(root, REGISTRY);
    const created = runProjectScript(root, 'new-dataset.ts', ['test-widgets', '测试部件', "Test widgets' set"]);
    expect(created.code, created.out).toBe(0);

    // One registry entry (and its import), in the house style.
    const added = read(root, REGISTRY)
      .split('\n')
      .filter((line) => !before.split('\n').includes(line));
    expect(added).toEqual([
      "import { testWidgetsSchema } from './test-widgets.ts';",
      "  'test-widgets': dataset(testWidgetsSchema, '测试部件', \"Test widgets' set\"),",
    ]);
    for (const file of [REGISTRY, 'src/schemas/test-widgets.ts']) {
      const options = (await resolveConfig(path.join(root, file))) ?? {};
      expect(await check(read(root, file), { ...options, filepath: path.join(root, file) }), file).toBe(true);
    }

    // The draft matches the schema; the check lists every blank, and nothing else.
    const draftFile = 'data/test-widgets/v1.json';
    const draft = JSON.parse(read(root, draftFile)) as Record<string, unknown>;
    const paths = blanks(draft);
    expect(paths.length).toBeGreaterThan(0);
    const unfilled = runProjectScript(root, 'check-data.ts');
    expect(unfilled.code).toBe(1);
    expect(unfilled.out).toContain(`发现 ${paths.length} 个问题`);
    for (const at of paths) expect(unfilled.out).toContain(`${draftFile} › ${at}：还没有填写 (not filled in yet)`);

    // Filled in (test values, in a temporary copy), it checks as a draft and publishes.
    const filled = {
      version: 1,
      as_of: '2025-07-11',
      note: '首个版本：测试。(First version: a test.)',
      sources: [{ publication: '测试报', title: '测试标题', date: '2025-07-18', sentences: {} }],
    };
    writeFileSync(path.join(root, draftFile), `${JSON.stringify(filled, null, 2)}\n`);
    const checked = runProjectScript(root, 'check-data.ts');
    expect(checked.code, checked.out).toBe(0);
    expect(checked.out).toContain('npm run data:publish -- test-widgets');
    expect(runProjectScript(root, 'publish-data-version.ts', ['test-widgets']).code).toBe(0);
    expect(read(root, 'data/published.lock.json')).toContain('"test-widgets/v1.json"');

    // The name is now taken.
    expect(runProjectScript(root, 'new-dataset.ts', ['test-widgets']).code).toBe(1);
    expect(existsSync(path.join(root, 'src/schemas/test-widgets.ts'))).toBe(true);
  }, 60_000);
});
