import type { Client } from 'openapi-fetch';

import type { ApiClient } from '@/lib/api-context';

import type {
  CommuneGapCost,
  DecisionCommuneGapCost,
  DistrictRanking,
  Estimate,
  EstimateRequest,
  PlanForecast,
  ProposalAnswer,
  ProposalRequest,
  Scenario,
  ScenarioComparison,
  ScenarioSummary,
  UnitCost,
  UnitCostRequest,
  WhatIfReport,
} from './types';

/*
 * The decision-support operations in openapi-typescript's shape, so the one API client (its
 * token, its problem+json errors) calls them with checked paths, parameters and answers. See
 * `types.ts` for why they are declared here and when to drop this file.
 */
type Q = Record<string, string | undefined>;
type Json<T> = { content: { 'application/json': T } };
type Answers<T> = { 200: { headers: Record<string, unknown> } & Json<T> };
type Params<Query, Path> = { query?: Query; header?: Record<string, string>; cookie?: never } & ([
  Path,
] extends [never]
  ? { path?: never }
  : { path: Path });
type Op<Query, Path, Body, Answer> = {
  parameters: Params<Query, Path>;
  responses: Answers<Answer>;
} & ([Body] extends [never] ? { requestBody?: never } : { requestBody: Json<Body> });
type Item<Ops> = {
  parameters: { query?: never; header?: never; path?: never; cookie?: never };
} & Ops;

type Id = { id: string };
type SetIndicator = { criteriaSetCode: string; indicatorCode: string };
type IdIndicator = { id: string; indicatorCode: string };
type Decision = { reason?: string };

export type DecisionPaths = {
  '/api/v1/decision/proposals': Item<{ post: Op<Q, never, ProposalRequest, ProposalAnswer> }>;
  '/api/v1/decision/communes/{code}/gap-cost': Item<{
    get: Op<Q, { code: string }, never, DecisionCommuneGapCost>;
  }>;
  '/api/v1/decision/districts/{code}/ranking': Item<{
    get: Op<Q, { code: string }, never, DistrictRanking>;
  }>;
  '/api/v1/decision/scenarios/{id}/export': Item<{ get: Op<Q, Id, never, string> }>;
  '/api/v1/decision/what-if': Item<{ get: Op<Q, never, never, WhatIfReport> }>;
  '/api/v1/decision/forecast': Item<{ get: Op<Q, never, never, PlanForecast> }>;
  '/api/v1/scenarios': Item<{ get: Op<Q, never, never, ScenarioSummary[]> }>;
  '/api/v1/scenarios/{id}': Item<{ get: Op<Q, Id, never, Scenario> }>;
  '/api/v1/scenarios/{id}/accept': Item<{ post: Op<Q, Id, Decision, Scenario> }>;
  '/api/v1/scenarios/{id}/reject': Item<{ post: Op<Q, Id, Decision, Scenario> }>;
  '/api/v1/scenarios/{id}/compare/{otherId}': Item<{
    get: Op<Q, { id: string; otherId: string }, never, ScenarioComparison>;
  }>;
  '/api/v1/gap-costs/unit-costs': Item<{ get: Op<Q, never, never, UnitCost[]> }>;
  '/api/v1/gap-costs/unit-costs/{criteriaSetCode}/{indicatorCode}': Item<{
    put: Op<Q, SetIndicator, UnitCostRequest, UnitCost>;
    delete: Op<Q, SetIndicator, never, unknown>;
  }>;
  '/api/v1/gap-costs/assessments/{id}': Item<{ get: Op<Q, Id, never, CommuneGapCost> }>;
  '/api/v1/gap-costs/assessments/{id}/estimates/{indicatorCode}': Item<{
    put: Op<Q, IdIndicator, EstimateRequest, Estimate>;
    delete: Op<Q, IdIndicator, never, unknown>;
  }>;
};

export type DecisionClient = Client<DecisionPaths>;

/** The same client (same middleware), seen through the decision-support paths. */
export const decisionClient = (client: ApiClient): DecisionClient =>
  client as unknown as DecisionClient;
