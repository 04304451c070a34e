-- Testing demand against the capacity of each area's own institutions, per area and domain, largest gap first | 各地区、各领域的检测需求与本地机构检测能力之差，缺口大者在前
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
ORDER BY gap_batches DESC, d.area_id, d.domain_id
