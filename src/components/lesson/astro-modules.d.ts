// components.ts hands .astro components to MDX. Astro's checker types those imports itself; svelte-check reads
// .ts files without it and needs to be told what an .astro module is.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
