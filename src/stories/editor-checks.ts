/**
 * Runs every check an editor's change must pass: the data (all versions, the lock), the pictures'
 * metadata and files, our quote translations, and the story MDX (syntax, components, references). One function, used by the
 * build, the preview and the tests.
 */
import { loadCatalog, type Catalog } from '../data/catalog.ts';
import type { EditorProblem } from '../data/problems.ts';
import { checkPictures } from './check-pictures.ts';
import { checkStories } from './check-content.ts';
import { checkPublishedData } from './check-published.ts';
import { checkQuoteTranslations } from './quote-translations.ts';

export interface EditorCheckResult {
  catalog: Catalog;
  problems: EditorProblem[];
}

export function runEditorChecks(root: string, options: { includeDrafts: boolean; today?: string }): EditorCheckResult {
  const catalog = loadCatalog(root, options);
  // Content references are checked against the data only when the data itself is sound. The preview
  // shows drafts; a public build first needs every dataset a story or chart reads to be published
  // (until then each reference to it would be one more problem with the same cause). Everything
  // else (the pictures, and the story's syntax, code and components) is checked in the same round,
  // so the editor sees every problem at once.
  const unpublished = catalog.problems.length > 0 || options.includeDrafts ? [] : checkPublishedData(root, catalog);
  const sound = catalog.problems.length === 0 && unpublished.length === 0;
  const stories = checkStories(root, sound ? catalog : undefined);
  return {
    catalog,
    problems: [
      ...catalog.problems,
      ...unpublished,
      ...checkPictures(root),
      ...checkQuoteTranslations(root),
      ...stories,
    ],
  };
}
