-- One institution's qualification items, labs and annual capacity per domain in the chosen snapshot.
with items as (
    select domain_id, count(*) as qualification_count from qualifications
    where snapshot = $snapshot and institution_id = $institution_id group by domain_id
),
lab_rows as (
    select domain_id, string_agg(name_zh, '、') as labs_zh, string_agg(name_en, '; ') as labs_en,
           string_agg(level, ',') as lab_levels
    from labs where snapshot = $snapshot and institution_id = $institution_id group by domain_id
),
cap as (
    select domain_id, annual_capacity_batches from capacity
    where snapshot = $snapshot and institution_id = $institution_id
)
select d.domain_id, d.name_zh, d.name_en, i.qualification_count,
       coalesce(c.annual_capacity_batches, 0)::bigint as annual_capacity_batches, l.labs_zh, l.labs_en
from items i
join domains d on d.domain_id = i.domain_id and d.snapshot = $snapshot
left join cap c on c.domain_id = i.domain_id
left join lab_rows l on l.domain_id = i.domain_id
order by i.qualification_count desc, d.domain_id
