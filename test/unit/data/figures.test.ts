/**
 * The `<Num>` lookup: a reference resolves to the newest data with its unit, and a reference to a
 * missing field fails with a message that names it, as the content check and the build report it.
 * The data is the fixtures (test/fixtures/data), so the expected figures are the fixtures' own.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { loadCatalog } from '../../../src/data/catalog.ts';
import { checkStorySource } from '../../../src/stories/check-content.ts';
import { fillPlaceholders, lookupFact } from '../../../src/data/figures.ts';
import { fixtureProject } from '../../helpers/fixture-project.ts';

const project = fixtureProject();
afterAll(project.cleanup);
const catalog = loadCatalog(project.root, { includeDrafts: false });

describe('lookupFact', () => {
  test('figures come formatted with their unit from the schema', () => {
    const found = lookupFact(catalog, 'enclosures.road_area_released_m2');
    expect(found.ok && found.fact).toMatchObject({
      kind: 'figure',
      value: 173_000,
      unit: '平方米',
      text: '17.3万平方米',
      dataset: 'enclosures',
      version: 1,
    });
  });

  test('nested and approximate figures', () => {
    const gain = lookupFact(catalog, 'enclosures.sites.tiebei-2nd-road.morning_peak_throughput_gain_pct');
    expect(gain.ok && gain.fact.text).toBe('近30%');
    const hedge = lookupFact(catalog, 'back-streets.sites.minle.lilac_hedge_m2');
    expect(hedge.ok && hedge.fact.text).toBe('1300余平方米');
  });

  test('dates', () => {
    const launch = lookupFact(catalog, 'timeline.events.launch.date');
    expect(launch.ok && launch.fact).toMatchObject({ kind: 'date', iso: '2025-06-17', text: '2025年6月17日' });
  });

  test.each([
    ['enclosures.sites_rectifed', 'sites_rectifed'],
    ['enclosure.sites_rectified', '没有名为 "enclosure" 的数据集'],
    ['enclosures.sites', 'no figure or date "sites"'],
    ['enclosures.note', 'no figure or date "note"'],
    ['enclosures', 'no figure or date ""'],
  ])('a miss is reported, never thrown: %s', (reference, message) => {
    const found = lookupFact(catalog, reference);
    expect(found.ok).toBe(false);
    if (!found.ok) {
      expect(found.message).toContain(message);
      expect(found.fix.length).toBeGreaterThan(0);
    }
  });

  test('placeholders in headlines are filled, misses listed', () => {
    const filled = fillPlaceholders(catalog, '整治围挡{enclosures.sites_rectified}，{enclosures.nope}');
    expect(filled.text).toBe('整治围挡636处，{enclosures.nope}');
    expect(filled.misses.map((m) => m.reference)).toEqual(['enclosures.nope']);
  });
});

describe('the content check names the MDX file and the reference', () => {
  test('a missing field', () => {
    const problems = checkStorySource(
      'content/stories/x.mdx',
      '---\ntitle: t\ndek: d\ndescription: x\ncredit: c\n---\n\n共<Num of="enclosures.sites_rectifed" />。\n',
      catalog,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/stories/x.mdx',
      line: 8,
      path: '<Num of="enclosures.sites_rectifed">',
    });
  });

  test('an unknown component, a step outside its section, an unknown chart state', () => {
    const source =
      '---\ntitle: t\ndek: d\ndescription: x\ncredit: c\n---\n\n<Nmu of="a.b" />\n\n<Step chart="hoarding-units">x</Step>\n\n<Scrolly label="图解"><Step chart="hoarding-units" state="nope">y</Step></Scrolly>\n';
    const messages = checkStorySource('content/stories/x.mdx', source, catalog).map((p) => p.message);
    expect(messages.some((m) => m.includes('未知组件 Nmu'))).toBe(true);
    expect(messages.some((m) => m.includes('must be inside Scrolly'))).toBe(true);
    expect(messages.some((m) => m.includes('has no state "nope"'))).toBe(true);
  });

  test('a scrollytelling section needs a label and at least one step, and takes any number', () => {
    const head = '---\ntitle: t\ndek: d\ndescription: x\ncredit: c\n---\n\n';
    const empty = checkStorySource('content/stories/x.mdx', `${head}<Scrolly label="图解"></Scrolly>\n`, catalog);
    expect(empty.map((p) => p.message)).toEqual([expect.stringContaining('found 0')]);
    const steps = Array.from({ length: 11 }, () => '<Step chart="hoarding-units" state="all">x</Step>').join('\n');
    const many = checkStorySource(
      'content/stories/x.mdx',
      `${head}<Scrolly label="图解">\n${steps}\n</Scrolly>\n`,
      catalog,
    );
    expect(many).toEqual([]);
    const unlabelled = checkStorySource(
      'content/stories/x.mdx',
      `${head}<Scrolly><Step chart="hoarding-units">x</Step></Scrolly>\n`,
      catalog,
    );
    expect(unlabelled.map((p) => p.message)).toEqual([expect.stringContaining('missing attribute label')]);
  });

  test('frontmatter: a missing field', () => {
    const problems = checkStorySource(
      'content/stories/x.mdx',
      '---\ntitle: t\ndek: d\ncredit: c\n---\n\ntext\n',
      catalog,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/stories/x.mdx', path: 'description' });
    expect(problems[0]?.message).toContain('missing required field');
  });

  test('frontmatter: a placeholder that points nowhere', () => {
    const problems = checkStorySource(
      'content/stories/x.mdx',
      '---\ntitle: 共{enclosures.nope}\ndek: d\ndescription: x\ncredit: c\n---\n\ntext\n',
      catalog,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'title › {enclosures.nope}', line: 2 });
  });
});
