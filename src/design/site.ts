/**
 * The site's own name and description: the one place they are written. The site holds many stories,
 * so nothing here names one of them; each story's title, standfirst and description live in its own
 * MDX frontmatter. Change the house name here and the home page, page titles and the data index follow.
 */
export const SITE = {
  /** The site's name, Chinese: the home page heading and the suffix of page titles. */
  name: '数据新闻',
  /** The site's name in English, for the data index. */
  nameEn: 'Data stories',
  /** One sentence for search engines and link previews of the home page. */
  description: '用数据讲述的新闻：每个数字都注明来源，每张图表都可嵌入、可下载。',
  /** The same sentence for the English edition's home page. */
  descriptionEn: 'News told with data: every figure names its source, every chart can be embedded and downloaded.',
} as const;
