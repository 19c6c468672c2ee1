package vn.sonla.ntm.funding.domain;

/**
 * One row of the ledger as reports see it: a plan line (PLANNED), an allocation or its reversal (ALLOCATED), or a
 * transaction or its reversal; {@code amount} is signed (a reversal is negative). {@code unit*} is where the money
 * sits: the plan's unit for a plan line, the recipient for allocations and transactions. {@code origin*} names the
 * predecessor unit a fact was rolled forward from (null when it is the unit's own).
 */
public record FundingFact(Measure measure, int year, String sourceCode, String fieldCode, String criterionCode,
                          String unitCode, String unitName, UnitLevel unitLevel, String districtCode,
                          String districtName, long amount, String originCode, String originName) {

    public FundingFact withOrigin(String code, String name) {
        return new FundingFact(measure, year, sourceCode, fieldCode, criterionCode, unitCode, unitName, unitLevel,
                districtCode, districtName, amount, code, name);
    }
}
