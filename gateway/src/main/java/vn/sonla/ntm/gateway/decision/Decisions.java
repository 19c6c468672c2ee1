package vn.sonla.ntm.gateway.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.decision.forecast.Forecast;
import vn.sonla.ntm.decision.optimise.Budget;
import vn.sonla.ntm.decision.optimise.CommuneCase;
import vn.sonla.ntm.decision.optimise.CriterionGap;
import vn.sonla.ntm.decision.optimise.Optimiser;
import vn.sonla.ntm.decision.optimise.Proposal;
import vn.sonla.ntm.decision.optimise.SourceBudget;
import vn.sonla.ntm.decision.whatif.WhatIf;
import vn.sonla.ntm.gateway.client.Part;
import vn.sonla.ntm.rules.IndicatorValue;
import vn.sonla.ntm.rules.document.CriteriaSetDocument;
import vn.sonla.ntm.rules.document.SetReference;

/**
 * Decision support composed at the gateway (decision 0093): the services' data read in parallel with the caller's token,
 * the reasoning done by decision-rules. The services still decide who may read what (their refusals are the answer).
 */
@ApplicationScoped
public class Decisions {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Reads criteria documents leniently: a new optional field of the exchange format must not break the what-if. */
    static final ObjectMapper DOCUMENTS = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Inject
    DecisionData data;

    @Inject
    ObjectMapper json;

    // ---- gap costs on the scorecard and the district ranking ----------------------------------------------------------

    public Uni<DecisionViews.CommuneGapCost> communeGapCost(String auth, String province, String code, String setCode, Integer year) {
        return data.gapCostsPart(auth, province, setCode, year, null, code).map(part -> {
            JsonNode list = part.value();
            JsonNode first = list != null && list.isArray() && !list.isEmpty() ? list.get(0) : null;
            return new DecisionViews.CommuneGapCost(code, setCode, first, part.isUnavailable() ? List.of("assessment") : List.of());
        });
    }

    public Uni<DecisionViews.DistrictRanking> districtRanking(String auth, String province, String district, String setCode, int year) {
        return Uni.combine().all().unis(data.gapCosts(auth, province, setCode, year, district, null), data.fundingDistrict(auth, district, year))
                .asTuple().map(t -> {
                    Map<String, Long> allocated = new HashMap<>();
                    JsonNode funding = t.getItem2().value();
                    if (funding != null) {
                        for (JsonNode c : funding.path("byCommune")) {
                            allocated.put(c.path("code").asText(), c.path("allocated").asLong());
                        }
                    }
                    List<DecisionViews.RankedCommune> ranked = new ArrayList<>();
                    int rank = 0;
                    for (JsonNode c : t.getItem1()) {
                        rank++;
                        String code = c.path("unitCode").asText();
                        Long cost = c.hasNonNull("costToStandard") ? c.get("costToStandard").asLong() : null;
                        Long money = funding == null ? null : allocated.getOrDefault(code, 0L);
                        ranked.add(new DecisionViews.RankedCommune(rank, code, c.path("unitName").asText(code), c.path("pilot").asBoolean(),
                                c.path("standardReached").asBoolean(), c.path("criteriaStillNeeded").asInt(), cost,
                                strings(c.path("criteriaUnpriced")), money, c.path("assessmentId").asLong(),
                                c.path("explanationVi").asText(null), c.path("explanationEn").asText(null)));
                    }
                    return new DecisionViews.DistrictRanking(district, year, setCode, ranked,
                            t.getItem2().isUnavailable() ? List.of("funding") : List.of());
                });
    }

    // ---- proposals ------------------------------------------------------------------------------------------------

