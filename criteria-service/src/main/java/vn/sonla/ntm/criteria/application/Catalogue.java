package vn.sonla.ntm.criteria.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.sonla.ntm.common.Page;
import vn.sonla.ntm.common.PageRequest;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.criteria.domain.CriteriaSetDiff;
import vn.sonla.ntm.criteria.domain.CriteriaSetVersion;
import vn.sonla.ntm.criteria.domain.SetLevel;
import vn.sonla.ntm.criteria.domain.SetStatus;
import vn.sonla.ntm.criteria.persistence.CriteriaSetVersionRepository;
import vn.sonla.ntm.rules.document.SetReference;

/** Reading the catalogue: lists, one version, the difference between two versions. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Catalogue {

    @Inject
    CriteriaSetVersionRepository versions;

    @Inject
    CatalogueAccess access;

    public Page<SetSummary> list(SetStatus status, SetLevel level, PageRequest page) {
        access.requireReader();
        boolean publishedOnly = !access.seesDrafts();
        if (publishedOnly && status != null && status != SetStatus.PUBLISHED) {
            return Page.of(List.of(), page, 0);
        }
        List<String> codes = versions.setCodes(status, level, publishedOnly, page.offset(), page.size());
        long total = versions.countSets(status, level, publishedOnly);
        Map<String, List<CriteriaSetVersion>> byCode = new LinkedHashMap<>();
        codes.forEach(c -> byCode.put(c, new ArrayList<>()));
        versions.ofSets(codes, publishedOnly).forEach(v -> byCode.get(v.code()).add(v));
        return Page.of(byCode.entrySet().stream().map(e -> summarise(e.getKey(), e.getValue())).toList(), page, total);
    }

    public SetSummary summary(String code) {
        access.requireReader();
        List<CriteriaSetVersion> found = versions.ofSets(List.of(code), !access.seesDrafts());
        if (found.isEmpty()) {
            throw ProblemException.notFound("No criteria set " + code);
        }
        return summarise(code, found);
    }

    public VersionView version(String code, int number) {
        CriteriaSetVersion v = access.visible(find(code, number));
        return new VersionView(v.toDocument(), v.revision());
    }

    public CriteriaSetDiff diff(SetReference from, SetReference to) {
        CriteriaSetVersion a = access.visible(find(from.code(), from.version()));
        CriteriaSetVersion b = access.visible(find(to.code(), to.version()));
        return CriteriaSetDiff.between(a.toDocument(), b.toDocument());
    }

    CriteriaSetVersion find(String code, int number) {
        return versions.find(code, number).orElseThrow(() -> CatalogueAccess.notFound(code, number));
    }

    private static SetSummary summarise(String code, List<CriteriaSetVersion> ofSet) {
        CriteriaSetVersion latest = ofSet.get(ofSet.size() - 1);
        Integer latestPublished = ofSet.stream().filter(CriteriaSetVersion::isPublished).map(CriteriaSetVersion::number)
                .reduce((a, b) -> b).orElse(null);
        return new SetSummary(code, latest.nameVi(), latest.nameEn(), latest.level() == null ? null : latest.level().name(),
                ofSet.stream().map(v -> new SetSummary.VersionSummary(v.number(), v.status().name(), v.period(), v.legalNumber())).toList(),
                latestPublished);
    }
}
