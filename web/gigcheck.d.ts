// Types of gigcheck's JavaScript API (gigcheck.mjs), as ../shared/api.md fixes
// them: `const gc = await load(); gc.certify({...})`. Every function takes and
// returns plain JSON objects; the *Json variants take and return JSON text.
// Answers may carry fields beyond those named here (api.md: fields may be
// added, none renamed). Every function answers bad input with ErrorAnswer.

export interface LoadOptions {
  /** The bytes of gigcheck.wasm. Without them load() reads gigcheck.wasm beside gigcheck.mjs (fetch in a browser, the file in Node). */
  wasmBinary?: ArrayBuffer | ArrayBufferView;
}

export interface ApiError {
  /** internal_error: the module failed inside this call; the next call runs on a fresh instance (docs/limits.md). */
  code: 'invalid_json' | 'invalid_field' | 'too_large' | 'unknown_function' | 'internal_error' | (string & {});
  /** Dotted path of the field at fault, e.g. "stats.jobs_total"; "" for the whole input. */
  field: string;
  /** Japanese, for the user. */
  message: string;
}
export interface ErrorAnswer {
  error: ApiError;
}
/** Answers other than errors have no `error`, so `if (answer.error)` tells them apart. */
interface NoError {
  error?: undefined;
}

// ---- certify ----

export type Platform = 'crowdworks' | 'lancers';

/** Counts of 1..5-star reviews, or the average as the platform shows it. */
export type RatingInput = { stars: [number, number, number, number, number] } | { average: number | string; count: number };

export interface CertifyStats {
  jobs_completed?: number;
  jobs_total?: number;
  rating?: RatingInput;
  /** crowdworks */
  communication_rating?: RatingInput;
  /** crowdworks */
  scouts?: number;
  /** crowdworks */
  monthly_earnings_rank?: number;
  /** crowdworks: the rank limit is 100 for engineer, 200 otherwise */
  division?: 'designer' | 'engineer' | 'writer' | 'business';
  /** lancers */
  messages_received?: number;
  /** lancers */
  replied_within_24h?: number;
  /** lancers; may be fractional */
  earnings_top_percent?: number;
  /** lancers */
  verifications?: { identity?: boolean; phone?: boolean; nda?: boolean };
  /** lancers, current set */
  tasks_approved?: number;
  /** lancers, current set */
  tasks_total?: number;
  /** lancers, current set: YYYY-MM-DD */
  last_login?: string;
  profile_complete?: boolean;
}

export interface CertifyInput {
  platform: Platform;
  stats: CertifyStats;
  /** YYYY-MM-DD */
  as_of?: string;
  criteria_set?: 'current' | 'classic';
  /** Per month: how fast the user expects to progress (docs/cert.md). */
  pace?: Record<string, number>;
}

export type CriterionStatus = 'met' | 'not_met' | 'unknown';

export interface Criterion {
  status: CriterionStatus;
  /** The criterion's Japanese name. */
  name?: string;
  /** Japanese, for the user. */
  message?: string;
  /** An exact ratio as "ok/total", or a count (scouts). */
  value?: string | number;
  threshold?: string;
  /** As the platform displays it, e.g. "90.0%" or "4.79". */
  display?: string;
  count?: number;
  needed?: number;
  headroom?: number | null;
  /** verifications */
  missing?: string[];
  /** last_login: YYYY-MM-DD */
  lapses_on?: string;
  projection?: { months: number; date: string } | null;
}

export type CriterionId =
  | 'completion_rate' | 'rating' | 'communication_rating' | 'scouts' | 'earnings_rank'
  | 'reply_rate_24h' | 'earnings_percentile' | 'verifications' | 'task_approval_rate'
  | 'last_login' | 'profile';

export interface CertifyAnswer extends NoError {
  platform: Platform;
  verdict: 'eligible' | 'not_eligible' | 'incomplete';
  criteria: Partial<Record<CriterionId, Criterion>> & Record<string, Criterion>;
  /** Criterion ids in the order the platform's page lists them. */
  order: string[];
  criteria_set?: { id: string; effective: string; source: string };
  next_judgment?: { date: string; cadence?: 'quarterly' | 'monthly'; window?: string; message?: string };
  notes: string[];
}

// ---- risk ----

export type Stage = 'before_contract' | 'after_contract' | 'after_delivery';

