/** `/oembed/<chart-id>/latest.json`, `/oembed/<chart-id>/v<N>.json`: see src/components/Share/oembed-route.ts. */
import type { GetStaticPaths } from 'astro';
import { oembedGet, oembedPaths } from '../../../components/Share/oembed-route.ts';

export const getStaticPaths = (() => oembedPaths('zh')) satisfies GetStaticPaths;
export const GET = oembedGet;
