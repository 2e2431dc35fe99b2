import { foldText } from '@parley/core';
import { z } from 'zod';

const ruleId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'use letters, digits, "_", "-", "." (no spaces)');

/** A keyword (case- and accent-insensitive, whole words) or a regular expression. */
const matcher = z.union([z.string().trim().min(1), z.instanceof(RegExp)]);
export type CommentMatcher = z.infer<typeof matcher>;

/** Instagram DMs carry at most 1000 characters; a private reply is a single message. */
const dmText = z.string().min(1).max(1000, 'a DM carries at most 1000 characters');
const publicReplies = z
  .array(z.string().min(1).max(2200, 'an Instagram comment carries at most 2200 characters'))
  .min(1);

const actionSchema = z
  .object({
    /** One is picked per comment, in turn, so replies do not look like spam. */
    publicReplies: publicReplies.optional(),
    /** The private message to the commenter. */
    dm: dmText.optional(),
  })
  .strict()
  .refine((a) => a.publicReplies !== undefined || a.dm !== undefined, {
    message: 'give `dm`, `publicReplies` or both',
  });
export type CommentAction = z.infer<typeof actionSchema>;

export const commentRuleSchema = z
  .object({
    /** Stable id: "one DM per commenter per post per rule" is keyed on it. */
    id: ruleId,
    /** `all` (default) or the media ids (or shortcodes) of the posts this rule watches. */
    posts: z.union([z.literal('all'), z.array(z.string().min(1)).min(1)]).default('all'),
    /** Which comments the rule takes; every comment when unset. */
    match: z.union([matcher, z.array(matcher).min(1)]).optional(),
    publicReplies: publicReplies.optional(),
    dm: dmText.optional(),
    /** Quiz variant: the comment is the answer; right or wrong is told once per commenter. */
    quiz: z
      .object({
        answers: z.array(matcher).min(1),
        right: actionSchema,
        wrong: actionSchema,
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    const plain = rule.dm !== undefined || rule.publicReplies !== undefined;
    if (rule.quiz && plain) {
      ctx.addIssue({
        code: 'custom',
        message: 'a quiz rule answers with `quiz.right`/`quiz.wrong`; remove `dm`/`publicReplies`',
      });
    } else if (!rule.quiz && !plain) {
      ctx.addIssue({ code: 'custom', message: 'give `dm`, `publicReplies` or `quiz`' });
    }
  });

export type CommentRuleInput = z.input<typeof commentRuleSchema>;
export type CommentRule = z.output<typeof commentRuleSchema>;

export const commentRulesSchema = z.array(commentRuleSchema).superRefine((rules, ctx) => {
  const seen = new Set<string>();
  rules.forEach((r, i) => {
    if (seen.has(r.id))
      ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `rule id "${r.id}" is used twice` });
    seen.add(r.id);
  });
});

/** A comment as the rules see it. */
export interface RuleComment {
  text: string;
  /** Every id the post is known by (media id, pk, shortcode). */
  postIds: readonly string[];
}

const wordChar = /[\p{L}\p{N}_]/u;

/** True when `keyword` occurs in `text` as whole words, ignoring case and accents. */
function containsWords(text: string, keyword: string): boolean {
  const hay = foldText(text);
  const needle = foldText(keyword.trim());
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const before = hay[at - 1];
    const after = hay[at + needle.length];
    const startOk = before === undefined || !wordChar.test(before) || !wordChar.test(needle[0]!);
    const endOk = after === undefined || !wordChar.test(after) || !wordChar.test(needle.at(-1)!);
    if (startOk && endOk) return true;
  }
  return false;
}

export function matches(text: string, m: CommentMatcher): boolean {
  if (typeof m === 'string') return containsWords(text, m);
  m.lastIndex = 0;
  return m.test(text);
}

/** The first rule that takes this comment, or undefined. */
export function findRule(
  rules: readonly CommentRule[],
  comment: RuleComment,
): CommentRule | undefined {
  return rules.find((rule) => {
    if (rule.posts !== 'all' && !rule.posts.some((p) => comment.postIds.includes(p))) return false;
    if (rule.match === undefined) return true;
    const list = Array.isArray(rule.match) ? rule.match : [rule.match];
    return list.some((m) => matches(comment.text, m));
  });
}

/** What the rule does for this comment: its own action, or the quiz's verdict. */
export function actionFor(
  rule: CommentRule,
  text: string,
): { action: CommentAction; verdict?: 'right' | 'wrong' } {
  if (!rule.quiz) {
    return {
      action: {
        ...(rule.dm !== undefined && { dm: rule.dm }),
        ...(rule.publicReplies !== undefined && { publicReplies: rule.publicReplies }),
      },
    };
  }
  const right = rule.quiz.answers.some((a) => matches(text, a));
  return right
    ? { action: rule.quiz.right, verdict: 'right' }
    : { action: rule.quiz.wrong, verdict: 'wrong' };
}

/** Fills `{username}` with the commenter's handle (`@name`), or drops it when unknown. */
export function personalise(template: string, username: string | undefined): string {
  if (username) return template.replace(/\{username\}/g, `@${username}`);
  // "Hi {username}!" → "Hi!", "Not quite, {username}." → "Not quite."
  return template.replace(/,? ?\{username\}/g, '').trim();
}
