/**
 * The static oEmbed responses of one edition's embeds (`/oembed/<chart-id>/latest.json`,
 * `/oembed/<chart-id>/v<N>.json`, and the same under `/en/`): every embed `chartEmbeds` lists, with
 * the plain iframe code and the data version's social PNG as thumbnail, its size read from the PNG.
 * The Chinese and English routes are this one module, so both editions describe the same embeds.
 */
import type { APIRoute } from 'astro';
import { imageSize } from 'image-size';
import { CHARTS } from '../../charts/index.ts';
import { oembedResponse } from '../../embed/oembed.ts';
import { siteOrigin } from '../../embed/site-origin.ts';
import { chartEmbeds, embedCodes, type ChartEmbed } from '../../embed/urls.ts';
import { chartDownload } from '../../render/chart-downloads.ts';
import { viewChart, type ChartView } from '../../render/chart-view.ts';
import { CHART_WIDTHS } from '../../render/render-chart.ts';
import { routeCacheKey, versionInputs } from '../../render/route-cache-key.ts';
import { siteName } from '../../stories/share-facts.ts';
import { getSiteData } from '../../stories/site-data.ts';
import { localePath, type Lang } from '../../text/lang.ts';

/** What one response is made from. */
export interface OEmbedProps {
  embed: ChartEmbed;
  view: ChartView;
}

/** The static paths of `lang`'s oEmbed responses. */
export function oembedPaths(lang: Lang) {
  const { catalog } = getSiteData();
  return CHARTS.flatMap((chart) =>
    chartEmbeds(chart.id, chart.versions(catalog), [lang]).map((embed) => {
      const view = viewChart(chart, catalog, embed.version, lang);
      const which = embed.version === undefined ? 'latest' : `v${embed.version}`;
      return {
        params: { chart: chart.id, file: embed.oembed.split('/').at(-1) ?? '' },
        props: { embed, view } satisfies OEmbedProps,
        // Its thumbnail is drawn to read its size: worth keeping (docs/BUILD-CACHE.md).
        cacheKey: routeCacheKey(['oembed', lang, which, view.id, view.dataset, ...versionInputs(view.version)]),
      };
    }),
  );
}

/** The response body of one embed. */
export const oembedGet: APIRoute<OEmbedProps> = async ({ props, site }) => {
  const { embed, view } = props;
  const origin = siteOrigin(site);
  const thumbnail = await chartDownload(view, 'pngSocial', origin);
  const { width = 0, height = 0 } = imageSize(typeof thumbnail === 'string' ? Buffer.from(thumbnail) : thumbnail);
  const body = oembedResponse({
    title: view.title,
    iframe: embedCodes(origin, view, embed.version, embed.lang).iframe,
    width: CHART_WIDTHS.wide,
    height: view.embedHeight,
    thumbnail: { url: new URL(view.urls.downloads.pngSocial, origin).href, width, height },
    provider: { name: siteName(embed.lang), url: new URL(localePath(embed.lang, '/'), origin).href },
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
