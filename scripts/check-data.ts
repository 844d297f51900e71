/**
 * `npm run check` (and its old name `npm run data:check`): every check the build runs, in one
 * round: every version of every dataset and the lock, that every dataset a story or chart reads has
 * a published version, the pictures (content/pictures.json and its files), and the story files
 * (MDX syntax, no code or raw HTML, components, references). Exits 1 with a plain report (Chinese
 * first) naming file, line or field, what was found and the fix, listing every problem at once.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EditorError } from '../src/data/problems.ts';
import { readPictures } from '../src/stories/check-pictures.ts';
import { runEditorChecks } from '../src/stories/editor-checks.ts';
import { projectRoot, runScript } from './lib/cli.ts';
import { drawIllustrations } from './lib/draw-illustrations.ts';

/** Whether content/pictures.json names an illustration that has not been drawn yet. */
function illustrationMissing(root: string): boolean {
  const read = readPictures(root);
  return (
    read.ok &&
    read.pictures.pictures.some(
      (picture) =>
        picture.file.startsWith('illustrations/') && !existsSync(path.join(root, 'content/pictures', picture.file)),
    )
  );
}

await runScript(async () => {
  // Illustrations are build outputs the pictures check looks for: draw them as the build does, but
  // only when one is missing (drawing takes seconds; the check should not).
  if (illustrationMissing(projectRoot())) await drawIllustrations(projectRoot());
  // Checked as the public build checks (drafts are read and validated, but a story or chart may not
  // rely on one), so a file that passes here does not fail the build.
  const { catalog, problems } = runEditorChecks(projectRoot(), { includeDrafts: false });
  if (problems.length > 0) throw new EditorError(problems, { zh: '数据与内容检查', en: 'Data and content check' });
  const published = [...catalog.versions.values()].reduce((sum, list) => sum + list.length, 0);
  const count = published + catalog.unpublishedDrafts.length;
  console.log(
    `✓ 数据与内容检查通过：${catalog.versions.size} 个数据集，${count} 个版本，报道与图片无误 (data and content check passed: ${catalog.versions.size} datasets, ${count} versions, stories and pictures)`,
  );
  for (const draft of catalog.unpublishedDrafts) {
    console.log(
      `  · 草稿 draft: data/${draft}，未发布，不会上线；发布请运行 npm run data:publish -- ${draft.split('/')[0]} (not published yet)`,
    );
  }
});
