-- Each area's overall coverage (local capacity ÷ demand, all domains) in every snapshot up to the chosen one.
with members as (
    select snapshot, institution_id, area_id from institutions where snapshot <= $snapshot
),
-- Capacity beyond an area's demand in one domain cannot cover another domain, so cap it per domain first.
capped as (
    select d.snapshot, d.area_id, d.domain_id, d.annual_demand_batches,
           least(coalesce(sum(c.annual_capacity_batches), 0), d.annual_demand_batches) as covered_batches
    from demand d
    left join members m on m.snapshot = d.snapshot and m.area_id = d.area_id
    left join capacity c on c.snapshot = d.snapshot and c.institution_id = m.institution_id and c.domain_id = d.domain_id
    where d.snapshot <= $snapshot
    group by d.snapshot, d.area_id, d.domain_id, d.annual_demand_batches
)
select x.snapshot, x.area_id, a.name_zh, a.name_en,
       sum(x.annual_demand_batches)::bigint as annual_demand_batches,
       sum(x.covered_batches)::bigint as covered_batches,
       100.0 * sum(x.covered_batches) / nullif(sum(x.annual_demand_batches), 0) as coverage_pct
from capped x
join areas a on a.area_id = x.area_id and a.snapshot = x.snapshot
group by x.snapshot, x.area_id, a.name_zh, a.name_en
order by x.snapshot, x.area_id
