-- The status API's change feed (?updatedSince=&size=100): rows changed since, in (last_changed, unit_id) order, and their count.
select unit_id, unit_code, unit_name, province_code, valid_from, valid_to, level, decision_number, decision_date, held_by, set_code, set_version, assessment_year, criteria_met, criteria_total, pilot, last_changed from commune_status where last_changed > ':since' order by last_changed, unit_id offset 0 limit 100;
select count(*) from commune_status where last_changed > ':since';
