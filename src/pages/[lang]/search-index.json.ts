/** /<lang>/search-index.json: the documents and prebuilt Fuse index the search dialog loads on first use. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES } from '../../core/locale';
import { lessonHtml } from '../../components/lesson/lesson-html';
import { searchIndexFile } from '../../lib/search-index';
import type { Locale } from '../../i18n/ui';

export const getStaticPaths = (() => LOCALES.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await searchIndexFile(params.lang as Locale, lessonHtml)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
