-- Testing demand against the capacity of each area's own institutions, per area and domain, largest gap first; the page's area and domain filters apply | 各地区、各领域的检测需求与本地机构检测能力之差，缺口大者在前；按页面的地区和领域筛选
WITH supply AS (
    SELECT i.area_id, c.domain_id, sum(c.annual_capacity_batches) AS capacity_batches
    FROM capacity AS c
    JOIN institutions AS i USING (institution_id)
    GROUP BY ALL
)
SELECT d.area_id, d.domain_id, d.annual_demand_batches AS demand_batches,
       coalesce(s.capacity_batches, 0) AS capacity_batches,
       d.annual_demand_batches - coalesce(s.capacity_batches, 0) AS gap_batches
FROM demand AS d
LEFT JOIN supply AS s USING (area_id, domain_id)
-- A filter left empty is an empty list, and keeps every area or every domain.
WHERE (len($areas) = 0 OR list_contains($areas, d.area_id))
  AND (len($domains) = 0 OR list_contains($domains, d.domain_id))
ORDER BY gap_batches DESC, d.area_id, d.domain_id
