/**
 * The map the story page renders MDX with and the registry the content check reads hold the same
 * names, each mapped to an Astro component. The map imports .astro files, so it is loaded through
 * Astro's own Vite setup, as the site loads it. (That each required attribute is a prop of its
 * component is checked by `astro check`: see src/components/story-components.ts.)
 */
import { getViteConfig } from 'astro/config';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkStorySource } from '../../../src/stories/check-content.ts';
import { STORY_COMPONENT_NAMES } from '../../../src/stories/mdx-components.ts';
import { fixtureCatalog } from '../../helpers/fixture-catalog.ts';

let server: ViteDevServer;
let map: Record<string, unknown>;

beforeAll(async () => {
  const config = await getViteConfig({ logLevel: 'silent' }, { logLevel: 'error' })({ mode: 'test', command: 'serve' });
  server = await createServer({
    ...config,
    configFile: false,
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  const module = await server.ssrLoadModule('/src/components/story-components.ts');
  map = module['storyComponents'] as Record<string, unknown>;
}, 60_000);
afterAll(() => server.close());

test('the map holds exactly the registry’s names', () => {
  expect(Object.keys(map).sort()).toEqual([...STORY_COMPONENT_NAMES].sort());
});

test('each name maps to an Astro component', () => {
  for (const [name, component] of Object.entries(map)) {
    expect(typeof component, name).toBe('function');
    expect((component as { isAstroComponentFactory?: boolean }).isAstroComponentFactory, name).toBe(true);
  }
});

test('the content check accepts every name in the map and refuses one that is not', () => {
  const unknown = (name: string) =>
    checkStorySource('content/stories/x.mdx', `<${name} />\n`, fixtureCatalog()).filter((problem) =>
      problem.message.includes('unknown component'),
    );
  for (const name of Object.keys(map)) expect(unknown(name), name).toEqual([]);
  expect(Object.keys(map)).not.toContain('Graph');
  expect(unknown('Graph')).toHaveLength(1);
});