export interface RiskInput {
  platform?: Platform;
  stage?: Stage;
  job: { title?: string; description: string; hires_planned?: number; estimated_hours?: number };
  client?: { identity_verified?: boolean; rating?: number; rating_count?: number; reviews?: string[]; reply_hours?: number };
  /** Messages from the client. */
  messages?: string[];
  /** The editable figures of meta's risk.options (defaults there). */
  options?: Partial<Record<RiskOptionId, number>>;
}

export type RiskOptionId = 'minimum_wage' | 'usd_rate' | 'chars_per_hour';

export type Severity = 'high' | 'medium' | 'low';

export type SignalId =
  | 'off_platform_contact' | 'work_before_escrow' | 'pre_contract_interview' | 'personal_info_request'
  | 'upfront_fee' | 'onsite_work' | 'low_pay' | 'mass_hiring' | 'vague_description'
  | 'identity_unverified' | 'low_rating' | 'negative_reviews' | 'too_good_to_be_true'
  | 'slow_replies' | 'illegal_recruitment' | 'stealth_marketing' | 'info_product_lure';

export interface Evidence {
  /** "job.description", "job.title", "messages[0]", "client", … */
  source: string;
  /** UTF-16 offsets into the original string: `text.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

export interface Signal {
  id: SignalId | (string & {});
  severity: Severity;
  evidence: Evidence[];
  message: string;
  advice: string;
}

export interface RiskAnswer extends NoError {
  level: 'low' | 'medium' | 'high';
  /** 0..100 */
  score: number;
  signals: Signal[];
}

// ---- lint ----

export type LintRuleId =
  | 'negative_self_label' | 'contact_info' | 'placeholder' | 'unanswered_question' | 'mixed_style'
  | 'missing_greeting' | 'missing_closing' | 'sentence_length' | 'too_many_commas' | 'duplicate_paragraph';

export interface LintOptions {
  max_sentence_length?: number;
  max_commas?: number;
  /** `{"<rule id>": false}` switches a rule off. */
  rules?: Partial<Record<LintRuleId, boolean>>;
}

export interface LintInput {
  /** The application (応募文). */
  text: string;
  /** The job post, whose asks the text should answer. */
  job_text?: string;
  options?: LintOptions;
}

export interface LintIssue {
  rule: LintRuleId | (string & {});
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** UTF-16 offsets into `text`. */
  start: number;
  end: number;
  /** 1-based; the column counts UTF-16 units. */
  line: number;
  column: number;
  end_line?: number;
  end_column?: number;
  /** Advice for the user (Japanese), not replacement text. */
  suggestion?: string;
  /** unanswered_question: the ask and its span in job_text. */
  ask?: string;
  ask_start?: number;
  ask_end?: number;
}

export interface LintAnswer extends NoError {
  issues: LintIssue[];
  stats: {
    characters?: number; lines?: number; sentences?: number;
    errors?: number; warnings?: number; infos?: number;
    style?: 'desumasu' | 'dearu' | 'mixed' | 'none';
    asks?: number; asks_answered?: number;
  };
}

// ---- draft ----

export interface DraftInput {
  kind: 'application' | 'profile' | 'nudge' | 'withdrawal';
  /** Field names per kind: docs/proposal.md. */
  fields?: Record<string, unknown>;
  job_text?: string;
  /** For the lint of the drafted text. */
  options?: LintOptions;
  /** true: keep the user's words as typed (undoes `changes`). */
  fields_as_typed?: boolean;
}

export interface DraftAnswer extends NoError {
  text: string;
  lint: LintAnswer;
  /** Every ask of the post that the fields do not answer, with its marker in `text`. */
  missing: { ask: string; marker: string }[];
  /** What the draft took out of the user's words (a negative self-label), to show and undo. */
  changes: { field: string; from: string; to: string }[];
}

// ---- timeline ----

export type Situation = 'after_application' | 'after_contract' | 'after_delivery';

export interface TimelineInput {
  situation: Situation;
  /** YYYY-MM-DD: the application, the unanswered message or the delivery. */
  date: string;
  /** after_application: the posting's deadline (募集期限). */
  deadline?: string;
  /** Adds `status` to each step, `next_step` and `next_action`. */
  today?: string;
  /** The desk whose steps and names the timeline follows; default crowdworks. */
  platform?: Platform;
  closed_days?: 'none' | 'year_end';
  /** For the messages the steps carry (≤ 200 characters each). */
  name?: string;
  client_name?: string;
  subject?: string;
  job_title?: string;
  /** 1..100: unanswered messages named in the withdrawal. */
  messages_sent?: number;
}

