/**
 * The English half of an editor's bilingual text. Data notes are written "中文 (English)", e.g.
 * "未注明：来源文本没有写明刊载媒体 (not named in the source text)"; the English edition prints the
 * English half alone, and falls back to the whole text (marked Chinese by the caller) when none is there.
 */
import { langRuns } from './lang-runs.ts';

/** The last English stretch of `text`, without its brackets, or undefined when it has none. */
export function englishPart(text: string): string | undefined {
  const last = langRuns(text)
    .filter((run) => run.en)
    .at(-1);
  if (!last) return undefined;
  const trimmed = last.text.trim();
  return trimmed.startsWith('(') && trimmed.endsWith(')') ? trimmed.slice(1, -1).trim() : trimmed;
}
