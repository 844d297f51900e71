/**
 * Reads every version of every dataset under `data/`, validates each against its schema and checks
 * the rules that span files: file names, version numbers without gaps, dates that do not run
 * backwards or into the future, and a source sentence for every figure.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DATASET_SCHEMAS, isDatasetId, type DatasetData, type DatasetId } from '../schemas/index.ts';
import { checkCitations, checkCitationsOfInvalid } from './citations.ts';
import { closestWord } from '../text/closest-word.ts';
import { describeIssues } from './describe-issues.ts';
import { sha256 } from './hash.ts';
import { checkFilledIn } from './to-fill.ts';
import { parseJsonFile } from './parse-json.ts';
import type { EditorProblem } from './problems.ts';

/** One valid version file of one dataset. */
export interface DatasetVersion<D extends DatasetId = DatasetId> {
  dataset: D;
  /** N in vN.json. */
  version: number;
  /** Project-relative path, e.g. `data/enclosures/v1.json`. */
  file: string;
  /** The file's exact bytes: published as-is, and hashed by the lock. */
  bytes: Buffer;
  /** SHA-256 of `bytes`, hex. */
  sha256: string;
  /** The validated content. */
  data: DatasetData<D>;
}

export interface ReadResult {
  /** Valid versions per dataset, in version order. A dataset with problems may list fewer. */
  versions: Map<DatasetId, DatasetVersion[]>;
  problems: EditorProblem[];
}

/** Files in `data/` that are not datasets. */
const NOT_DATASETS = new Set(['README.md', 'published.lock.json', 'published-urls.json']);
const VERSION_FILE = /^v([1-9]\d*)\.json$/;

/** Today's date in China, YYYY-MM-DD: the newsroom's calendar, not the server's. */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** Compares partial ISO dates on their common precision: "2025" vs "2025-07-11" compare equal. */
function compareDates(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length).localeCompare(b.slice(0, length));
}

export function readDatasets(root: string, options: { today?: string } = {}): ReadResult {
  const today = options.today ?? todayInChina();
  const dataDir = path.join(root, 'data');
  const problems: EditorProblem[] = [];
  const versions = new Map<DatasetId, DatasetVersion[]>();
  if (!existsSync(dataDir)) {
    return { versions, problems: [{ file: 'data/', message: '找不到 data 文件夹 (the data folder is missing)' }] };
  }

  for (const entry of readdirSync(dataDir).sort()) {
    if (NOT_DATASETS.has(entry) || entry.startsWith('_') || entry.startsWith('.')) continue;
    const rel = `data/${entry}`;
    if (!statSync(path.join(dataDir, entry)).isDirectory()) {
      problems.push({ file: rel, message: 'data 文件夹里不应有这个文件 (unexpected file in data/)', fix: '数据文件应放在 data/<数据集>/vN.json (version files go in data/<dataset>/vN.json)' });
      continue;
    }
    if (!isDatasetId(entry)) {
      const suggestion = closestWord(entry, Object.keys(DATASET_SCHEMAS));
      problems.push({
        file: `${rel}/`,
        message: '未知的数据集文件夹 (unknown dataset folder)',
        fix: suggestion
          ? `是不是想写 ${suggestion}？(did you mean ${suggestion}?)`
          : `已知的数据集：${Object.keys(DATASET_SCHEMAS).join(', ')} (known datasets)`,
      });
      continue;
    }
    versions.set(entry, readDataset(root, entry, today, problems));
  }
  for (const dataset of Object.keys(DATASET_SCHEMAS)) {
    if (isDatasetId(dataset) && !versions.has(dataset)) {
      problems.push({ file: `data/${dataset}/`, message: '数据集缺失：没有任何版本文件 (dataset missing: no version files)', fix: '恢复 data/' + dataset + '/v1.json (restore its version files)' });
    }
  }
  return { versions, problems };
}

