import { type BusinessHours, compileHours } from '../hours/business-hours.js';
import type { Contact, Referral } from '../model/records.js';
import { foldText } from '../util/text.js';
import type { RuleConfig } from './rule-schema.js';
import type { RouteTarget } from './target-schema.js';

/** What a rule looks at: the message that needs a route and who sent it. */
export interface RuleInput {
  tenantId: string;
  channelId: string;
  text: string;
  contact: Contact;
  referral?: Referral;
  now: Date;
  /** The channel's hours, for rules with a `time` condition and no hours of their own. */
  channelHours?: BusinessHours;
}

/** The input with its text folded once for every rule. */
type Prepared = RuleInput & { folded: string };

export interface CompiledRule {
  readonly id: string;
  readonly tenantId: string;
  readonly route: RouteTarget;
  matches(input: Prepared): boolean;
}

const list = (v: string | string[] | undefined) =>
  v === undefined ? undefined : (Array.isArray(v) ? v : [v]).map(foldText);

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles rules once: regexes built, words folded, order fixed (priority, then list). */
export function compileRules(configs: RuleConfig[]): CompiledRule[] {
  return configs
    .map((config, index) => ({ config, index }))
    .sort((a, b) => b.config.priority - a.config.priority || a.index - b.index)
    .map(({ config, index }) => compileRule(config, index));
}

function compileRule(config: RuleConfig, index: number): CompiledRule {
  const when = config.when;
  const checks: Array<(input: Prepared) => boolean> = [];
  const channels = when.channel === undefined ? undefined : [when.channel].flat();
  if (channels) checks.push((i) => channels.includes(i.channelId));
  if (when.text) {
    const contains = list(when.text.contains);
    const keywords = when.text.keywords?.map(
      (k) =>
        new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegex(foldText(k))}(?:$|[^\\p{L}\\p{N}])`, 'u'),
    );
    const { regex } = when.text;
    const pattern =
      regex === undefined || regex instanceof RegExp ? regex : new RegExp(regex, 'iu');
    checks.push((i) => {
      if (contains && !contains.some((c) => i.folded.includes(c))) return false;
      if (keywords && !keywords.some((k) => k.test(i.folded))) return false;
      if (pattern) {
        pattern.lastIndex = 0;
        if (!pattern.test(i.text)) return false;
      }
      return true;
    });
  }
  if (when.labels) {
    const any = list(when.labels.any);
    const all = list(when.labels.all);
    const none = list(when.labels.none);
    checks.push((i) => {
      const has = new Set(i.contact.labels.map(foldText));
      if (any && !any.some((l) => has.has(l))) return false;
      if (all && !all.every((l) => has.has(l))) return false;
      if (none?.some((l) => has.has(l))) return false;
      return true;
    });
  }
  if (when.attributes) {
    const wanted = Object.entries(when.attributes);
    checks.push((i) => wanted.every(([k, v]) => i.contact.attributes[k] === v));
  }
  if (when.referral !== undefined) {
    const ref = when.referral;
    const sources = ref === true ? undefined : list(ref.source);
    const ads = ref === true || ref.adId === undefined ? undefined : [ref.adId].flat();
    const refs = ref === true || ref.ref === undefined ? undefined : [ref.ref].flat();
    checks.push((i) => {
      if (!i.referral) return false;
      if (sources && !sources.includes(foldText(i.referral.source))) return false;
      if (ads && (i.referral.adId === undefined || !ads.includes(i.referral.adId))) return false;
      if (refs && (i.referral.ref === undefined || !refs.includes(i.referral.ref))) return false;
      return true;
    });
  }
  // Last: reading the wall clock costs the most, and earlier checks often fail first.
  if (when.time) {
    const own = when.hours ? compileHours(when.hours) : undefined;
    const open = when.time === 'open';
    checks.push((i) => {
      const hours = own ?? i.channelHours;
      return hours !== undefined && hours.isOpen(i.now) === open;
    });
  }
  return {
    id: config.id ?? `rule-${index + 1}`,
    tenantId: config.tenantId,
    route: config.route,
    matches: (input) => input.tenantId === config.tenantId && checks.every((c) => c(input)),
  };
}

/** The first rule that matches (RT6: first match wins). */
export function firstMatchingRule(
  rules: readonly CompiledRule[],
  input: RuleInput,
): CompiledRule | undefined {
  if (rules.length === 0) return undefined;
  const prepared = { ...input, folded: foldText(input.text) };
  return rules.find((r) => r.matches(prepared));
}
