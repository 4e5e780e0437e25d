import type { Generated } from 'kysely';

/** Column types shared by SQLite and PostgreSQL: text timestamps (ISO-8601 UTC), 0/1 booleans, bigint cents. */
export interface PartiesTable {
  id: string;
  /** Stable short key (migration 008); never null once migrated. */
  code: string;
  name: string;
  category: string;
  legal_form: string | null;
  location: string | null;
  public_interest: string | null;
  financial_interest_cents: number | null;
  risk_profile: string | null;
  equity_start_cents: number | null;
  equity_end_cents: number | null;
  debt_start_cents: number | null;
  debt_end_cents: number | null;
  result_cents: number | null;
  /** Migration 011: the interest expected (budget) or realised (annual report) at the end of the year, and its kind. */
  financial_interest_end_cents: number | null;
  financial_interest_kind: string | null;
  owner_portfolio_holder: string | null;
  client_portfolio_holder: string | null;
  account_holder_name: string | null;
  account_holder_email: string | null;
  risks: string | null;
  is_demo: number;
  version: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

/** Migration 011: the vision section of the budget paragraph, per year and variant. */
export interface ParagraphTextsTable {
  year: number;
  variant: string;
  vision: string;
  updated_by: string;
  updated_at: string;
}

/** One row (id 1): the register's revision, bumped first by every change (the write lock). */
export interface RegisterMetaTable {
  id: number;
  revision: number;
}

/** What each register change replaced, for undo within 24 hours. */
export interface RegisterChangesTable {
  id: string;
  revision: number;
  kind: string;
  actor: string;
  at: string;
  summary_json: string;
  /** The changed parties as they were before (Party[]). */
  before_json: string;
  /** Ids of parties the change added (string[]). */
  added_json: string;
  undone_at: string | null;
  undone_by: string | null;
}

/** An uploaded register file between preview and confirm. */
export interface RegisterPreviewsTable {
  id: string;
  actor: string;
  file_name: string;
  base_revision: number;
  incoming_json: string;
  status: string;
  created_at: string;
}

export interface PartyAliasesTable {
  party_id: string;
  alias: string;
  position: number;
}

export interface SeatsTable {
  id: Generated<number>;
  party_id: string;
  position: number;
  body: string;
  role: string;
  person_name: string | null;
  person_email: string | null;
  person_function: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
}

export interface ConversationsTable {
  id: string;
  channel_id: string;
  service_url: string;
  tenant_id: string | null;
  conversation_type: string | null;
  name: string | null;
  team_id: string | null;
  team_name: string | null;
  reference_json: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface GovernanceEventsTable {
  id: string;
  party_id: string;
  kind: string;
  body: string | null;
  /** YYYY-MM-DD, a date in the local time zone */
  date: string;
  /** HH:MM local time, or null for an all-day event */
  start_time: string | null;
  end_time: string | null;
  title: string | null;
  version: number;
  updated_at: string;
}

export interface LinkTokensTable {
  token: string;
  kind: string;
  owner: string;
  scope_json: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

export interface ChecklistRunsTable {
  id: string;
  party_id: string;
  template_id: string;
  template_version: number;
  change_kind: string;
  anchor_date: string;
  deadline: string | null;
  conversation_id: string | null;
  activity_id: string | null;
  status: string;
  version: number;
  started_by: string;
  started_by_name: string | null;
  created_at: string;
  closed_at: string | null;
}

export interface ChecklistStepsTable {
  run_id: string;
  step_id: string;
  position: number;
  title_nl: string;
  title_en: string;
  audience: string;
  owner_role: string;
  owner_name: string | null;
  owner_email: string | null;
  due_date: string;
  status: string;
  reason: string | null;
  notes_json: string;
  done_by: string | null;
  done_at: string | null;
  version: number;
}

export interface MeetingOutcomesTable {
  id: string;
  party_id: string;
  body: string;
  meeting_date: string;
  decisions: string;
  signals: string | null;
  follow_up: string | null;
  created_by: string;
  created_by_name: string | null;
  created_at: string;
  corrected_at: string | null;
  version: number;
  conversation_id: string | null;
}

export interface ActionItemsTable {
  id: string;
  outcome_id: string;
  position: number;
  what: string;
  owner_name: string;
  owner_email: string | null;
  due_date: string;
  status: string;
}

export interface SignalsTable {
  id: string;
  party_id: string;
  category: string;
  severity: string;
  description: string;
  reported_by: string;
  reported_by_name: string | null;
  reported_at: string;
  status: string;
  escalated: number;
}

export interface PartyChannelsTable {
  party_id: string;
  conversation_id: string;
  linked_by: string;
  linked_at: string;
}

export interface OutboxTable {
  id: string;
  idempotency_key: string;
  conversation_id: string;
  kind: string;
  payload_json: string;
  due_at: string;
  not_before: string;
  status: string;
  attempts: number;
  last_error: string | null;
  claimed_by: string | null;
  claimed_at: string | null;
  sent_at: string | null;
  activity_id: string | null;
  created_at: string;
}

export interface DigestSubscriptionsTable {
  id: string;
  conversation_id: string;
  owner: string;
  cron: string;
  active: number;
  last_sent_at: string | null;
  created_at: string;
}

export interface ConversationContextTable {
  conversation_id: string;
  user_key: string;
  context: string;
  updated_at: string;
}

export interface FormSubmissionsTable {
  /** kind:hash of who submitted what from which rendering of the card */
  key: string;
  entity: string;
  entity_id: string;
  created_at: string;
}

/** One proactive send (migration 010): the rate limit shared by every instance on PostgreSQL. */
export interface SendRateEventsTable {
  /** `c:<conversation>` or `t:<tenant>`. */
  scope: string;
  /** Epoch milliseconds (bigint; strings on the way in and out of PostgreSQL). */
  at: string;
}

export interface Database {
  send_rate_events: SendRateEventsTable;
  conversation_context: ConversationContextTable;
  form_submissions: FormSubmissionsTable;
  register_meta: RegisterMetaTable;
  register_changes: RegisterChangesTable;
  register_previews: RegisterPreviewsTable;
  digest_subscriptions: DigestSubscriptionsTable;
  outbox: OutboxTable;
  meeting_outcomes: MeetingOutcomesTable;
  action_items: ActionItemsTable;
  signals: SignalsTable;
  party_channels: PartyChannelsTable;
  checklist_runs: ChecklistRunsTable;
  checklist_steps: ChecklistStepsTable;
  governance_events: GovernanceEventsTable;
  link_tokens: LinkTokensTable;
  parties: PartiesTable;
  paragraph_texts: ParagraphTextsTable;
  party_aliases: PartyAliasesTable;
  seats: SeatsTable;
  audit_log: AuditLogTable;
  conversations: ConversationsTable;
}
