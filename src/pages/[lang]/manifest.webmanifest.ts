import type { APIRoute } from 'astro';
import { localePath, sitePath } from '../../i18n/paths';
import { t, type Locale } from '../../i18n/ui';
import { course } from '../../i18n/course';

export function getStaticPaths() {
  return [{ params: { lang: 'vi' } }, { params: { lang: 'en' } }];
}

/** One manifest per language, so an installed app opens in the reader's language with its own name. */
export const GET: APIRoute = ({ params }) => {
  const locale = params.lang as Locale;
  const icon = (file: string, size: number, purpose: 'any' | 'maskable') => ({
    src: sitePath(`icons/${file}`).replace(/\/$/, ''),
    sizes: `${size}x${size}`,
    type: 'image/png',
    purpose,
  });
  const manifest = {
    name: t(locale, 'app.name'),
    short_name: course.shortName,
    description: t(locale, 'site.description'),
    lang: locale,
    id: localePath(locale),
    start_url: localePath(locale),
    scope: sitePath(''),
    display: 'standalone',
    background_color: '#fbfbf9',
    theme_color: '#0b5cad',
    icons: [icon('icon-192.png', 192, 'any'), icon('icon-512.png', 512, 'any'), icon('maskable-512.png', 512, 'maskable')],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
};
