-- Milestones after the base snapshot up to the chosen one, oldest first.
select event_id, date, kind, title_zh, title_en, working_group_id, institution_id, area_id, qualification_delta
from events
where snapshot = $snapshot::date and date > $base::date and date <= $snapshot::date
order by date, event_id
