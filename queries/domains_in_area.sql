-- One area's qualification items, qualified institutions, labs and capacity per domain, in the chosen snapshot and filters.
with members as (
    select institution_id from scoped_institutions($snapshot, [$area_id]::varchar[], $domains::varchar[], $groups::varchar[],
                             levels_ := $levels::varchar[])
),
items as (
    -- Per-institution domain counts (alliance/derived.sql): one row per institution holding the domain.
    select d.domain_id, sum(d.item_count)::bigint as qualification_count, count(*) as institution_count
    from institution_domain_items d join members using (institution_id)
    where d.snapshot = $snapshot and in_filter($domains::varchar[], d.domain_id)
    group by d.domain_id
),
lab_counts as (
    select l.domain_id, count(*) as lab_count
    from labs l join members using (institution_id)
    where l.snapshot = $snapshot and in_filter($levels::varchar[], l.level)
    group by l.domain_id
),
capacity_totals as (
    select c.domain_id, sum(c.annual_capacity_batches) as annual_capacity_batches
    from capacity c join members using (institution_id)
    where c.snapshot = $snapshot
    group by c.domain_id
)
select d.domain_id, d.name_zh, d.name_en, i.qualification_count, i.institution_count,
       coalesce(l.lab_count, 0) as lab_count, coalesce(c.annual_capacity_batches, 0)::bigint as annual_capacity_batches
from items i
join domains d on d.domain_id = i.domain_id and d.snapshot = $snapshot
left join lab_counts l on l.domain_id = i.domain_id
left join capacity_totals c on c.domain_id = i.domain_id
order by i.qualification_count desc, d.domain_id
