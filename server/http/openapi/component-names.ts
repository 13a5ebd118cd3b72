/**
 * The contract schemas the OpenAPI document names in `components.schemas` (and references wherever they
 * occur) — names only: the schemas themselves are the contract's (server/contract/). A schema not listed
 * here is inlined where it is used.
 */
import type { z } from 'zod';
import { apiErrorSchema } from '../../contract/api-error.ts';
import { applicationDetailSchema, applicationInstanceSchema, applicationListSchema, applicationSummarySchema } from '../../contract/applications.ts';
import { auditEntrySchema, auditListSchema, auditVerificationSchema } from '../../contract/audit.ts';
import * as governance from '../../contract/governance.ts';
import { healthSchema, registryConnectionErrorSchema } from '../../contract/health.ts';
import { consumerSchema, instanceSchema } from '../../contract/instance.ts';
import { registryChangeSchema, registryStatusEventSchema } from '../../contract/registry-event.ts';
import { releaseChangeSchema } from '../../contract/release-event.ts';
import * as releases from '../../contract/releases.ts';
import { ruleRefSchema } from '../../contract/rule-ref.ts';
import * as rules from '../../contract/rules.ts';
import { serviceDetailSchema, serviceListSchema, serviceSummarySchema } from '../../contract/services.ts';
import { loginRequestSchema, roleSchema, sessionSchema } from '../../contract/session.ts';
import { apiTokenSchema, createdTokenSchema, createTokenRequestSchema, tokenListSchema } from '../../contract/tokens.ts';
import { topologyEdgeSchema, topologyNodeSchema, topologySchema } from '../../contract/topology.ts';
import { registryWarningSchema, warningListSchema } from '../../contract/warnings.ts';

export const COMPONENT_NAMES: ReadonlyMap<z.ZodType, string> = new Map<z.ZodType, string>([
  [apiErrorSchema, 'ApiError'],
  [healthSchema, 'Health'],
  [registryConnectionErrorSchema, 'RegistryConnectionError'],
  [sessionSchema, 'Session'],
  [roleSchema, 'Role'],
  [loginRequestSchema, 'LoginRequest'],
  [apiTokenSchema, 'ApiToken'],
  [createdTokenSchema, 'CreatedToken'],
  [createTokenRequestSchema, 'CreateTokenRequest'],
  [tokenListSchema, 'TokenList'],
  [serviceListSchema, 'ServiceList'],
  [serviceSummarySchema, 'ServiceSummary'],
  [serviceDetailSchema, 'ServiceDetail'],
  [instanceSchema, 'Instance'],
  [consumerSchema, 'Consumer'],
  [ruleRefSchema, 'RuleRef'],
  [applicationListSchema, 'ApplicationList'],
  [applicationSummarySchema, 'ApplicationSummary'],
  [applicationDetailSchema, 'ApplicationDetail'],
  [applicationInstanceSchema, 'ApplicationInstance'],
  [topologySchema, 'Topology'],
  [topologyNodeSchema, 'TopologyNode'],
  [topologyEdgeSchema, 'TopologyEdge'],
  [warningListSchema, 'WarningList'],
  [registryWarningSchema, 'RegistryWarning'],
  [registryChangeSchema, 'RegistryChange'],
  [registryStatusEventSchema, 'RegistryStatusEvent'],
  [releaseChangeSchema, 'ReleaseChange'],
  [governance.weightRequestSchema, 'WeightRequest'],
  [governance.enabledRequestSchema, 'EnabledRequest'],
  [governance.governanceOperationRequestSchema, 'GovernanceOperationRequest'],
  [governance.governanceResultSchema, 'GovernanceResult'],
  [governance.servicePreviewSchema, 'ServicePreview'],
  [governance.providerPreviewSchema, 'ProviderPreview'],
  [rules.ruleListSchema, 'RuleList'],
  [rules.ruleSummarySchema, 'RuleSummary'],
  [rules.ruleDetailSchema, 'RuleDetail'],
  [rules.ruleHistorySchema, 'RuleHistory'],
  [rules.ruleHistoryEntrySchema, 'RuleHistoryEntry'],
  [rules.rollbackRequestSchema, 'RollbackRequest'],
  [auditListSchema, 'AuditList'],
  [auditEntrySchema, 'AuditEntry'],
  [auditVerificationSchema, 'AuditVerification'],
  [releases.releaseRequestSchema, 'ReleaseRequest'],
  [releases.releaseActionRequestSchema, 'ReleaseActionRequest'],
  [releases.canarySelectorSchema, 'CanarySelector'],
  [releases.releaseSchema, 'Release'],
  [releases.releaseListSchema, 'ReleaseList'],
  [releases.releaseStateSchema, 'ReleaseState'],
  [releases.releaseStepSchema, 'ReleaseStep'],
  [releases.releaseTransitionSchema, 'ReleaseTransition'],
  [releases.weightSplitSchema, 'WeightSplit'],
]);
