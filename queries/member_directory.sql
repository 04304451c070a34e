-- Member institutions matching the directory's filters and name search, with their headline figures, one page at a time.
-- Under a domain or lab-level filter, items and labs count only what the filter keeps, as every page's tables do.
-- Sorted and paged here, not in the browser: at national size a page is 100 of 50,000 members. $page_rows null
-- gives every match (the downloads); match_count is the number of matches whatever the page.
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
),
listed as (
    select m.institution_id, m.name_zh, m.name_en, m.area_id, a.name_zh as area_name_zh, a.name_en as area_name_en,
           m.ownership, m.technical_staff as technical_staff_count, m.assets_cny,
           coalesce(i.qualification_count, 0) as qualification_count, coalesce(l.lab_count, 0) as lab_count
    from members m
    join areas a on a.area_id = m.area_id and a.snapshot = $snapshot
    left join items i using (institution_id)
    left join lab_counts l using (institution_id)
)
select *, count(*) over () as match_count
from listed
-- $sort names the order ('items' by default); each other key is a separate expression, so the order stays typed.
order by case when $sort = 'name_zh' then name_zh collate zh end,  -- pinyin order
         case when $sort = 'name_en' then coalesce(name_en, name_zh) collate nocase end,
         case when $sort = 'labs' then lab_count end desc,
         case when $sort = 'staff' then technical_staff_count end desc,
         case when $sort = 'assets' then assets_cny end desc,
         qualification_count desc, institution_id
limit $page_rows offset $page_offset
