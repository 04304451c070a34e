-- Recognised labs and centres in the chosen snapshot and filters, with host, area, domain, level and date.
with members as (
    select institution_id, name_zh, name_en, area_id
    from scoped_institutions($snapshot, $areas::varchar[], $domains::varchar[], $groups::varchar[],
                             levels_ := $levels::varchar[])
)
select l.lab_id, l.name_zh, l.name_en, l.level, l.recognized_on,
       m.institution_id, m.name_zh as host_name_zh, m.name_en as host_name_en,
       m.area_id, a.name_zh as area_name_zh, a.name_en as area_name_en,
       l.domain_id, d.name_zh as domain_name_zh, d.name_en as domain_name_en
from labs l
join members m using (institution_id)
join areas a on a.area_id = m.area_id and a.snapshot = l.snapshot
join domains d on d.domain_id = l.domain_id and d.snapshot = l.snapshot
where l.snapshot = $snapshot and in_filter($domains::varchar[], l.domain_id) and in_filter($levels::varchar[], l.level)
order by case l.level when 'national' then 1 when 'provincial' then 2 when 'municipal' then 3 else 4 end,
         l.recognized_on, l.lab_id
