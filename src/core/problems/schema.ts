import { z } from 'zod';

export const PROBLEM_TOPICS = {
  numerics: 'Numerics and preprocessing',
  evaluation: 'Evaluation and metrics',
  statistics: 'Statistics and sampling',
  'linear-models': 'Linear models',
  'neighbors-clustering': 'Neighbours and clustering',
  'trees-ensembles': 'Trees and ensembles',
  probabilistic: 'Probabilistic models',
  'dimensionality-reduction': 'Dimensionality reduction',
  text: 'Text features',
  'neural-networks': 'Neural networks',
  optimization: 'Optimization',
  attention: 'Attention and transformers',
  experimentation: 'Experimentation and A/B testing',
  'time-series': 'Time series',
  'data-wrangling': 'Data wrangling',
  'retrieval-ranking': 'Retrieval and ranking',
  'ml-systems': 'ML systems',
} as const;

export type ProblemTopic = keyof typeof PROBLEM_TOPICS;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a Python identifier');
/** A dotted Python name, e.g. `numpy.linalg.lstsq`. */
const dottedName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/, 'must be a dotted Python name');

export const problemMetaSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single dashes'),
    title: z.string().min(3).max(120),
    track: z.enum(['ds', 'mle', 'both']),
    topic: z.enum(Object.keys(PROBLEM_TOPICS) as [ProblemTopic, ...ProblemTopic[]]),
    difficulty: z.enum(DIFFICULTIES),
    requires: z.array(identifier),
    timeLimitSeconds: z.number().int().min(2).max(120),
    entry: z.array(identifier).min(1),
    tags: z.array(z.string().min(1)),
    /** Modules the solution may import beyond the always-allowed standard-library baseline (see problems/README.md). */
    allowedImports: z.array(dottedName).optional(),
    /** Fully qualified functions or submodules the solution may not call or reference, e.g. `numpy.cov`. */
    forbiddenCalls: z.array(dottedName).optional(),
    /** 1-3 progressive hints, from a nudge to a near-solution; shown only on request, never during a check. */
    hints: z.array(z.string().min(10).max(600)).min(1).max(3).optional(),
  })
  .strict();

export type ProblemMeta = z.infer<typeof problemMetaSchema>;

/** Turns a zod error into one line per problem, naming the field, e.g. `difficulty: Invalid enum value...`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`).join('; ');
}
