/**
 * What a story uses is read from its MDX syntax tree: the datasets behind its figures, charts,
 * quotes and frontmatter placeholders, and the pictures it shows. The fixture stories below name
 * datasets from the registry and charts through a fixture lookup, so they hold for any content.
 */
import { describe, expect, test } from 'vitest';
import { CHARTS } from '../../../src/charts/index.ts';
import { DATASET_IDS, type DatasetId } from '../../../src/schemas/index.ts';
import { picturesFileSchema, type PicturesFile } from '../../../src/schemas/pictures.ts';
import {
  registeredChartDataset,
  storyUses,
  usesIllustration,
  type ChartDataset,
} from '../../../src/stories/story-uses.ts';

// Three registered datasets (repeated when the registry holds fewer), and charts that read two of them.
const registered = DATASET_IDS.filter((id) => id !== 'quotes');
const at = (index: number): DatasetId => registered[index % registered.length] ?? 'quotes';
const [A, B, C] = [at(0), at(1), at(2)];
const charts = new Map<string, DatasetId>([
  ['chart-b', B],
  ['chart-c', C],
]);
const fixtureCharts: ChartDataset = (id) => charts.get(id);

const story = (frontmatter: string, body: string) => `---\n${frontmatter}\ncredit: 测试\n---\n\n${body}\n`;

describe('storyUses', () => {
  const plain = 'title: 标题\ndek: 导语\ndescription: 简介';
  test.each([
    ['a frontmatter placeholder', story(`title: 标题 {${A}.as_of}\ndek: 导语\ndescription: 简介`, '文字。'), [A]],
    ['<Num of>', story(plain, `数字 <Num of="${B}.some_figure" year={false} />。`), [B]],
    ['<Chart id>', story(plain, '<Chart id="chart-c" />'), [C]],
    ['<Step chart>', story(plain, '<Scrolly label="图解">\n  <Step chart="chart-b">一步</Step>\n</Scrolly>'), [B]],
    ['<Quote id>', story(plain, '<Quote id="someone" />'), ['quotes']],
  ])('%s names its dataset', (_, source, datasets) => {
    expect(storyUses(source, fixtureCharts).datasets).toEqual(datasets);
  });

  test('finds every use, each dataset and picture once, in order of first use', () => {
    const source = story(
      `title: 标题 {${A}.as_of}\ndek: 导语\ndescription: 简介 {${A}.as_of}`,
      [
        `正文 <Num of="${A}.some_figure" /> 与 <Num of="${A}.as_of" year={false} />。`,
        '<Chart id="chart-b" />',
        '<Scrolly label="图解">',
        `  <Step chart="chart-c" state="all">一步 <Num of="${B}.other_figure" /></Step>`,
        '</Scrolly>',
        '<Quote id="someone" />',
        '<Picture id="pic-1" lead />',
        '<BeforeAfter id="pair-1" />',
        '<Picture id="pic-1" />',
      ].join('\n\n'),
    );
    expect(storyUses(source, fixtureCharts)).toEqual({
      datasets: [...new Set([A, B, C, 'quotes'])],
      charts: ['chart-b', 'chart-c'],
      pictures: ['pic-1'],
      pairs: ['pair-1'],
    });
  });

  test('a story without data or pictures uses nothing', () => {
    expect(
      storyUses(story('title: 标题\ndek: 导语\ndescription: 简介', '只有文字。\n\n## 小标题'), fixtureCharts),
    ).toEqual({
      datasets: [],
      charts: [],
      pictures: [],
      pairs: [],
    });
  });

  test('references to unknown datasets or charts add nothing (the content check reports them)', () => {
    const source = story(
      'title: {no-such-dataset.x}\ndek: 导语\ndescription: 简介',
      '<Num of="no-such-dataset.x" /> <Chart id="no-such-chart" />\n\n<Scrolly label="x"><Step chart="nope">步</Step></Scrolly>',
    );
    expect(storyUses(source, fixtureCharts).datasets).toEqual([]);
  });

  test('placeholders count only in the frontmatter, where they are filled', () => {
    const source = story('title: 标题\ndek: 导语\ndescription: 简介', `正文里的 &#123;${A}.as_of&#125; 只是文字。`);
    expect(storyUses(source, fixtureCharts).datasets).toEqual([]);
  });

  test('MDX that does not parse uses nothing, and does not throw', () => {
    expect(storyUses(story('title: 标题\ndek: 导语\ndescription: 简介', '<Chart id="chart-b"'), fixtureCharts)).toEqual(
      {
        datasets: [],
        charts: [],
        pictures: [],
        pairs: [],
      },
    );
  });

  test("with the site's registry, a chart stands for the dataset it reads", () => {
    for (const chart of CHARTS) {
      expect(storyUses(`<Chart id="${chart.id}" />\n`, registeredChartDataset).datasets).toEqual([chart.dataset]);
    }
  });
});

describe('usesIllustration', () => {
  const side = (picture: string) => ({ picture, label: '前后', label_en: 'Before or after' });
  const picture = (id: string, kind: 'photo' | 'illustration') => ({
    id,
    kind,
    file: `${kind}s/${id}.jpg`,
    alt: '替代文字',
    alt_en: 'Alt text',
    caption: '图说',
    caption_en: 'Caption',
    credit: kind === 'illustration' ? '示意图：测试' : '摄影：测试',
    credit_en: kind === 'illustration' ? 'Illustration: test' : 'Photo: test',
    date: '2025',
    place: '某地',
    place_en: 'Somewhere',
  });
  const file: PicturesFile = picturesFileSchema.parse({
    pictures: [
      picture('photo-1', 'photo'),
      picture('drawn-1', 'illustration'),
      picture('photo-2', 'photo'),
      picture('drawn-2', 'illustration'),
    ],
    pairs: [
      { id: 'photos', before: side('photo-1'), after: side('photo-2'), caption: 'c', caption_en: 'c' },
      { id: 'mixed', before: side('photo-1'), after: side('drawn-2'), caption: 'c', caption_en: 'c' },
    ],
  });
  const uses = (pictures: string[], pairs: string[]) => ({ datasets: [], charts: [], pictures, pairs });

  test('true only when a picture shown, alone or in a pair, is an illustration', () => {
    expect(usesIllustration(uses([], []), file)).toBe(false);
    expect(usesIllustration(uses(['photo-1', 'photo-2'], ['photos']), file)).toBe(false);
    expect(usesIllustration(uses(['drawn-1'], []), file)).toBe(true);
    expect(usesIllustration(uses(['photo-1'], ['mixed']), file)).toBe(true);
  });
});
