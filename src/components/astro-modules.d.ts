/**
 * For plain `tsc`, which cannot read .astro files: an .astro import is a component taking props it
 * cannot see. `astro check` (the type check `npm test` runs) reads the files themselves and their
 * `interface Props`, so this declaration never hides a component's real props from it.
 */
declare module '*.astro' {
  const component: (props: Record<string, unknown>) => unknown;
  export default component;
}
