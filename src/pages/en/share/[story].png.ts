/** `/en/share/<story>.png`: an English story's share card; see src/components/Share/share-card-route.ts. */
import type { GetStaticPaths } from 'astro';
import { shareCardGet, shareCardPaths } from '../../../components/Share/share-card-route.ts';

export const getStaticPaths = (() => shareCardPaths('en')) satisfies GetStaticPaths;
export const GET = shareCardGet;
