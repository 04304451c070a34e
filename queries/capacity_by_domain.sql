-- Qualification items, qualified institutions, labs, capacity and demand per testing domain in the chosen snapshot.
with domain_list as (
    select domain_id, name_zh, name_en, working_group_id from domains where snapshot = $snapshot
),
qualification_totals as (
    -- Per-institution domain counts (alliance/derived.sql): one row per institution holding the domain.
    select domain_id, sum(item_count)::bigint as qualification_count, count(*) as institution_count
    from institution_domain_items where snapshot = $snapshot
    group by domain_id
),
lab_totals as (
    select domain_id, count(*) as lab_count from labs where snapshot = $snapshot group by domain_id
),
capacity_totals as (
    select domain_id, sum(annual_capacity_batches) as annual_capacity_batches
    from capacity where snapshot = $snapshot group by domain_id
),
demand_totals as (
    select domain_id, sum(annual_demand_batches) as annual_demand_batches
    from demand where snapshot = $snapshot group by domain_id
)
select d.domain_id, d.name_zh, d.name_en, d.working_group_id,
       coalesce(q.qualification_count, 0) as qualification_count,
       coalesce(q.institution_count, 0) as institution_count,
       coalesce(l.lab_count, 0) as lab_count,
       coalesce(c.annual_capacity_batches, 0)::bigint as annual_capacity_batches,
       coalesce(m.annual_demand_batches, 0)::bigint as annual_demand_batches
from domain_list d
left join qualification_totals q using (domain_id)
left join lab_totals l using (domain_id)
left join capacity_totals c using (domain_id)
left join demand_totals m using (domain_id)
order by qualification_count desc, d.domain_id
