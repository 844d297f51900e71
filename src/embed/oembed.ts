/**
 * The oEmbed response of one embed (oEmbed 1.0, https://oembed.com/, type "rich"): what a CMS such
 * as WordPress fetches when an editor pastes a chart's URL. It is a static file written at build
 * time, found through the `<link rel="alternate" type="application/json+oembed">` of the chart and
 * embed pages. The `html` is the plain iframe embed code: CMSes that take oEmbed HTML strip scripts.
 */

/** An image that represents the embed, with its size as read from the file. */
export interface OEmbedThumbnail {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
}

/** The fields of an oEmbed 1.0 "rich" response that we send (all of them are in the spec). */
export interface OEmbedRich {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  /** The HTML to embed: our iframe code. */
  html: string;
  /** Width in pixels the HTML needs (the iframe itself is 100% wide and fits any column). */
  width: number;
  /** Height in pixels of the iframe. */
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

export interface OEmbedInput {
  title: string;
  /** The iframe embed code (`embedCodes(…).iframe`). */
  iframe: string;
  width: number;
  /** The chart's `embedHeight`, the iframe's height. */
  height: number;
  thumbnail: OEmbedThumbnail;
  provider: { name: string; url: string };
}

/** The oEmbed response for one embed. */
export function oembedResponse(input: OEmbedInput): OEmbedRich {
  return {
    type: 'rich',
    version: '1.0',
    title: input.title,
    provider_name: input.provider.name,
    provider_url: input.provider.url,
    html: input.iframe,
    width: input.width,
    height: input.height,
    thumbnail_url: input.thumbnail.url,
    thumbnail_width: input.thumbnail.width,
    thumbnail_height: input.thumbnail.height,
  };
}
