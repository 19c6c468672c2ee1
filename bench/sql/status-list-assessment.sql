-- The status API's list (GET /api/v1/status/communes?page=0&size=100 → assessment-service's commune-status read model).
select unit_id, unit_code, unit_name, province_code, valid_from, valid_to, level, decision_number, decision_date, held_by, set_code, set_version, assessment_year, criteria_met, criteria_total, pilot, last_changed from commune_status order by unit_code, valid_from nulls first, unit_id offset 0 limit 100;
select count(*) from commune_status where last_changed > '0001-01-03 00:00:00+00';
