/**
 * `/oembed/<chart-id>/latest.json` and `/oembed/<chart-id>/v<N>.json`: the static oEmbed response of
 * every embed `chartEmbeds` lists (latest and pinned, per edition), with the plain iframe code and
 * the data version's social PNG as thumbnail, its size read from the PNG itself.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { imageSize } from 'image-size';
import { CHARTS } from '../../../charts/index.ts';
import { oembedResponse } from '../../../embed/oembed.ts';
import { siteOrigin } from '../../../embed/site-origin.ts';
import { chartEmbeds, embedCodes } from '../../../embed/urls.ts';
import { chartDownload } from '../../../render/chart-downloads.ts';
import { viewChart } from '../../../render/chart-view.ts';
import { CHART_WIDTHS } from '../../../render/render-chart.ts';
import { getSiteData } from '../../../stories/site-data.ts';
import { siteName } from '../../../stories/share-facts.ts';
import { localePath, ORIGINAL_LANG } from '../../../text/lang.ts';

export const getStaticPaths = (() => {
  const { catalog } = getSiteData();
  return CHARTS.flatMap((chart) =>
    chartEmbeds(chart.id, chart.versions(catalog)).map((embed) => {
      // Views, embed codes and downloads speak one edition; until they take a language, only the
      // original edition can be described, and another must not get its words.
      if (embed.lang !== ORIGINAL_LANG) throw new Error(`oEmbed for the ${embed.lang} edition: pass lang to the view.`);
      return {
        params: { chart: chart.id, file: embed.oembed.split('/').at(-1) ?? '' },
        props: { embed, view: viewChart(chart, catalog, embed.version) },
      };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<ReturnType<typeof getStaticPaths>[number]['props']> = async ({ props, site }) => {
  const { embed, view } = props;
  const origin = siteOrigin(site);
  const thumbnail = await chartDownload(view, 'pngSocial', origin);
  const { width = 0, height = 0 } = imageSize(typeof thumbnail === 'string' ? Buffer.from(thumbnail) : thumbnail);
  const body = oembedResponse({
    title: view.title,
    iframe: embedCodes(origin, view, embed.version).iframe,
    width: CHART_WIDTHS.wide,
    height: view.embedHeight,
    thumbnail: { url: new URL(view.urls.downloads.pngSocial, origin).href, width, height },
    provider: { name: siteName(embed.lang), url: new URL(localePath(embed.lang, '/'), origin).href },
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
