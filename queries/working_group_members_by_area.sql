-- Members of each working group per area, in the chosen snapshot and filters.
with members as (
    select institution_id, area_id
    from scoped_institutions($snapshot, $areas::varchar[], $domains::varchar[], $groups::varchar[])
)
select w.working_group_id, g.name_zh as group_name_zh, g.name_en as group_name_en,
       m.area_id, a.name_zh as area_name_zh, a.name_en as area_name_en, count(*) as member_count
from working_group_members w
join members m using (institution_id)
join working_groups g on g.working_group_id = w.working_group_id and g.snapshot = w.snapshot
join areas a on a.area_id = m.area_id and a.snapshot = w.snapshot
where w.snapshot = $snapshot and in_filter($groups::varchar[], w.working_group_id)
group by all
order by w.working_group_id, m.area_id
