-- Each area's headline measures in the base snapshot and the chosen one, and the change (filters: areas, domains).
with area_list as (
    select area_id, name_zh, name_en from areas
    where snapshot = $snapshot and in_filter($areas::varchar[], area_id)
),
picked as (
    select unnest([$base::date, $snapshot::date]) as snapshot
),
members as (
    select snapshot, institution_id, area_id, assets_cny, technical_staff
    from scoped_institutions($base::date, $areas::varchar[], $domains::varchar[], []::varchar[])
    union all
    select snapshot, institution_id, area_id, assets_cny, technical_staff
    from scoped_institutions($snapshot::date, $areas::varchar[], $domains::varchar[], []::varchar[])
),
member_totals as (
    select snapshot, area_id, count(*) as institution_count, sum(assets_cny) as assets_cny,
           sum(technical_staff) as technical_staff_count
    from members
    group by snapshot, area_id
),
item_totals as (
    -- Per-institution domain counts (alliance/derived.sql), not the items themselves.
    select d.snapshot, m.area_id, sum(d.item_count) as qualification_count
    from institution_domain_items d join members m using (snapshot, institution_id)
    where d.snapshot in ($base::date, $snapshot::date) and in_filter($domains::varchar[], d.domain_id)
    group by d.snapshot, m.area_id
),
lab_totals as (
    select l.snapshot, m.area_id, count(*) as national_provincial_lab_count
    from labs l join members m using (snapshot, institution_id)
    where l.snapshot in ($base::date, $snapshot::date) and l.level in ('national', 'provincial')
      and in_filter($domains::varchar[], l.domain_id)
    group by l.snapshot, m.area_id
),
expert_totals as (
    select e.snapshot, m.area_id, count(*) as expert_count
    from experts e join members m using (snapshot, institution_id)
    where e.snapshot in ($base::date, $snapshot::date) and in_filter($domains::varchar[], e.domain_id)
    group by e.snapshot, m.area_id
),
per_snapshot as (
    select a.area_id, p.snapshot,
           coalesce(q.qualification_count, 0) as qualification_count,
           coalesce(t.technical_staff_count, 0) as technical_staff_count,
           coalesce(t.assets_cny, 0) as assets_cny,
           coalesce(t.institution_count, 0) as institution_count,
           coalesce(l.national_provincial_lab_count, 0) as national_provincial_lab_count,
           coalesce(e.expert_count, 0) as expert_count
    from area_list a
    cross join picked p
    left join member_totals t on t.area_id = a.area_id and t.snapshot = p.snapshot
    left join item_totals q on q.area_id = a.area_id and q.snapshot = p.snapshot
    left join lab_totals l on l.area_id = a.area_id and l.snapshot = p.snapshot
    left join expert_totals e on e.area_id = a.area_id and e.snapshot = p.snapshot
),
base_values as (select * from per_snapshot where snapshot = $base::date),
now_values as (select * from per_snapshot where snapshot = $snapshot::date)
select a.area_id, a.name_zh, a.name_en,
       b.qualification_count::bigint as qualification_count_base, n.qualification_count::bigint as qualification_count,
       (n.qualification_count - b.qualification_count)::bigint as qualification_count_change,
       b.technical_staff_count::bigint as technical_staff_count_base,
       n.technical_staff_count::bigint as technical_staff_count,
       (n.technical_staff_count - b.technical_staff_count)::bigint as technical_staff_count_change,
       b.assets_cny::bigint as assets_cny_base, n.assets_cny::bigint as assets_cny,
       (n.assets_cny - b.assets_cny)::bigint as assets_cny_change,
       b.institution_count::bigint as institution_count_base, n.institution_count::bigint as institution_count,
       (n.institution_count - b.institution_count)::bigint as institution_count_change,
       b.national_provincial_lab_count::bigint as national_provincial_lab_count_base,
       n.national_provincial_lab_count::bigint as national_provincial_lab_count,
       (n.national_provincial_lab_count - b.national_provincial_lab_count)::bigint
           as national_provincial_lab_count_change,
       b.expert_count::bigint as expert_count_base, n.expert_count::bigint as expert_count,
       (n.expert_count - b.expert_count)::bigint as expert_count_change
from area_list a
join base_values b using (area_id)
join now_values n using (area_id)
order by qualification_count_change desc, a.area_id
