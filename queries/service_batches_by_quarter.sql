-- Cross-area service batches per quarter and channel, every quarter recorded in the chosen snapshot.
with members as (
    select institution_id, area_id from institutions where snapshot = $snapshot
)
select date_trunc('quarter', s.month)::date as quarter, s.channel, sum(s.batches)::bigint as batches
from services s join members m on m.institution_id = s.provider_institution_id
where s.snapshot = $snapshot and m.area_id <> s.client_area_id
group by all
order by quarter, s.channel
