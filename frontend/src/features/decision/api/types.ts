/**
 * The decision-support API's shapes, declared from the gateway's and the services' Java records
 * (gateway `decision/DecisionViews`, `DecisionRequests`; decision-rules `Proposal`, `WhatIf`,
 * `Forecast`; funding-service `scenario/ScenarioResource`, `ScenarioComparison`;
 * assessment-service `gapcost/GapCostResource`).
 *
 * `src/types/api.ts` did not yet hold these operations when this feature was written (the stack
 * could not be started to regenerate it). When `npm run api:generate` has run against a gateway
 * with issue 9, replace these with `components['schemas'][…]` and drop `DecisionPaths`.
 */

// ---- proposals ------------------------------------------------------------------------------

export type BudgetSource = { sourceCode: string; amount: number; allowedFields: string[] };

export type ProposalRequest = {
  year: number;
  criteriaSetCode: string;
  provinceCode?: string;
  districtCode?: string;
  budget: { sources: BudgetSource[]; infrastructureMaxSharePercent?: number | null };
  pinned?: string[];
  excluded?: string[];
  save?: boolean;
  title?: string;
};

export type ProposalMethod = 'DYNAMIC_PROGRAMMING' | 'BRANCH_AND_BOUND' | 'MIP_OJALGO' | 'GREEDY';

export type Score = {
  pilotsReached: number;
  communesReached: number;
  criteriaClosed: number;
  cost: number;
};

export type SourceUse = { sourceCode: string; available: number; proposed: number };

export type CommuneChoice = {
  unitCode: string;
  name: string;
  pilot: boolean;
  pinned: boolean;
  excluded: boolean;
  criteriaMet: number;
  criteriaRequired: number;
  alreadyReached: boolean;
  reachesStandard: boolean;
  criteriaClosed: string[];
  cost: number;
  explanationVi: string;
  explanationEn: string;
};

export type FundingLine = {
  unitCode: string;
  criterionCode: string;
  fieldCode: string;
  sourceCode: string;
  amount: number;
};

export type Proposal = {
  feasible: boolean;
  method: ProposalMethod;
  provenOptimal: boolean;
  searchNodes: number;
  score: Score;
  year: number;
  budgetTotal: number;
  proposedTotal: number;
  infrastructureProposed: number;
  infrastructureCap?: number | null;
  sources: SourceUse[];
  communes: CommuneChoice[];
  lines: FundingLine[];
  summaryVi: string;
  summaryEn: string;
};

export type ProposalAnswer = {
  proposal: Proposal;
  scenario?: Scenario | null;
  degraded?: string[] | null;
};

// ---- scenarios (funding-service) ------------------------------------------------------------

export type ScenarioStatus = 'PROPOSED' | 'ACCEPTED' | 'REJECTED';
export type ScenarioLineStatus = 'PROPOSED' | 'DRAFT' | 'BOOKED';

export type ScenarioSummary = {
  id: number;
  year: number;
  provinceCode: string;
  title: string;
  status: ScenarioStatus;
  budgetTotal: number;
  proposedTotal: number;
  summaryVi?: string | null;
  summaryEn?: string | null;
  createdBy: string;
  createdAt: string;
  decidedBy?: string | null;
  decidedAt?: string | null;
  version: number;
};

export type ScenarioLine = {
  lineNo: number;
  recipientCode: string;
  criterionCode: string;
  fieldCode: string;
  sourceCode: string;
  amount: number;
  status: ScenarioLineStatus;
  allocationId?: number | null;
};

export type Scenario = ScenarioSummary & {
  note?: string | null;
  inputs?: unknown;
  result?: Proposal | null;
  decisionReason?: string | null;
  lines: ScenarioLine[];
};

export type ScenarioSide = {
  id: number;
  title: string;
  status: string;
  budgetTotal: number;
  proposedTotal: number;
  communesReached?: number | null;
  criteriaClosed?: number | null;
};

export type CommuneDiffChange = 'ONLY_A' | 'ONLY_B' | 'SAME' | 'DIFFERENT';

export type ScenarioComparison = {
  a: ScenarioSide;
  b: ScenarioSide;
  communes: {
    unitCode: string;
    name: string;
    amountA: number;
    amountB: number;
    criteriaA: string[];
    criteriaB: string[];
    reachesA: boolean;
    reachesB: boolean;
    change: CommuneDiffChange;
  }[];
  sources: { sourceCode: string; amountA: number; amountB: number }[];
  summaryVi: string;
  summaryEn: string;
};

// ---- gap costs ------------------------------------------------------------------------------

export type UnitCostMode = 'PER_SHORTFALL_UNIT' | 'PER_QUANTITY' | 'LUMP_SUM';
export type PriceBasis =
  | 'ESTIMATE'
  | 'ESTIMATE_QUANTITY_AT_UNIT_COST'
  | 'UNIT_COST_SHORTFALL'
  | 'UNIT_COST_LUMP_SUM'
  | 'NONE';

export type SourceShare = { sourceCode: string; percent: number };

