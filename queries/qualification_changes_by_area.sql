-- Qualification items added and withdrawn between the base snapshot and the chosen one, per area (the waterfall).
with area_list as (
    select area_id, name_zh, name_en from areas
    where snapshot = $snapshot and in_filter($areas::varchar[], area_id)
),
items as (
    select q.snapshot, q.qualification_id, i.area_id
    from qualifications q
    join institutions i on i.snapshot = q.snapshot and i.institution_id = q.institution_id
    where q.snapshot in ($base::date, $snapshot::date) and in_filter($domains::varchar[], q.domain_id)
),
base_items as (select qualification_id, area_id from items where snapshot = $base::date),
now_items as (select qualification_id, area_id from items where snapshot = $snapshot::date),
added as (
    select n.area_id, count(*) as added_count
    from now_items n anti join base_items b using (qualification_id)
    group by n.area_id
),
withdrawn as (
    select b.area_id, count(*) as withdrawn_count
    from base_items b anti join now_items n using (qualification_id)
    group by b.area_id
),
base_totals as (select area_id, count(*) as n from base_items group by area_id),
now_totals as (select area_id, count(*) as n from now_items group by area_id)
select a.area_id, a.name_zh, a.name_en,
       coalesce(bt.n, 0)::bigint as qualification_count_base,
       coalesce(ad.added_count, 0)::bigint as added_count,
       coalesce(wd.withdrawn_count, 0)::bigint as withdrawn_count,
       coalesce(nt.n, 0)::bigint as qualification_count
from area_list a
left join base_totals bt using (area_id)
left join now_totals nt using (area_id)
left join added ad using (area_id)
left join withdrawn wd using (area_id)
order by (coalesce(ad.added_count, 0) - coalesce(wd.withdrawn_count, 0)) desc, a.area_id
