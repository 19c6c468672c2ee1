package vn.sonla.ntm.criteria.api;

/** Request and response examples shown in the OpenAPI document and Swagger UI. */
final class Examples {

    private Examples() {
    }

    static final String SET_PAGE = """
            {
              "items": [
                {
                  "code": "ntm-xa-2016-2020",
                  "nameVi": "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020",
                  "nameEn": "National criteria set for new-rural communes 2016-2020",
                  "level": "BASIC",
                  "versions": [ { "version": 1, "status": "PUBLISHED", "period": "2016-2020", "legalBasisNumber": "1980/QĐ-TTg" } ],
                  "latestPublishedVersion": 1
                }
              ],
              "page": 0,
              "size": 50,
              "total": 1
            }
            """;

    static final String VERSION = """
            {
              "code": "ntm-xa-2016-2020",
              "version": 1,
              "status": "PUBLISHED",
              "nameVi": "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020",
              "nameEn": "National criteria set for new-rural communes 2016-2020",
              "level": "BASIC",
              "period": "2016-2020",
              "region": "Trung du và miền núi phía Bắc (TDMNPB)",
              "legalBasis": { "number": "1980/QĐ-TTg", "date": "2016-10-17", "issuer": "Thủ tướng Chính phủ", "effectiveFrom": "2016-12-01" },
              "recognitionRule": { "kind": "ALL_CRITERIA", "textVi": "Xã đạt chuẩn NTM khi đạt 19/19 tiêu chí" },
              "groups": [
                {
                  "code": "II",
                  "nameVi": "Hạ tầng kinh tế - xã hội",
                  "nameEn": "Socio-economic infrastructure",
                  "criteria": [
                    {
                      "code": "2",
                      "nameVi": "Giao thông",
                      "nameEn": "Transport",
                      "departmentCode": "sgtvt",
                      "provenance": { "status": "RECONSTRUCTED", "note": "Responsible department reconstructed" },
                      "indicators": [
                        {
                          "code": "2.1",
                          "nameVi": "Đường xã và đường từ trung tâm xã đến đường huyện được nhựa hóa hoặc bê tông hóa",
                          "unit": "%",
                          "kind": "PERCENT",
                          "thresholds": [
                            { "communeClass": null, "comparator": ">=", "value": 100, "unit": "%",
                              "provenance": { "status": "RECONSTRUCTED" } }
                          ]
                        }
                      ]
                    }
                  ]
                }
              ],
              "revision": 3
            }
            """;

    static final String NEW_DRAFT = """
            {
              "code": "sonla-ntm-nang-cao-xa-2021-2025",
              "nameVi": "Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Sơn La giai đoạn 2021-2025",
              "nameEn": "Sơn La advanced new-rural commune criteria 2021-2025",
              "level": "ADVANCED",
              "period": "2021-2025",
              "recognitionRule": { "kind": "ALL_CRITERIA" }
            }
            """;

    static final String DERIVE = """
            { "targetCode": "sonla-ntm-nang-cao-xa-2018-2020" }
            """;

    static final String CRITERION_EDIT = """
            {
              "nameVi": "Giao thông",
              "nameEn": "Transport",
              "departmentCode": "sgtvt",
              "provenance": { "status": "VERIFIED", "verifiedBy": "Văn phòng Điều phối NTM tỉnh", "verifiedOn": "2026-12-01",
                              "verifiedAgainst": "Quyết định 2290/QĐ-UBND, bản ký" }
            }
            """;

    static final String INDICATOR_EDIT = """
            {
              "nameVi": "Tỷ lệ đường trục thôn, bản được cứng hóa",
              "nameEn": "Village roads hardened",
              "unit": "%",
              "kind": "PERCENT",
              "thresholds": [
                { "communeClass": null, "comparator": ">=", "value": 80, "unit": "%",
                  "provenance": { "status": "SOURCED", "source": "Quyết định 2290/QĐ-UBND, Phụ lục" } }
              ]
            }
            """;

    static final String EVALUATE = """
            { "communeClass": null, "values": { "2.1": 82, "2.2": 65, "4.1": true } }
            """;

    static final String EVALUATION = """
            {
              "set": { "code": "ntm-xa-2016-2020", "version": 1 },
              "versionStatus": "PUBLISHED",
              "indicators": [
                { "code": "2.1", "criterionCode": "2", "status": "NOT_MET", "explanation": "82% < 100% (required ≥ 100%)",
                  "value": 82, "threshold": "≥ 100%", "shortfall": 18, "need": "raise by 18% to ≥ 100%" },
                { "code": "4.1", "criterionCode": "4", "status": "MET", "explanation": "achieved", "value": true,
                  "threshold": "achieved", "need": "" },
                { "code": "1.1", "criterionCode": "1", "status": "MISSING", "explanation": "no value (required achieved)",
                  "threshold": "achieved", "need": "enter a value (required achieved)" }
              ],
              "criteria": [ { "code": "4", "status": "NOT_MET", "indicatorsMet": 1, "indicatorsTotal": 2 } ],
              "criteriaMet": 0,
              "criteriaTotal": 19,
              "criteriaRequired": 19,
              "rule": "all 19 criteria met",
              "standardReached": false,
              "gap": { "criteriaStillNeeded": 19, "unmetCriteria": [
                { "code": "7", "status": "INCOMPLETE", "indicatorsMet": 0, "indicatorsTotal": 1,
                  "openIndicators": [ { "code": "7.1", "status": "MISSING", "need": "enter a value (required achieved)" } ] } ] }
            }
            """;

