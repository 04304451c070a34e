-- Institutions holding motor-vehicle inspection items and their recorded capacity in that domain, those with none first | 持有机动车检验资质项目的机构及其在该领域登记的检测能力，无记录者在前
SELECT i.institution_id, i.name_zh, i.name_en, i.area_id,
       count(*) AS motor_vehicle_items,
       any_value(c.annual_capacity_batches) AS annual_capacity_batches,
       any_value(c.institution_id) IS NULL AS no_capacity_record
FROM qualifications AS q
JOIN institutions AS i USING (institution_id)
LEFT JOIN capacity AS c ON c.institution_id = q.institution_id AND c.domain_id = 'motor_vehicle'
WHERE q.domain_id = 'motor_vehicle'
GROUP BY i.institution_id, i.name_zh, i.name_en, i.area_id
ORDER BY no_capacity_record DESC, motor_vehicle_items DESC, i.institution_id