export interface TimelineStep {
  id: string;
  kind: 'event' | 'deadline' | 'platform_reminder' | 'acceptance_deadline' | 'nudge'
    | 'support_request' | 'inquiry' | 'early_termination' | 'give_up' | (string & {});
  title: string;
  action: string;
  date: string;
  /** 2027年1月1日（金） */
  date_text?: string;
  /** 月, 火, … */
  weekday: string;
  /** On the steps where the user acts: what to do, as a headline. */
  headline?: string;
  business_day: boolean;
  /** What the distance counts from: "date", "deadline" or an earlier step's id. */
  from: string;
  /** Either business_days or calendar_days. */
  business_days?: number;
  calendar_days?: number;
  days_since_event: number;
  /** With `today` in the input. */
  status?: 'past' | 'today' | 'upcoming';
  /** The message draft writes for the step, or draft's error instead. */
  template?: string;
  template_error?: ApiError;
}

export interface TimelineAnswer extends NoError {
  situation: Situation;
  platform?: Platform;
  date: string;
  closed_days: 'none' | 'year_end';
  today?: string;
  next_step?: string;
  /** With `today`: the first step still to come where the user acts. */
  next_action?: { step: string; date: string; text: string };
  steps: TimelineStep[];
  non_business_days: { date: string; weekday: string; reason: string }[];
}

// ---- holidays ----

export interface HolidaysInput {
  /** YYYY-MM-DD */
  from: string;
  to: string;
}

export interface HolidaysAnswer extends NoError {
  holidays: { date: string; name: string }[];
}

// ---- meta ----

/** Each feature's table as the page needs it (docs/architecture.md, "meta"), so nothing the core decides is retyped in web/. */
export interface MetaAnswer extends NoError {
  certify: {
    platforms: {
      id: Platform; name: string; badge: string;
      criteria: { id: CriterionId; name: string; threshold?: string; threshold_text?: string }[];
    }[];
  };
  risk: {
    signals: { id: SignalId; name: string; severity: Severity; stages: Stage[] }[];
    /** Highest first. */
    levels: { id: RiskAnswer['level']; name: string; min_score: number }[];
    options: { id: RiskOptionId; name: string; default: number; min: number; max: number }[];
  };
  lint: {
    rules: { id: LintRuleId; name: string; severity: LintIssue['severity'] }[];
    options: { id: 'max_sentence_length' | 'max_commas'; name: string; default: number; min: number; max: number }[];
    /** Most serious first. */
    severities: { id: LintIssue['severity']; name: string }[];
  };
  timeline: {
    situations: { id: Situation; name: string; date_label: string; event: string }[];
    platforms: { id: Platform; name: string }[];
  };
}

// ---- the loaded module ----

export type FunctionName = 'certify' | 'risk' | 'lint' | 'draft' | 'timeline' | 'holidays' | 'meta';

export interface Gigcheck {
  certify(input: CertifyInput): CertifyAnswer | ErrorAnswer;
  risk(input: RiskInput): RiskAnswer | ErrorAnswer;
  lint(input: LintInput): LintAnswer | ErrorAnswer;
  draft(input: DraftInput): DraftAnswer | ErrorAnswer;
  timeline(input: TimelineInput): TimelineAnswer | ErrorAnswer;
  holidays(input: HolidaysInput): HolidaysAnswer | ErrorAnswer;
  /** Ids, names, severities, defaults and level cut-offs of every signal, lint rule, criterion and situation. Its input is `{}`, so it never answers an error. */
  meta(input: Record<string, never>): MetaAnswer;

  /** The same functions on JSON text: text in, text out, byte for byte what the CLI prints. */
  certifyJson(text: string): string;
  riskJson(text: string): string;
  lintJson(text: string): string;
  draftJson(text: string): string;
  timelineJson(text: string): string;
  holidaysJson(text: string): string;
  metaJson(text: string): string;

  /** The Embind module underneath (for tests and tools); a new one after a call that failed in it. */
  readonly module: unknown;
}

/** The function names, in the order gigcheck.mjs defines them. */
export const functionNames: readonly FunctionName[];

/** Compiles and instantiates the WebAssembly module; rejects in words when gigcheck.wasm is missing or broken. */
export function load(options?: LoadOptions): Promise<Gigcheck>;
