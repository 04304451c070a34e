-- Recognised labs counted by level and area (and by level and domain), in the chosen snapshot and filters.
with members as (
    select institution_id, area_id
    from scoped_institutions($snapshot, $areas::varchar[], $domains::varchar[], $groups::varchar[],
                             levels_ := $levels::varchar[])
),
scoped_labs as (
    select l.level, m.area_id, l.domain_id
    from labs l join members m using (institution_id)
    where l.snapshot = $snapshot and in_filter($domains::varchar[], l.domain_id) and in_filter($levels::varchar[], l.level)
)
select 'area' as by_kind, s.area_id as by_id, a.name_zh, a.name_en, s.level, count(*) as lab_count
from scoped_labs s join areas a on a.area_id = s.area_id and a.snapshot = $snapshot
group by all
union all
select 'domain', s.domain_id, d.name_zh, d.name_en, s.level, count(*)
from scoped_labs s join domains d on d.domain_id = s.domain_id and d.snapshot = $snapshot
group by all
order by by_kind, by_id, level