    public Uni<DecisionViews.ProposalAnswer> propose(String auth, DecisionRequests.Proposal request) {
        String province = request.provinceCode() == null ? "14" : request.provinceCode();
        return Uni.combine().all()
                .unis(data.gapCosts(auth, province, request.criteriaSetCode(), request.year(), request.districtCode(), null),
                        data.spendingFields(auth))
                .asTuple()
                .flatMap(t -> {
                    Set<String> infrastructure = new HashSet<>();
                    Part<JsonNode> fields = t.getItem2();
                    if (fields.value() != null) {
                        for (JsonNode f : fields.value()) {
                            if (f.path("infrastructure").asBoolean()) {
                                infrastructure.add(f.path("code").asText());
                            }
                        }
                    } else if (request.budget().infrastructureMaxSharePercent() != null) {
                        throw new vn.sonla.ntm.gateway.application.ServiceUnavailable(vn.sonla.ntm.gateway.client.Downstream.FUNDING,
                                new IllegalStateException("the fields of spending are needed to hold the infrastructure cap"));
                    }
                    vn.sonla.ntm.decision.optimise.Problem problem = problem(request, t.getItem1(), infrastructure);
                    List<String> degraded = fields.isUnavailable() ? List.of("funding") : List.of();
                    return Uni.createFrom().item(() -> Optimiser.propose(problem)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                            .flatMap(proposal -> Boolean.TRUE.equals(request.save())
                                    ? data.saveScenario(auth, scenario(request, province, proposal))
                                    .map(saved -> new DecisionViews.ProposalAnswer(proposal, saved, degraded))
                                    : Uni.createFrom().item(new DecisionViews.ProposalAnswer(proposal, null, degraded)));
                });
    }

    vn.sonla.ntm.decision.optimise.Problem problem(DecisionRequests.Proposal request, JsonNode gapCosts, Set<String> infrastructure) {
        List<CommuneCase> communes = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        for (JsonNode c : gapCosts) {
            List<CriterionGap> gaps = new ArrayList<>();
            for (JsonNode k : c.path("criteria")) {
                if (!k.path("priced").asBoolean()) {
                    continue;
                }
                Map<String, Long> byField = new TreeMap<>();
                k.path("byField").fields().forEachRemaining(e -> byField.put(e.getKey(), e.getValue().asLong()));
                List<String> indicators = new ArrayList<>();
                k.path("indicators").forEach(i -> indicators.add(i.path("indicatorCode").asText()));
                gaps.add(new CriterionGap(k.path("criterionCode").asText(), indicators, byField));
            }
            String code = c.path("unitCode").asText();
            known.add(code);
            communes.add(new CommuneCase(code, c.path("unitName").asText(code), c.path("pilot").asBoolean(), c.path("criteriaMet").asInt(),
                    c.path("criteriaRequired").asInt(), gaps, strings(c.path("criteriaUnpriced"))));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> pinned = request.pinned() == null ? List.of() : request.pinned();
        List<String> excluded = request.excluded() == null ? List.of() : request.excluded();
        for (int i = 0; i < pinned.size(); i++) {
            if (!known.contains(pinned.get(i))) {
                errors.add(new Problem.FieldError("pinned[" + i + "]", "has no assessment of " + request.criteriaSetCode() + " you may read"));
            } else if (excluded.contains(pinned.get(i))) {
                errors.add(new Problem.FieldError("pinned[" + i + "]", "is also excluded"));
            }
        }
        for (int i = 0; i < excluded.size(); i++) {
            if (!known.contains(excluded.get(i))) {
                errors.add(new Problem.FieldError("excluded[" + i + "]", "has no assessment of " + request.criteriaSetCode() + " you may read"));
            }
        }
        Set<String> sourceCodes = new HashSet<>();
        for (int i = 0; i < request.budget().sources().size(); i++) {
            if (!sourceCodes.add(request.budget().sources().get(i).sourceCode())) {
                errors.add(new Problem.FieldError("budget.sources[" + i + "].sourceCode", "is given twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The proposal cannot be made", errors.size() + " problem(s)", errors);
        }
        List<SourceBudget> sources = request.budget().sources().stream()
                .map(s -> new SourceBudget(s.sourceCode(), s.amount(), new HashSet<>(s.allowedFields()))).toList();
        return new vn.sonla.ntm.decision.optimise.Problem(communes,
                new Budget(request.year(), sources, infrastructure, request.budget().infrastructureMaxSharePercent()),
                new HashSet<>(pinned), new HashSet<>(excluded));
    }

    private JsonNode scenario(DecisionRequests.Proposal request, String province, Proposal proposal) {
        ObjectNode s = json.createObjectNode();
        s.put("year", request.year());
        s.put("provinceCode", province);
        s.put("title", request.title() == null || request.title().isBlank()
                ? "Phương án " + request.year() + " — " + proposal.score().communesReached() + " xã đạt chuẩn" : request.title().trim());
        s.set("budget", json.valueToTree(request.budget()));
        s.set("pinned", json.valueToTree(request.pinned() == null ? List.of() : request.pinned()));
        s.set("excluded", json.valueToTree(request.excluded() == null ? List.of() : request.excluded()));
        s.put("criteriaSetCode", request.criteriaSetCode());
        s.set("result", json.valueToTree(proposal));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Proposal.FundingLine l : proposal.lines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("recipientCode", l.unitCode());
            m.put("criterionCode", l.criterionCode());
            m.put("fieldCode", l.fieldCode());
            m.put("sourceCode", l.sourceCode());
            m.put("amount", l.amount());
            lines.add(m);
        }
        s.set("lines", json.valueToTree(lines));
        return s;
    }

    public Uni<JsonNode> scenario(String auth, long id) {
        return data.scenario(auth, id);
    }

    // ---- what-if --------------------------------------------------------------------------------------------------

    public Uni<WhatIf.Report> whatIf(String auth, String province, String targetCode, int targetVersion, String fromSetCode, Integer year,
                                     String district) {
        return Uni.combine().all().unis(data.criteriaVersion(auth, targetCode, targetVersion),
                        data.latestValues(auth, province, fromSetCode, year, district)).asTuple()
                .flatMap(t -> {
                    CriteriaSetDocument target = document(t.getItem1(), "criteriaSetCode");
                    Set<SetReference> own = new LinkedHashSet<>();
                    for (JsonNode c : t.getItem2()) {
                        own.add(new SetReference(c.path("criteriaSetCode").asText(), c.path("criteriaSetVersion").asInt()));
                    }
                    List<Uni<Map.Entry<SetReference, CriteriaSetDocument>>> reads = own.stream()
                            .map(ref -> data.criteriaVersion(auth, ref.code(), ref.version())
                                    .map(j -> Map.entry(ref, document(j, "fromSetCode")))).toList();
                    Uni<List<Map.Entry<SetReference, CriteriaSetDocument>>> all = reads.isEmpty() ? Uni.createFrom().item(List.of())
                            : Uni.join().all(reads).andFailFast();
                    return all.map(entries -> {
                        Map<SetReference, CriteriaSetDocument> versions = new HashMap<>();
                        entries.forEach(e -> versions.put(e.getKey(), e.getValue()));
                        List<WhatIf.CommuneValues> communes = new ArrayList<>();
                        for (JsonNode c : t.getItem2()) {
                            Map<String, IndicatorValue> values = new TreeMap<>();
                            c.path("values").fields().forEachRemaining(e -> {
                                JsonNode v = e.getValue();
                                if (v.isBoolean()) {
                                    values.put(e.getKey(), IndicatorValue.of(v.asBoolean()));
                                } else if (v.isNumber()) {
                                    values.put(e.getKey(), IndicatorValue.of(new BigDecimal(v.asText())));
                                }
                            });
                            communes.add(new WhatIf.CommuneValues(c.path("unitCode").asText(), c.path("unitName").asText(null),
                                    c.path("communeClass").asText(null),
                                    new SetReference(c.path("criteriaSetCode").asText(), c.path("criteriaSetVersion").asInt()), values));
                        }
                        try {
                            return WhatIf.compareAll(target, versions, communes);
                        } catch (IllegalArgumentException e) {
                            throw ProblemException.unprocessable("The versions cannot judge", e.getMessage(),
                                    List.of(new Problem.FieldError("criteriaSetCode", e.getMessage())));
                        }
                    });
                });
    }

    private static CriteriaSetDocument document(JsonNode node, String field) {
        try {
            CriteriaSetDocument d = DOCUMENTS.treeToValue(node, CriteriaSetDocument.class);
            d.toRules();
            return d;
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ProblemException.unprocessable("The criteria-set version cannot judge",
                    "criteria-service's version cannot be used to judge communes: " + e.getMessage(),
                    List.of(new Problem.FieldError(field, "names a version that cannot judge (no recognition rule?)")));
        }
    }

    // ---- forecast -------------------------------------------------------------------------------------------------

    public Uni<DecisionViews.PlanForecast> forecast(String auth, String province, String planCode, int year, Forecast.Assumptions assumptions) {
        return data.provinceSummary(auth, province, year).flatMap(summary -> {
            JsonNode plan = null;
            for (JsonNode p : summary.path("plans")) {
                if (planCode.equals(p.path("code").asText())) {
                    plan = p;
                }
            }
            if (plan == null) {
                throw ProblemException.notFound("No plan " + planCode + " covering " + year + " in province " + province);
            }
            JsonNode chosen = plan;
            String setCode = plan.path("criteriaSetCode").asText(null);
            Uni<Part<JsonNode>> gaps = setCode == null ? Uni.createFrom().item(Part.unavailable(vn.sonla.ntm.gateway.client.Downstream.ASSESSMENT))
                    : data.gapCostsPart(auth, province, setCode, year, null, null)
                    // a caller who may read the targets but not the gap costs (a department) gets the pipeline only
                    .onFailure(vn.sonla.ntm.gateway.client.DownstreamRefusal.class)
                    .recoverWithItem(Part.withheld(vn.sonla.ntm.gateway.client.Downstream.ASSESSMENT));
            return gaps.flatMap(gapPart -> {
                Set<String> districts = new LinkedHashSet<>();
                if (gapPart.value() != null) {
                    gapPart.value().forEach(c -> {
                        if (c.hasNonNull("districtCode") && !c.path("standardReached").asBoolean()) {
                            districts.add(c.get("districtCode").asText());
                        }
                    });
                }
                List<Uni<Part<JsonNode>>> reads = districts.stream().map(d -> data.fundingDistrict(auth, d, year)).toList();
                Uni<List<Part<JsonNode>>> funding = reads.isEmpty() ? Uni.createFrom().item(List.of()) : Uni.join().all(reads).andFailFast();
                return funding.map(parts -> forecastOf(chosen, year, gapPart, parts, assumptions));
            });
        });
    }

    private DecisionViews.PlanForecast forecastOf(JsonNode plan, int year, Part<JsonNode> gapPart, List<Part<JsonNode>> funding,
                                                  Forecast.Assumptions assumptions) {
        Map<String, Long> allocated = new HashMap<>();
        boolean fundingDown = false;
        for (Part<JsonNode> p : funding) {
            fundingDown |= p.isUnavailable();
            if (p.value() != null) {
                p.value().path("byCommune").forEach(c -> allocated.put(c.path("code").asText(), c.path("allocated").asLong()));
            }
        }
        LocalDate today = LocalDate.now(VIETNAM);
        List<DecisionViews.TargetForecast> targets = new ArrayList<>();
        for (JsonNode target : plan.path("targets")) {
            JsonNode progress = target.path("progress");
            Set<String> counted = codes(progress.path("counted"));
            List<Forecast.CommuneFact> pipeline = new ArrayList<>();
            progress.path("inPipeline").forEach(c -> pipeline.add(new Forecast.CommuneFact(c.path("unitCode").asText(),
                    c.path("unitName").asText(null), c.path("detail").asText(null))));
            Set<String> inPipeline = codes(progress.path("inPipeline"));
            List<Forecast.FundedGap> gaps = new ArrayList<>();
            if ("RECOGNISED_COUNT".equals(target.path("kind").asText()) && gapPart.value() != null) {
                for (JsonNode c : gapPart.value()) {
                    String code = c.path("unitCode").asText();
                    if (c.path("standardReached").asBoolean() || counted.contains(code) || inPipeline.contains(code)
                            || !c.hasNonNull("costToStandard")) {
                        continue;
                    }
                    gaps.add(new Forecast.FundedGap(code, c.path("unitName").asText(code), c.get("costToStandard").asLong(),
                            allocated.getOrDefault(code, 0L)));
                }
                gaps.sort(java.util.Comparator.comparingLong((Forecast.FundedGap g) -> g.gapCost() - g.allocated()));
            }
            LocalDate deadline = LocalDate.parse(target.path("deadline").asText());
            boolean evaluable = !"NOT_EVALUABLE".equals(progress.path("status").asText());
            String description = target.path("description").asText(target.path("code").asText());
            Forecast.TargetFacts facts = new Forecast.TargetFacts(target.path("code").asText(), description, description,
                    progress.path("required").asInt(), progress.path("value").asInt(), deadline, evaluable, pipeline, gaps);
            targets.add(new DecisionViews.TargetForecast(target.path("code").asText(), target.path("kind").asText(), description,
                    progress.path("status").asText(null), Forecast.forecast(facts, today, assumptions)));
        }
        List<String> degraded = new ArrayList<>();
        if (gapPart.isUnavailable()) {
            degraded.add("assessment");
        }
        if (fundingDown) {
            degraded.add("funding");
        }
        return new DecisionViews.PlanForecast(plan.path("code").asText(), year, assumptions, targets, degraded);
    }

    private static Set<String> codes(JsonNode facts) {
        Set<String> s = new HashSet<>();
        facts.forEach(c -> s.add(c.path("unitCode").asText()));
        return s;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