    static final String DIFF = """
            {
              "from": { "code": "ntm-xa-2016-2020", "version": 1 },
              "to": { "code": "sonla-ntm-nang-cao-xa-2018-2020", "version": 2 },
              "criteriaAdded": [],
              "criteriaRemoved": [ { "code": "19", "nameVi": "Quốc phòng và An ninh" } ],
              "criteriaRenamed": [],
              "indicatorsAdded": [ { "code": "2.5", "criterionCode": "2", "nameVi": "Đường liên bản có rãnh thoát nước" } ],
              "indicatorsRemoved": [],
              "indicatorsRenamed": [ { "code": "2.2", "fromNameVi": "Đường trục thôn", "toNameVi": "Đường trục bản" } ],
              "thresholdsChanged": [ { "indicatorCode": "2.2", "communeClass": null, "from": "≥ 70%", "to": "≥ 80%" } ],
              "departmentsReassigned": [ { "criterionCode": "10", "fromDepartment": "snn", "toDepartment": "skhdt" } ]
            }
            """;

    static final String DEPARTMENTS = """
            [ { "code": "snn", "nameVi": "Sở Nông nghiệp và Phát triển nông thôn",
                "nameEn": "Department of Agriculture and Rural Development", "validFrom": "2016-01-01", "validTo": null, "revision": 0 } ]
            """;

    static final String DEPARTMENT_NEW = """
            { "code": "snnmt", "nameVi": "Sở Nông nghiệp và Môi trường", "nameEn": "Department of Agriculture and Environment",
              "validFrom": "2025-03-01" }
            """;

    static final String DEPARTMENT_CLOSE = """
            { "nameVi": "Sở Nông nghiệp và Phát triển nông thôn", "nameEn": "Department of Agriculture and Rural Development",
              "validFrom": "2016-01-01", "validTo": "2025-02-28" }
            """;

    static final String AUDIT_PAGE = """
            { "items": [ { "seq": 42, "at": "2026-11-28T09:15:02.123456Z", "actor": "coordinator", "action": "PUBLISH",
                           "entity": "criteria-set-version", "entityKey": "sonla-ntm-nang-cao-xa-2018-2020/2",
                           "before": "{\\"status\\":\\"DRAFT\\",\\"revision\\":7}", "after": "{\\"status\\":\\"PUBLISHED\\",\\"revision\\":8}",
                           "previousHash": "9f2c…", "hash": "41d0…" } ],
              "page": 0, "size": 50, "total": 1 }
            """;

    static final String AUDIT_VERIFY = """
            { "intact": true, "entriesChecked": 42, "firstBrokenSeq": null, "lastHash": "41d0…" }
            """;

    static final String PROBLEM_400 = """
            { "type": "/problems/validation", "title": "Invalid request", "status": 400, "detail": "values.2.1 must be a percentage between 0 and 100",
              "instance": "/api/v1/criteria-sets/ntm-xa-2016-2020/versions/1/evaluate",
              "errors": [ { "field": "values.2.1", "message": "must be a percentage between 0 and 100" } ] }
            """;

    static final String PROBLEM_401 = """
            { "type": "/problems/unauthenticated", "title": "Unauthenticated", "status": 401, "detail": "Send a valid bearer access token",
              "instance": "/api/v1/criteria-sets" }
            """;

    static final String PROBLEM_403 = """
            { "type": "/problems/forbidden", "title": "Forbidden", "status": 403, "detail": "Your role does not allow this operation",
              "instance": "/api/v1/criteria-sets" }
            """;

    static final String PROBLEM_404 = """
            { "type": "/problems/not-found", "title": "Not found", "status": 404, "detail": "Criteria set ntm-xa-2016-2020 has no version 9",
              "instance": "/api/v1/criteria-sets/ntm-xa-2016-2020/versions/9" }
            """;

    static final String PROBLEM_409 = """
            { "type": "/problems/conflict", "title": "Conflict", "status": 409,
              "detail": "ntm-xa-2016-2020 v1 is PUBLISHED: published versions never change; derive a new draft",
              "instance": "/api/v1/criteria-sets/ntm-xa-2016-2020/versions/1" }
            """;

    static final String PROBLEM_412 = """
            { "type": "/problems/stale-version", "title": "Version changed", "status": 412,
              "detail": "The resource was changed by someone else: current version is 4, you sent \\"3\\". Reload and apply your change again." }
            """;

    static final String PROBLEM_422 = """
            { "type": "/problems/business-rule", "title": "The version cannot be published", "status": 422,
              "detail": "3 defects must be corrected first: legalBasis.number a published set needs the number of the decision that issued it (and more, see errors)",
              "errors": [
                { "field": "legalBasis.number", "message": "a published set needs the number of the decision that issued it" },
                { "field": "groups[1].criteria[0].departmentCode", "message": "unknown department 'sxx'" },
                { "field": "groups[1].criteria[0].indicators[2].thresholds", "message": "indicator 2.3 has no threshold" } ] }
            """;

    static final String PROBLEM_428 = """
            { "type": "/problems/precondition-required", "title": "If-Match required", "status": 428,
              "detail": "Send the ETag you read in an If-Match header (current version is 3)" }
            """;
}
