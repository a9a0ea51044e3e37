import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describeIssues } from '../problems/schema';
import { guideMetaSchema, type Guide, type GuideLoadError, type WhatToKnowSection } from './schema';

export interface GuideSet {
  guides: Guide[];
  errors: GuideLoadError[];
}

/**
 * Parses the "what to know" Markdown: optional `# Title` line, then `## Heading` sections, each a list of `- point`
 * bullets (a point may continue on indented lines). Anything else is an error naming the line.
 */
export function parseWhatToKnow(text: string): { sections: WhatToKnowSection[] } | { error: string } {
  const sections: WhatToKnowSection[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const at = `line ${i + 1}`;
    if (line.trim() === '') continue;
    if (/^# \S/.test(line) && sections.length === 0) continue;
    const heading = /^## (\S.*)$/.exec(line);
    if (heading) {
      sections.push({ heading: heading[1].trim(), points: [] });
      continue;
    }
    const bullet = /^- (\S.*)$/.exec(line);
    if (bullet) {
      if (!sections.length) return { error: `${at}: a point comes before any "## " heading` };
      sections[sections.length - 1].points.push(bullet[1].trim());
      continue;
    }
    const continued = /^ {2,}(\S.*)$/.exec(line);
    const current = sections[sections.length - 1];
    if (continued && current?.points.length) {
      current.points[current.points.length - 1] += ` ${continued[1].trim()}`;
      continue;
    }
    return { error: `${at}: expected "## Heading", "- point" or an indented continuation, got "${line.slice(0, 60)}"` };
  }
  if (!sections.length) return { error: 'no "## " section: "what to know" is empty' };
  const empty = sections.find((s) => s.points.length === 0);
  if (empty) return { error: `section "${empty.heading}" has no points` };
  return { sections };
}

/**
 * Loads every guide in `dir`: each `<id>.json` with its `<id>.md`. A malformed guide is reported by file name and
 * left out; the rest load. A Markdown file without its JSON is reported too.
 */
export function loadGuides(dir: string): GuideSet {
  const guides: Guide[] = [];
  const errors: GuideLoadError[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return { guides, errors: [{ file: dir, message: 'the guides folder does not exist or cannot be read' }] };
  }
  const jsonNames = names.filter((n) => n.endsWith('.json'));
  for (const md of names.filter((n) => n.endsWith('.md') && n !== 'README.md')) {
    if (!jsonNames.includes(md.replace(/\.md$/, '.json'))) errors.push({ file: join(dir, md), message: `no ${md.replace(/\.md$/, '.json')} beside it` });
  }
  const seen = new Map<string, string>();
  for (const name of jsonNames) {
    const metaFile = join(dir, name);
    const mdFile = join(dir, name.replace(/\.json$/, '.md'));
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(metaFile, 'utf8'));
    } catch (err) {
      errors.push({ file: metaFile, message: `not valid JSON: ${(err as Error).message}` });
      continue;
    }
    const parsed = guideMetaSchema.safeParse(raw);
    if (!parsed.success) {
      errors.push({ file: metaFile, message: describeIssues(parsed.error) });
      continue;
    }
    const meta = parsed.data;
    if (meta.id !== basename(name, '.json')) {
      errors.push({ file: metaFile, message: `id: "${meta.id}" must equal the file name "${basename(name, '.json')}"` });
      continue;
    }
    if (seen.has(meta.id)) {
      errors.push({ file: metaFile, message: `id "${meta.id}" already used by ${seen.get(meta.id)}` });
      continue;
    }
    let markdown: string;
    try {
      markdown = readFileSync(mdFile, 'utf8');
    } catch {
      errors.push({ file: mdFile, message: 'missing: every guide needs its "what to know" Markdown beside its JSON' });
      continue;
    }
    const wtk = parseWhatToKnow(markdown);
    if ('error' in wtk) {
      errors.push({ file: mdFile, message: wtk.error });
      continue;
    }
    seen.set(meta.id, metaFile);
    guides.push({ ...meta, whatToKnow: wtk.sections, markdown, files: { meta: metaFile, markdown: mdFile } });
  }
  return { guides, errors };
}

export type TopicBank = 'question' | 'problem';

/**
 * The guide covering a topic. Question and problem topics are separate namespaces (both banks have "ml-systems");
 * pass `bank` to pick one, or leave it out to search question topics first, then problem topics.
 */
export function guideForTopic(guides: readonly Guide[], topic: string, bank?: TopicBank): Guide | undefined {
  const inQuestions = () => guides.find((g) => g.questionTopics.includes(topic));
  const inProblems = () => guides.find((g) => g.problemTopics.includes(topic));
  if (bank === 'question') return inQuestions();
  if (bank === 'problem') return inProblems();
  return inQuestions() ?? inProblems();
}

export function guideById(guides: readonly Guide[], id: string): Guide | undefined {
  return guides.find((g) => g.id === id);
}
