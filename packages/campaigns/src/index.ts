export type { Campaigns, CampaignsOptions, LaunchReport, TenantCampaigns } from './api.js';
export type {
  CampaignConfig,
  CampaignOptions,
  CampaignStep,
  CampaignTrigger,
} from './campaign-schema.js';
export type { CreateCampaignsOptions } from './campaigns.js';
export { createCampaigns } from './campaigns.js';
export type { CampaignsPlugin } from './campaigns-plugin.js';
export { campaigns } from './campaigns-plugin.js';
export type { EnrolResult, EnrolTarget } from './engine/enrol.js';
export type {
  Enrolment,
  EnrolmentSource,
  EnrolmentStatus,
  StepSend,
} from './engine/enrolment.js';
export type { CampaignStats, StepStats } from './engine/stats.js';
export type { CampaignEventName, CampaignEvents } from './events.js';
export type {
  ContactListInfo,
  ContactLists,
  ImportOptions,
  ImportReport,
} from './lists/contact-lists.js';
export type { ColumnMap } from './lists/import-rows.js';
export type { AttributeValue, ListMember, MemberInput, RejectedRow } from './lists/member.js';
export type { SendPacing } from './pacing/send-pacing.js';
export type { TemplateContact } from './template/render.js';
export { checkTemplate, pickVariant, renderTemplate } from './template/render.js';
