import { z } from 'zod';

/**
 * A study guide is two files in `guides/`: `<id>.json` (metadata, resources, practice items) and `<id>.md`
 * (what to know: `## Heading` sections of `- point` bullets). Both are needed; either malformed leaves the guide out.
 */
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single dashes');

export const RESOURCE_KINDS = ['book-chapter', 'book-section', 'lecture-notes', 'video', 'paper', 'article', 'docs'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const resourceSchema = z
  .object({
    title: z.string().trim().min(3),
    authors: z.array(z.string().trim().min(2)).min(1),
    /** The book, course, journal or site the resource belongs to, e.g. "The Elements of Statistical Learning, 2nd ed.". */
    work: z.string().trim().min(2),
    kind: z.enum(RESOURCE_KINDS),
    /** The exact part to read or watch, e.g. "Chapter 10: Boosting and Additive Trees" or "Sections 8.1–8.2". */
    section: z.string().trim().min(3),
    /** Checked separately by validateGuides (well-formed https URL), so a bad link is reported, not a load error. */
    url: z.string(),
    length: z
      .object({
        value: z.number().positive(),
        unit: z.enum(['pages', 'minutes']),
        /** True when the figure is an honest estimate; shown as "about …". */
        approximate: z.boolean(),
      })
      .strict(),
  })
  .strict();
export type GuideResource = z.infer<typeof resourceSchema>;

export const guideMetaSchema = z
  .object({
    id: slug,
    title: z.string().trim().min(3).max(120),
    /** Question-bank topics (QUESTION_TOPICS) this guide covers. */
    questionTopics: z.array(z.string()),
    /** Problem-bank topics (PROBLEM_TOPICS) this guide covers. */
    problemTopics: z.array(z.string()),
    resources: z.array(resourceSchema),
    practice: z
      .object({
        problems: z.array(z.string()),
        questions: z.array(z.string()),
        cards: z.array(z.string()),
      })
      .strict(),
  })
  .strict();
export type GuideMeta = z.infer<typeof guideMetaSchema>;

export interface WhatToKnowSection {
  heading: string;
  /** Plain text; may hold `code` spans in backticks. */
  points: string[];
}

export interface Guide extends GuideMeta {
  /** Parsed from the guide's Markdown file. */
  whatToKnow: WhatToKnowSection[];
  /** The Markdown file's text, for a panel that renders Markdown itself. */
  markdown: string;
  /** Absolute paths of the two files. */
  files: { meta: string; markdown: string };
}

export interface GuideLoadError {
  file: string;
  message: string;
}

/** A resource's length as shown to a person: "about 45 pages", "116 min". */
export function formatLength(length: GuideResource['length']): string {
  const n = `${length.approximate ? 'about ' : ''}${length.value}`;
  return length.unit === 'pages' ? `${n} pages` : `${n} min`;
}
