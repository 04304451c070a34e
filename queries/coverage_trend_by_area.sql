-- Each area's overall coverage (local capacity ÷ demand, all domains) in every snapshot up to the chosen one.
with members as (
    select snapshot, institution_id, area_id from institutions where snapshot <= $snapshot
),
-- Capacity beyond an area's demand in one domain cannot cover another domain, so cap it per domain first.
-- Local capacity per area and domain first (one pass over capacity), then joined to demand: joining demand to every
-- member before aggregating multiplied the rows (3M at national size).
local_capacity as (
    select c.snapshot, m.area_id, c.domain_id, sum(c.annual_capacity_batches) as capacity_batches
    from capacity c join members m on m.snapshot = c.snapshot and m.institution_id = c.institution_id
    where c.snapshot <= $snapshot
    group by c.snapshot, m.area_id, c.domain_id
),
capped as (
    select d.snapshot, d.area_id, d.domain_id, d.annual_demand_batches,
           least(coalesce(l.capacity_batches, 0), d.annual_demand_batches) as covered_batches
    from demand d
    left join local_capacity l on l.snapshot = d.snapshot and l.area_id = d.area_id and l.domain_id = d.domain_id
    where d.snapshot <= $snapshot
)
select x.snapshot, x.area_id, a.name_zh, a.name_en,
       sum(x.annual_demand_batches)::bigint as annual_demand_batches,
       sum(x.covered_batches)::bigint as covered_batches,
       100.0 * sum(x.covered_batches) / nullif(sum(x.annual_demand_batches), 0) as coverage_pct
from capped x
join areas a on a.area_id = x.area_id and a.snapshot = x.snapshot
group by x.snapshot, x.area_id, a.name_zh, a.name_en
order by x.snapshot, x.area_id
