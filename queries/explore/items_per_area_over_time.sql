-- Qualification items per area in every snapshot up to the chosen one ($snapshot) | 截至所选快照（$snapshot），各快照中各地区的资质项目数
SELECT q.snapshot, i.area_id, count(*) AS items
FROM qualifications_history AS q
JOIN institutions_history AS i ON i.institution_id = q.institution_id AND i.snapshot = q.snapshot
WHERE q.snapshot <= $snapshot
GROUP BY ALL
ORDER BY q.snapshot, i.area_id
