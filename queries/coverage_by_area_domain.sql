-- Demand against local capacity for every area × domain in the chosen snapshot, with what came in from elsewhere.
with area_list as (
    select area_id, name_zh, name_en from areas where snapshot = $snapshot
),
domain_list as (
    select domain_id, name_zh, name_en from domains where snapshot = $snapshot
),
members as (
    select institution_id, area_id from institutions where snapshot = $snapshot
),
local_capacity as (
    select m.area_id, c.domain_id, sum(c.annual_capacity_batches) as local_capacity_batches
    from capacity c join members m using (institution_id)
    where c.snapshot = $snapshot
    group by m.area_id, c.domain_id
),
local_qualified as (
    -- One row per institution and domain it holds (alliance/derived.sql), not one per item.
    select m.area_id, d.domain_id, count(*) as local_institution_count
    from institution_domain_items d join members m using (institution_id)
    where d.snapshot = $snapshot
    group by m.area_id, d.domain_id
),
inflow as (
    -- Batches delivered into the area by members elsewhere in the four quarters up to the snapshot.
    select s.client_area_id as area_id, s.domain_id,
           sum(s.batches) as inflow_batches_4q,
           sum(s.batches) filter (where m.area_id = 'shenyang') as inflow_from_shenyang_batches_4q
    from services s join members m on m.institution_id = s.provider_institution_id
    where s.snapshot = $snapshot
      and s.month > $snapshot - interval 12 month
      and m.area_id <> s.client_area_id
    group by s.client_area_id, s.domain_id
),
demand_rows as (
    select area_id, domain_id, annual_demand_batches, enterprises as enterprises_needing, method
    from demand where snapshot = $snapshot
)
select a.area_id, a.name_zh as area_name_zh, a.name_en as area_name_en,
       d.domain_id, d.name_zh as domain_name_zh, d.name_en as domain_name_en,
       coalesce(r.annual_demand_batches, 0)::bigint as annual_demand_batches,
       coalesce(c.local_capacity_batches, 0)::bigint as local_capacity_batches,
       greatest(coalesce(r.annual_demand_batches, 0) - coalesce(c.local_capacity_batches, 0), 0)::bigint as gap_batches,
       100.0 * coalesce(c.local_capacity_batches, 0) / nullif(r.annual_demand_batches, 0) as coverage_pct,
       coalesce(q.local_institution_count, 0) as local_institution_count,
       coalesce(i.inflow_batches_4q, 0)::bigint as inflow_batches_4q,
       coalesce(i.inflow_from_shenyang_batches_4q, 0)::bigint as inflow_from_shenyang_batches_4q,
       r.enterprises_needing,
       r.method
from area_list a
cross join domain_list d
left join demand_rows r using (area_id, domain_id)
left join local_capacity c using (area_id, domain_id)
left join local_qualified q using (area_id, domain_id)
left join inflow i using (area_id, domain_id)
order by a.area_id, d.domain_id