export type UnitCost = {
  id: number;
  criteriaSetCode: string;
  indicatorCode: string;
  mode: UnitCostMode;
  amountPerUnit: number;
  unit?: string | null;
  fieldCode?: string | null;
  basis?: string | null;
  updatedBy: string;
  updatedAt: string;
  version: number;
};

export type UnitCostRequest = {
  mode: UnitCostMode;
  amountPerUnit: number;
  unit?: string;
  fieldCode?: string;
  basis?: string;
};

export type Estimate = {
  id: number;
  assessmentId: number;
  unitCode: string;
  indicatorCode: string;
  fieldCode?: string | null;
  amount?: number | null;
  quantity?: number | null;
  sources: SourceShare[];
  note?: string | null;
  updatedBy: string;
  updatedAt: string;
  version: number;
};

export type EstimateRequest = {
  fieldCode?: string;
  amount?: number;
  quantity?: number;
  sources: SourceShare[];
  note?: string;
};

export type IndicatorCost = {
  indicatorCode: string;
  criterionCode: string;
  status: string;
  cost?: number | null;
  fieldCode?: string | null;
  basis: PriceBasis;
  sources: SourceShare[];
  howVi: string;
  howEn: string;
};

export type CriterionCost = {
  criterionCode: string;
  priced: boolean;
  total?: number | null;
  byField: Record<string, number>;
  indicators: IndicatorCost[];
};

export type CommuneGapCost = {
  assessmentId: number;
  unitCode: string;
  unitName: string;
  districtCode: string;
  pilot: boolean;
  year: number;
  state: string;
  criteriaSetCode: string;
  criteriaSetVersion: number;
  criteriaMet: number;
  criteriaTotal: number;
  criteriaRequired: number;
  criteriaStillNeeded: number;
  standardReached: boolean;
  costToStandard?: number | null;
  criteriaForStandard: string[];
  costOfAllPriced: number;
  criteriaPriced: number;
  criteriaUnpriced: string[];
  criteria: CriterionCost[];
  estimates: Estimate[];
  explanationVi: string;
  explanationEn: string;
};

export type DecisionCommuneGapCost = {
  unitCode: string;
  criteriaSetCode: string;
  gapCost?: CommuneGapCost | null;
  degraded?: string[] | null;
};

export type RankedCommune = {
  rank: number;
  unitCode: string;
  unitName: string;
  pilot: boolean;
  standardReached: boolean;
  criteriaStillNeeded: number;
  costToStandard?: number | null;
  criteriaUnpriced: string[];
  allocatedThisYear?: number | null;
  assessmentId: number;
  explanationVi: string;
  explanationEn: string;
};

export type DistrictRanking = {
  districtCode: string;
  year: number;
  criteriaSetCode: string;
  communes: RankedCommune[];
  degraded?: string[] | null;
};

// ---- what-if --------------------------------------------------------------------------------

export type SetReference = { code: string; version: number };
export type WhatIfChange = 'GAINS' | 'LOSES' | 'STILL_REACHES' | 'STILL_SHORT';
export type WhatIfReason = 'NEW_REQUIREMENT' | 'DROPPED' | 'THRESHOLD_CHANGED';

export type IndicatorChange = {
  indicatorCode: string;
  criterionCode: string;
  reason: WhatIfReason;
  before?: string | null;
  after?: string | null;
  thresholdBefore?: string | null;
  thresholdAfter?: string | null;
  value?: string | null;
  explanationVi: string;
  explanationEn: string;
};

export type CommuneOutcome = {
  unitCode: string;
  name: string;
  assessedAgainst: SetReference;
  scoreBefore: string;
  reachedBefore: boolean;
  scoreAfter: string;
  reachedAfter: boolean;
  criteriaRequiredAfter: number;
  change: WhatIfChange;
  causes: IndicatorChange[];
  missingBecauseNew: string[];
  missingAlso: string[];
  explanationVi: string;
  explanationEn: string;
};

export type WhatIfReport = {
  target: SetReference;
  communes: number;
  gains: number;
  loses: number;
  stillReaches: number;
  stillShort: number;
  indicatorsMostCausing: Record<string, number>;
  outcomes: CommuneOutcome[];
  summaryVi: string;
  summaryEn: string;
};

// ---- forecast -------------------------------------------------------------------------------

export type Outlook = 'MET' | 'ON_TRACK' | 'AT_RISK' | 'MISSED' | 'NOT_EVALUABLE';

export type ForecastOutcome = {
  targetKey: string;
  required: number;
  achieved: number;
  fromAppraisal: number;
  fromFunding: number;
  likely: number;
  deadline: string;
  outlook: Outlook;
  counted: { unitCode: string; name: string; detail?: string | null }[];
  notFunded: { unitCode: string; name: string; gapCost: number; allocated: number }[];
  reasonVi: string;
  reasonEn: string;
};

export type TargetForecast = {
  code: string;
  kind: string;
  description?: string | null;
  currentStatus?: string | null;
  forecast: ForecastOutcome;
};

export type PlanForecast = {
  planCode: string;
  year: number;
  assumptions: { appraisalDays: number; worksDays: number };
  targets: TargetForecast[];
  degraded?: string[] | null;
};
