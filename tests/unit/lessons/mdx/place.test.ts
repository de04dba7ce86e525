import { describe, expect, it } from 'vitest';
import { lessonLocale, mdxLessonPlace, pageClashes } from '../../../../src/lessons/mdx/place';

describe('mdxLessonPlace: the Hugo folder rules', () => {
  it.each([
    { file: 'vi/practice-lab.mdx', place: { id: 'vi/practice-lab', lang: 'vi', path: 'practice-lab', parent: null } },
    { file: 'en/task-2-2/lab.mdx', place: { id: 'en/task-2-2/lab', lang: 'en', path: 'task-2-2/lab', parent: 'task-2-2' } },
    { file: 'en/labs/_index.mdx', place: { id: 'en/labs', lang: 'en', path: 'labs', parent: null } },
    { file: 'vi/labs/deep/index.mdx', place: { id: 'vi/labs/deep', lang: 'vi', path: 'labs/deep', parent: 'labs' } },
  ])('$file is $place.id', ({ file, place }) => {
    expect(mdxLessonPlace(file, `content/lessons/${file}`)).toEqual(place);
  });

  it.each(['fr/lab.mdx', 'lab.mdx'])('refuses %s, outside a language folder, naming the file', (file) => {
    expect(() => mdxLessonPlace(file, `content/lessons/${file}`)).toThrow(
      `content/lessons/${file}: lessons live in content/lessons/<vi|en>/; move this file into a language folder`,
    );
  });
});

describe('pageClashes', () => {
  it('names both files of a page built twice, and nothing when every page is built once', () => {
    const pages = [
      { id: 'vi/task-2-2', file: 'content/lessons/vi/task-2-2.md' },
      { id: 'vi/lab', file: 'content/lessons/vi/lab.mdx' },
      { id: 'vi/task-2-2', file: 'content/lessons/vi/task-2-2/_index.mdx' },
    ];
    expect(pageClashes(pages)).toEqual([
      'content/lessons/vi/task-2-2/_index.mdx: the page vi/task-2-2 is already built from content/lessons/vi/task-2-2.md; rename or remove one of them',
    ]);
    expect(pageClashes(pages.slice(0, 2))).toEqual([]);
  });
});

describe('lessonLocale', () => {
  it('takes the lang of a lesson page and refuses anything else', () => {
    expect(lessonLocale('en')).toBe('en');
    expect(() => lessonLocale(undefined)).toThrow('a lesson component renders only on a lesson page under /vi/ or /en/');
    expect(() => lessonLocale('fr')).toThrow('not under "fr"');
  });
});
