import type { Guide } from './schema';

export interface GuideReferences {
  problemIds: Iterable<string>;
  questionIds: Iterable<string>;
  cardIds: Iterable<string>;
  questionTopics: Iterable<string>;
  problemTopics: Iterable<string>;
}

export interface GuideProblem {
  /** The guide at fault, or "guides" for a problem of the set as a whole (an uncovered topic). */
  guide: string;
  message: string;
}

export const RESOURCES_MIN = 3;
export const RESOURCES_MAX = 6;

/** A well-formed https link: parses as a URL, scheme https, a dotted host, no whitespace. */
export function urlProblem(url: string): string | undefined {
  if (/\s/.test(url)) return 'contains whitespace';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'is not a URL';
  }
  if (u.protocol !== 'https:') return `must use https (got ${u.protocol.replace(/:$/, '')})`;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(u.hostname)) return `has no proper host name ("${u.hostname}")`;
  if (u.username || u.password) return 'must not hold credentials';
  return undefined;
}

/**
 * Checks loaded guides against the banks: every question and problem topic is covered by exactly one guide, no
 * guide names an unknown topic, 3–6 resources each with a well-formed https link, a non-empty "what to know", and
 * every referenced problem, question and concept-card id exists. Returns one entry per problem found.
 */
export function validateGuides(guides: readonly Guide[], refs: GuideReferences): GuideProblem[] {
  const out: GuideProblem[] = [];
  const problemIds = new Set(refs.problemIds);
  const questionIds = new Set(refs.questionIds);
  const cardIds = new Set(refs.cardIds);
  const questionTopics = [...refs.questionTopics];
  const problemTopics = [...refs.problemTopics];

  for (const [bank, topics, key] of [
    ['question', questionTopics, 'questionTopics'],
    ['problem', problemTopics, 'problemTopics'],
  ] as const) {
    for (const topic of topics) {
      const covering = guides.filter((g) => g[key].includes(topic)).map((g) => g.id);
      if (covering.length === 0) out.push({ guide: 'guides', message: `${bank} topic "${topic}" has no guide` });
      else if (covering.length > 1) out.push({ guide: 'guides', message: `${bank} topic "${topic}" is covered by ${covering.length} guides (${covering.join(', ')}); it needs exactly one` });
    }
    for (const g of guides) {
      for (const t of g[key]) if (!topics.includes(t)) out.push({ guide: g.id, message: `unknown ${bank} topic "${t}"` });
      const dup = g[key].filter((t, i) => g[key].indexOf(t) !== i);
      if (dup.length) out.push({ guide: g.id, message: `${bank} topic listed twice: ${[...new Set(dup)].join(', ')}` });
    }
  }

  for (const g of guides) {
    const add = (message: string) => out.push({ guide: g.id, message });
    if (g.questionTopics.length + g.problemTopics.length === 0) add('covers no topic');
    const points = g.whatToKnow.reduce((n, s) => n + s.points.length, 0);
    if (points === 0) add('"what to know" is empty');
    const n = g.resources.length;
    if (n < RESOURCES_MIN || n > RESOURCES_MAX) add(`${n} resources (needs ${RESOURCES_MIN}–${RESOURCES_MAX})`);
    const urls = new Set<string>();
    g.resources.forEach((r, i) => {
      const label = `resource ${i + 1} ("${r.title}")`;
      const bad = urlProblem(r.url);
      if (bad) add(`${label}: link ${JSON.stringify(r.url)} ${bad}`);
      const key = `${r.url} ${r.section}`;
      if (urls.has(key)) add(`${label}: the same link and section are listed twice`);
      urls.add(key);
      if (r.kind === 'video' && r.length.unit !== 'minutes') add(`${label}: a video's length is in minutes`);
      if (r.kind !== 'video' && r.length.unit !== 'pages') add(`${label}: a ${r.kind}'s length is in pages`);
    });
    for (const [what, ids, known] of [
      ['problem', g.practice.problems, problemIds],
      ['question', g.practice.questions, questionIds],
      ['concept card', g.practice.cards, cardIds],
    ] as const) {
      if (ids.length === 0) add(`practises no ${what}s`);
      for (const id of ids) if (!known.has(id)) add(`${what} "${id}" does not exist`);
      const dup = ids.filter((x, i) => ids.indexOf(x) !== i);
      if (dup.length) add(`${what} listed twice: ${[...new Set(dup)].join(', ')}`);
    }
  }
  return out;
}
