/** From Hugo files to lesson pages: one page per file, one child page per `### Skill` section. */
import { anchorLabels, parseHugoPage, splitSkillSections, type Anchor } from './hugo-page';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../core/locale';
import { convertHugoShortcodes, type ChildPage } from './hugo-shortcodes';

export interface LessonSource {
  /** Path relative to the lessons folder, e.g. "vi/task-1-4.md" or "en/chapter/_index.md". */
  relativePath: string;
  /** Path shown in messages, e.g. "content/lessons/vi/task-1-4.md". */
  file: string;
  text: string;
}

export interface LessonPage {
  id: string;
  lang: Locale;
  /** URL path below /<lang>/lessons/, e.g. "task-1-4" or "task-1-4/skill-1-4-2". */
  path: string;
  parent: string | null;
  kind: 'page' | 'skill';
  /** The code of the skill a `### Skill` section defines ("1.4.2"); null for whole pages. */
  skill: string | null;
  /** Position among siblings: the front matter weight for pages, the section order for skills. */
  order: number;
  title: string;
  frontMatter: Record<string, unknown>;
  file: string;
  /** Markdown with shortcodes converted and labels anchored, ready for the Markdown processor. */
  markdown: string;
  anchors: Anchor[];
}

export function lessonHref(base: string, lang: Locale, path: string): string {
  return `${base.replace(/\/$/, '')}/${lang}/lessons/${path}/`;
}

function pagePath(relativeInLocale: string): string {
  return relativeInLocale
    .replace(/\.md$/, '')
    .replace(/(^|\/)_?index$/, '')
    .replace(/\/$/, '');
}

function titleOf(frontMatter: Record<string, unknown>): string {
  return typeof frontMatter.title === 'string' ? frontMatter.title : '';
}

function weightOf(frontMatter: Record<string, unknown>): number {
  return typeof frontMatter.weight === 'number' ? frontMatter.weight : 0;
}

/**
 * Builds every page of every locale. Pages of the default locale are built first so that a translation's
 * label anchors take the same ids (questions and search link to one id in both languages).
 */
export function buildLessonPages(sources: LessonSource[], base: string): LessonPage[] {
  const parsed = sources.map((source) => {
    const [lang, ...rest] = source.relativePath.split('/');
    if (!LOCALES.includes(lang as Locale) || rest.length === 0) {
      throw new Error(`${source.file}: lessons live in content/lessons/<${LOCALES.join('|')}>/; move this file into a language folder`);
    }
    const page = parseHugoPage(source.text, source.file);
    return { source, lang: lang as Locale, path: pagePath(rest.join('/')), page, skills: splitSkillSections(page.body, page.bodyFirstLine) };
  });

  const order = (lang: Locale) => (lang === DEFAULT_LOCALE ? 0 : 1);
  parsed.sort((a, b) => order(a.lang) - order(b.lang));
  const defaultAnchors = new Map<string, string[]>();
  const pages: LessonPage[] = [];

  for (const { source, lang, path, page, skills } of parsed) {
    const href = (childPath: string) => lessonHref(base, lang, childPath);
    // Children: the page's skill sections, then pages filed in its folder (Hugo's section pages).
    const folderChildren = parsed.filter((other) => other.lang === lang && other.path !== path && parentOf(other.path) === path);
    const children: ChildPage[] = [
      ...skills.map((skill) => ({ title: skill.title, href: href(`${path}/${skill.slug}`) })),
      ...folderChildren
        .sort((a, b) => weightOf(a.page.frontMatter) - weightOf(b.page.frontMatter))
        .map((child) => ({ title: titleOf(child.page.frontMatter), href: href(child.path) })),
    ];

    const render = (markdown: string, firstLine: number, pathOfPage: string) => {
      const converted = convertHugoShortcodes(markdown, { file: source.file, firstLine, locale: lang, children: pathOfPage === path ? children : [] });
      const ids = lang === DEFAULT_LOCALE ? undefined : defaultAnchors.get(pathOfPage);
      const anchored = anchorLabels(converted, { ids });
      if (lang === DEFAULT_LOCALE)
        defaultAnchors.set(
          pathOfPage,
          anchored.anchors.map((anchor) => anchor.id),
        );
      return anchored;
    };

    const whole = render(page.body, page.bodyFirstLine, path);
    pages.push({
      id: `${lang}/${path}`,
      lang,
      path,
      parent: parentOf(path),
      kind: 'page',
      skill: null,
      order: weightOf(page.frontMatter),
      title: titleOf(page.frontMatter),
      frontMatter: page.frontMatter,
      file: source.file,
      markdown: whole.markdown,
      anchors: whole.anchors,
    });
    skills.forEach((skill, index) => {
      const skillPath = `${path}/${skill.slug}`;
      const part = render(skill.markdown, skill.firstLine, skillPath);
      pages.push({
        id: `${lang}/${skillPath}`,
        lang,
        path: skillPath,
        parent: path,
        kind: 'skill',
        skill: skill.code,
        order: index,
        title: skill.title,
        frontMatter: page.frontMatter,
        file: source.file,
        markdown: part.markdown,
        anchors: part.anchors,
      });
    });
  }
  return pages;
}

function parentOf(path: string): string | null {
  const cut = path.lastIndexOf('/');
  return cut < 0 ? null : path.slice(0, cut);
}
