-- Qualification items added per quarter and domain by institutions in Tieling | 铁岭机构每季度、各领域新增的资质项目
SELECT date_trunc('quarter', q.accredited_on)::DATE AS quarter, q.domain_id, d.name_zh, d.name_en,
       count(*) AS items_added
FROM qualifications AS q
JOIN institutions AS i USING (institution_id)
JOIN domains AS d ON d.domain_id = q.domain_id
WHERE i.area_id = 'tieling'
GROUP BY ALL
ORDER BY quarter, q.domain_id
