import { readFileSync } from 'node:fs';
import { parsedArticleSchema } from '@newswire/contracts';
import { describe, expect, it } from 'vitest';
import { inlineText, parseFrontMatter, parseMarkdown } from './parse-markdown.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

describe('parseMarkdown', () => {
  it('reads front matter, drops the repeated # title, strips markup', () => {
    const a = parseMarkdown(fixture('article.md'));
    expect(parsedArticleSchema.parse(a)).toBeTruthy();
    expect(a.format).toBe('markdown');
    expect(a.title).toBe('Solar Farm Opens in the Desert');
    expect(a.publishedAt).toBe('2024-07-01');
    expect(a.authors).toEqual(['Lee Chen', 'Priya Patel']);
    expect(a.tags).toEqual(['energy', 'solar']);
    expect(a.url).toBe('https://md.example.com/solar');
    expect(a.description).toBe('A 500-megawatt plant starts delivering power.');
    expect(a.dateline).toMatchObject({ place: 'Phoenix', agency: 'AP' });
    expect(a.paragraphs).toEqual([
      'A 500-megawatt solar farm began delivering power on Monday, the utility said, making it one of the largest in the state.',
      'The plant covers about 3,000 acres and can power roughly 150,000 homes.',
      'Construction took two years.',
      'About 800 workers were employed at the peak.',
      '"This is a milestone," the governor said.',
    ]);
    expect(a.body).not.toContain('console.log');
  });

  it('reads a byline paragraph under the title as the authors, not as body text', () => {
    const a = parseMarkdown(
      '# Harbour reopens\n\n*By Jane Roe and Li Wei*\n\nThe harbour reopened on Monday after a week of repairs to the main pier, officials said.\n',
    );
    expect(a.authors).toEqual(['Jane Roe', 'Li Wei']);
    expect(a.provenance['authors']?.rule).toBe('markdown.byline');
    expect(a.paragraphs).toEqual(['The harbour reopened on Monday after a week of repairs to the main pier, officials said.']);
    // A sentence that starts with "By" stays in the body.
    const b = parseMarkdown('# Floods\n\nBy Tuesday the river had risen above the old bridge.\n\nThe council met.\n');
    expect(b.authors).toEqual([]);
    expect(b.paragraphs[0]).toBe('By Tuesday the river had risen above the old bridge.');
  });

  it('takes the first # heading as title when there is no front matter', () => {
    const a = parseMarkdown(
      '# Big News Today\n\nSomething happened in the city today, witnesses said.\n\n## Background\n\nIt had happened before.',
    );
    expect(a.title).toBe('Big News Today');
    expect(a.provenance.title?.rule).toBe('markdown.h1');
    expect(a.paragraphs).toEqual(['Something happened in the city today, witnesses said.', 'Background', 'It had happened before.']);
  });

  it('strips inline syntax', () => {
    expect(inlineText('A [link](https://x.y "t") and ![img](a.png) **bold** _it_ `code` ~~del~~ [ref][1] \\*star')).toBe(
      'A link and bold it code del ref *star',
    );
  });

  it('parses front matter lists and quoted values', () => {
    const { data, rest } = parseFrontMatter('---\ntitle: "A: B"\ntags:\n  - x\n  - y\n---\nBody');
    expect(data).toEqual({ title: 'A: B', tags: ['x', 'y'] });
    expect(rest).toBe('Body');
  });
});
