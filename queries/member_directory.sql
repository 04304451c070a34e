-- Member institutions matching the directory's filters and name search, with their headline figures.
-- Under a domain or lab-level filter, items and labs count only what the filter keeps, as every page's tables do.
with members as (
    select * from scoped_institutions($snapshot, $areas::varchar[], $domains::varchar[], $groups::varchar[],
                             levels_ := $levels::varchar[])
    where in_filter($ownership::varchar[], ownership)
      and ($search = '' or contains(lower(name_zh), lower($search)) or contains(lower(coalesce(name_en, '')), lower($search)))
),
items as (
    select institution_id, count(*) as qualification_count from qualifications
    where snapshot = $snapshot and in_filter($domains::varchar[], domain_id)
    group by institution_id
),
lab_counts as (
    select institution_id, count(*) as lab_count from labs
    where snapshot = $snapshot and in_filter($domains::varchar[], domain_id) and in_filter($levels::varchar[], level)
    group by institution_id
)
select m.institution_id, m.name_zh, m.name_en, m.area_id, a.name_zh as area_name_zh, a.name_en as area_name_en,
       m.ownership, m.technical_staff as technical_staff_count, m.assets_cny,
       coalesce(i.qualification_count, 0) as qualification_count, coalesce(l.lab_count, 0) as lab_count
from members m
join areas a on a.area_id = m.area_id and a.snapshot = $snapshot
left join items i using (institution_id)
left join lab_counts l using (institution_id)
order by qualification_count desc, m.institution_id
