/**
 * The oEmbed URLs and responses: one response per embed (latest and every pinned version, in each
 * edition asked for), paths that follow the edition's prefix, and a response with the spec's fields.
 */
import { describe, expect, test } from 'vitest';
import { oembedResponse } from '../../../src/embed/oembed.ts';
import { chartEmbeds, EMBED_LANGS, embedCodes, oembedUrl, shareCardUrl } from '../../../src/embed/urls.ts';

describe('oEmbed and share card URLs', () => {
  test('paths of the latest and pinned responses, in the original edition and under /en/', () => {
    expect(oembedUrl('some-chart')).toBe('/oembed/some-chart/latest.json');
    expect(oembedUrl('some-chart', 3)).toBe('/oembed/some-chart/v3.json');
    expect(oembedUrl('some-chart', 3, 'en')).toBe('/en/oembed/some-chart/v3.json');
    expect(shareCardUrl('a-story')).toBe('/share/a-story.png');
    expect(shareCardUrl('a-story', 'en')).toBe('/en/share/a-story.png');
  });

  test('chartEmbeds lists the latest embed and every pinned one, per edition', () => {
    expect(EMBED_LANGS).toContain('zh');
    const embeds = chartEmbeds('c', [1, 2], ['zh', 'en']);
    expect(embeds.map((e) => [e.embed, e.oembed])).toEqual([
      ['/embed/c/', '/oembed/c/latest.json'],
      ['/embed/c/v1/', '/oembed/c/v1.json'],
      ['/embed/c/v2/', '/oembed/c/v2.json'],
      ['/en/embed/c/', '/en/oembed/c/latest.json'],
      ['/en/embed/c/v1/', '/en/oembed/c/v1.json'],
      ['/en/embed/c/v2/', '/en/oembed/c/v2.json'],
    ]);
    expect(new Set(embeds.map((e) => e.oembed)).size).toBe(embeds.length);
  });
});

describe('oembedResponse', () => {
  test('a rich 1.0 response whose html is the plain iframe code', () => {
    const chart = { id: 'c', title: '标题 <b>', embedHeight: 480 };
    const { iframe } = embedCodes('https://graphics.example.com', chart, 2);
    const response = oembedResponse({
      title: chart.title,
      iframe,
      width: 640,
      height: chart.embedHeight,
      thumbnail: { url: 'https://graphics.example.com/t.png', width: 1200, height: 675 },
      provider: { name: '数据新闻', url: 'https://graphics.example.com/' },
    });
    expect(response).toEqual({
      type: 'rich',
      version: '1.0',
      title: '标题 <b>',
      provider_name: '数据新闻',
      provider_url: 'https://graphics.example.com/',
      html: iframe,
      width: 640,
      height: 480,
      thumbnail_url: 'https://graphics.example.com/t.png',
      thumbnail_width: 1200,
      thumbnail_height: 675,
    });
    expect(response.html).toMatch(
      /^<iframe src="https:\/\/graphics\.example\.com\/embed\/c\/v2\/" title="标题 &lt;b&gt;"/,
    );
  });
});