function readDataset(root: string, dataset: DatasetId, today: string, problems: EditorProblem[]): DatasetVersion[] {
  const dir = path.join(root, 'data', dataset);
  const numbers: number[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const match = VERSION_FILE.exec(name);
    if (match && statSync(path.join(dir, name)).isDirectory()) {
      // Reading it would throw EISDIR; a folder is never a version, so it also leaves no gap.
      problems.push({
        file: `data/${dataset}/${name}/`,
        message: `${name} 是一个文件夹，不是数据文件 (${name} is a folder, not a data file)`,
        fix: `把这个文件夹移出 data/${dataset}/，版本文件应是 data/${dataset}/${name} 这样的文件 (move the folder out of data/${dataset}/: a version must be a file)`,
      });
    } else if (match) numbers.push(Number(match[1]));
    else {
      problems.push({
        file: `data/${dataset}/${name}`,
        message: '文件名不对：版本文件应命名为 v1.json、v2.json… (wrong file name: expected v1.json, v2.json, …)',
        fix: '改名为 vN.json，或把它移出 data 文件夹 (rename it to vN.json or move it out of data/)',
      });
    }
  }
  numbers.sort((a, b) => a - b);
  numbers.forEach((n, index) => {
    if (n !== index + 1 && !numbers.includes(index + 1)) {
      problems.push({
        file: `data/${dataset}/v${index + 1}.json`,
        message: `版本号跳号：缺少 v${index + 1}.json，却有 v${n}.json (version numbers skip: v${index + 1}.json is missing)`,
        fix: `把 v${n}.json 改名为 v${index + 1}.json，并把其中 "version" 改成 ${index + 1} (rename it and set "version")`,
      });
    }
  });

  const valid: DatasetVersion[] = [];
  for (const n of numbers) {
    const file = `data/${dataset}/v${n}.json`;
    const previous = valid.at(-1);
    const checked = checkVersionFile(dataset, n, file, readFileSync(path.join(root, file)), {
      today,
      ...(previous?.version === n - 1 ? { previousAsOf: previous.data.as_of } : {}),
    });
    problems.push(...checked.problems);
    if (checked.version) valid.push(checked.version);
  }
  return valid;
}

export interface VersionCheck {
  /** The valid version, when there were no problems. */
  version?: DatasetVersion;
  problems: EditorProblem[];
}

/**
 * Checks one version file's bytes: encoding, JSON syntax, schema, citations, the version number
 * against the file name, and its date against today and the previous version. Never throws on any
 * input; every failure is a problem.
 */
export function checkVersionFile(
  dataset: DatasetId,
  n: number,
  file: string,
  bytes: Buffer,
  context: { today: string; previousAsOf?: string },
): VersionCheck {
  const schema = DATASET_SCHEMAS[dataset];
  const parsed = parseJsonFile(file, bytes);
  if (!parsed.ok) return { problems: parsed.problems };
  const result = schema.safeParse(parsed.value);
  if (!result.success) {
    const problems = describeIssues(file, result.error.issues, parsed.value, schema, parsed.locate);
    // Citation problems too, in the same round: an editor should not fix the schema's first.
    const reported = new Set(problems.flatMap((problem) => (problem.path === undefined ? [] : [problem.path])));
    return { problems: [...problems, ...checkCitationsOfInvalid(file, schema, parsed.value, reported, parsed.locate)] };
  }
  const data = result.data;
  const problems = [...checkCitations(file, schema, data, parsed.locate), ...checkFilledIn(file, parsed.value, parsed.locate)];
  if (data.version !== n) {
    problems.push({
      file, path: 'version', ...parsed.locate(['version']),
      message: `版本号应与文件名一致，应为 ${n} (version must match the file name: expected ${n})`,
      found: String(data.version),
      fix: `把 "version" 改成 ${n} (set "version" to ${n})`,
    });
  }
  if (compareDates(data.as_of, context.today) > 0) {
    problems.push({
      file, path: 'as_of', ...parsed.locate(['as_of']),
      message: `数据日期不能晚于今天 ${context.today} (as_of cannot be in the future)`,
      found: JSON.stringify(data.as_of),
      fix: '检查年份和月份是否写错 (check the year and month)',
    });
  }
  if (context.previousAsOf !== undefined && compareDates(data.as_of, context.previousAsOf) < 0) {
    problems.push({
      file, path: 'as_of', ...parsed.locate(['as_of']),
      message: `数据日期早于上一版本的 ${context.previousAsOf} (as_of is earlier than the previous version's)`,
      found: JSON.stringify(data.as_of),
      fix: '新版本的数据日期应不早于上一版本 (a new version cannot be older than the previous one)',
    });
  }
  if (problems.length > 0) return { problems };
  return { version: { dataset, version: n, file, bytes, sha256: sha256(bytes), data }, problems };
}
