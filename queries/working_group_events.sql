-- Milestones of the working groups in the chosen snapshot, newest first.
select e.date, e.kind, e.title_zh, e.title_en, e.working_group_id, g.name_zh as group_name_zh, g.name_en as group_name_en,
       e.qualification_delta
from events e
join working_groups g on g.working_group_id = e.working_group_id and g.snapshot = e.snapshot
where e.snapshot = $snapshot and in_filter($groups::varchar[], e.working_group_id)
order by e.date desc, e.event_id
