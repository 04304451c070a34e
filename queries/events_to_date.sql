-- Milestone events recorded in the chosen snapshot, oldest first.
select event_id, date, kind, title_zh, title_en, working_group_id, institution_id, area_id, qualification_delta
from events
where snapshot = $snapshot
order by date, event_id
