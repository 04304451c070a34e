-- Every capacity measure per member area in the chosen snapshot and filters, with normalised measures.
with area_list as (
    select area_id, name_zh, name_en, kind, population, enterprises, lon, lat
    from areas where snapshot = $snapshot and in_filter($areas::varchar[], area_id)
),
members as (
    select institution_id, area_id, assets_cny, technical_staff, senior_staff
    from scoped_institutions($snapshot, $areas::varchar[], $domains::varchar[], $groups::varchar[],
                             levels_ := $levels::varchar[])
),
member_totals as (
    select area_id,
           count(*) as institution_count,
           sum(technical_staff) as technical_staff_count,
           sum(senior_staff) as senior_staff_count,
           sum(assets_cny) as assets_cny
    from members group by area_id
),
qualification_totals as (
    -- Per-institution domain counts (alliance/derived.sql), not the items themselves.
    select m.area_id, sum(d.item_count)::bigint as qualification_count
    from institution_domain_items d join members m using (institution_id)
    where d.snapshot = $snapshot and in_filter($domains::varchar[], d.domain_id)
    group by m.area_id
),
lab_totals as (
    select m.area_id,
           count(*) filter (where l.level = 'national') as national_lab_count,
           count(*) filter (where l.level = 'provincial') as provincial_lab_count,
           count(*) filter (where l.level = 'municipal') as municipal_lab_count,
           count(*) filter (where l.level = 'other') as other_lab_count
    from labs l join members m using (institution_id)
    where l.snapshot = $snapshot and in_filter($domains::varchar[], l.domain_id)
      and in_filter($levels::varchar[], l.level)
    group by m.area_id
),
capacity_totals as (
    select m.area_id, sum(c.annual_capacity_batches) as annual_capacity_batches
    from capacity c join members m using (institution_id)
    where c.snapshot = $snapshot and in_filter($domains::varchar[], c.domain_id)
    group by m.area_id
),
expert_totals as (
    select m.area_id, count(*) as expert_count
    from experts e join members m using (institution_id)
    where e.snapshot = $snapshot and in_filter($domains::varchar[], e.domain_id)
    group by m.area_id
),
service_totals as (
    select m.area_id, sum(s.batches) as service_batches_delivered
    from services s join members m on m.institution_id = s.provider_institution_id
    where s.snapshot = $snapshot and in_filter($domains::varchar[], s.domain_id)
    group by m.area_id
)
select a.area_id, a.name_zh, a.name_en, a.kind, a.lon, a.lat, a.population, a.enterprises,
       coalesce(t.institution_count, 0) as institution_count,
       coalesce(t.technical_staff_count, 0)::bigint as technical_staff_count,
       coalesce(t.senior_staff_count, 0)::bigint as senior_staff_count,
       coalesce(t.assets_cny, 0)::bigint as assets_cny,
       coalesce(q.qualification_count, 0) as qualification_count,
       coalesce(l.national_lab_count, 0) as national_lab_count,
       coalesce(l.provincial_lab_count, 0) as provincial_lab_count,
       coalesce(l.municipal_lab_count, 0) as municipal_lab_count,
       coalesce(l.other_lab_count, 0) as other_lab_count,
       coalesce(c.annual_capacity_batches, 0)::bigint as annual_capacity_batches,
       coalesce(e.expert_count, 0) as expert_count,
       coalesce(s.service_batches_delivered, 0)::bigint as service_batches_delivered,
       coalesce(q.qualification_count, 0) * 10000.0 / nullif(a.population, 0) as items_per_10k_residents,
       coalesce(t.technical_staff_count, 0) * 100.0 / nullif(a.enterprises, 0) as staff_per_100_enterprises,
       t.assets_cny * 1.0 / nullif(t.technical_staff_count, 0) as assets_per_staff_cny
from area_list a
left join member_totals t using (area_id)
left join qualification_totals q using (area_id)
left join lab_totals l using (area_id)
left join capacity_totals c using (area_id)
left join expert_totals e using (area_id)
left join service_totals s using (area_id)
order by qualification_count desc, a.area_id
