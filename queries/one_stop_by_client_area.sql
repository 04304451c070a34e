-- The lead institution's batches to areas other than Shenyang, all records to the snapshot (the report's "200余批次").
with lead as (
    select institution_id from institutions where snapshot = $snapshot and is_lead
)
select s.client_area_id, a.name_zh, a.name_en, sum(s.batches)::bigint as batches,
       sum(s.batches) filter (where s.channel = 'one_stop')::bigint as one_stop_batches
from services s
join lead on s.provider_institution_id = lead.institution_id
join areas a on a.area_id = s.client_area_id and a.snapshot = s.snapshot
where s.snapshot = $snapshot and s.client_area_id <> 'shenyang'
group by all
order by batches desc, s.client_area_id
