-- Each testing domain in the base snapshot and the chosen one: items, capacity, qualified members, experts, and the change.
with domain_list as (
    select domain_id, name_zh, name_en from domains
    where snapshot = $snapshot and in_filter($domains::varchar[], domain_id)
),
picked as (
    select unnest([$base::date, $snapshot::date]) as snapshot
),
members as (
    select snapshot, institution_id from institutions
    where snapshot in ($base::date, $snapshot::date) and in_filter($areas::varchar[], area_id)
),
item_totals as (
    -- Per-institution domain counts (alliance/derived.sql): one row per institution holding the domain.
    select d.snapshot, d.domain_id, sum(d.item_count) as qualification_count, count(*) as institution_count
    from institution_domain_items d join members m using (snapshot, institution_id)
    where d.snapshot in ($base::date, $snapshot::date)
    group by d.snapshot, d.domain_id
),
capacity_totals as (
    select c.snapshot, c.domain_id, sum(c.annual_capacity_batches) as annual_capacity_batches
    from capacity c join members m using (snapshot, institution_id)
    where c.snapshot in ($base::date, $snapshot::date)
    group by c.snapshot, c.domain_id
),
expert_totals as (
    select e.snapshot, e.domain_id, count(*) as expert_count
    from experts e join members m using (snapshot, institution_id)
    where e.snapshot in ($base::date, $snapshot::date)
    group by e.snapshot, e.domain_id
),
per_snapshot as (
    select d.domain_id, p.snapshot,
           coalesce(q.qualification_count, 0) as qualification_count,
           coalesce(q.institution_count, 0) as institution_count,
           coalesce(c.annual_capacity_batches, 0) as annual_capacity_batches,
           coalesce(e.expert_count, 0) as expert_count
    from domain_list d
    cross join picked p
    left join item_totals q on q.domain_id = d.domain_id and q.snapshot = p.snapshot
    left join capacity_totals c on c.domain_id = d.domain_id and c.snapshot = p.snapshot
    left join expert_totals e on e.domain_id = d.domain_id and e.snapshot = p.snapshot
),
base_values as (select * from per_snapshot where snapshot = $base::date),
now_values as (select * from per_snapshot where snapshot = $snapshot::date)
select d.domain_id, d.name_zh, d.name_en,
       b.qualification_count::bigint as qualification_count_base, n.qualification_count::bigint as qualification_count,
       (n.qualification_count - b.qualification_count)::bigint as qualification_count_change,
       b.institution_count::bigint as institution_count_base, n.institution_count::bigint as institution_count,
       (n.institution_count - b.institution_count)::bigint as institution_count_change,
       b.annual_capacity_batches::bigint as annual_capacity_batches_base,
       n.annual_capacity_batches::bigint as annual_capacity_batches,
       (n.annual_capacity_batches - b.annual_capacity_batches)::bigint as annual_capacity_batches_change,
       b.expert_count::bigint as expert_count_base, n.expert_count::bigint as expert_count,
       (n.expert_count - b.expert_count)::bigint as expert_count_change
from domain_list d
join base_values b using (domain_id)
join now_values n using (domain_id)
order by qualification_count_change desc, d.domain_id
