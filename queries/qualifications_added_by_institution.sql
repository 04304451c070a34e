-- Items added since the base snapshot, by institution, domain and lab, largest first (the flowmeter centre's +1,052).
with base_ids as (
    select qualification_id from qualifications where snapshot = $base::date
),
added as (
    select q.institution_id, q.domain_id, q.lab_id, count(*) as added_count
    from qualifications q anti join base_ids b using (qualification_id)
    where q.snapshot = $snapshot::date and in_filter($domains::varchar[], q.domain_id)
    group by q.institution_id, q.domain_id, q.lab_id
)
select a.institution_id, i.name_zh, i.name_en, i.area_id,
       a.domain_id, d.name_zh as domain_name_zh, d.name_en as domain_name_en,
       a.lab_id, l.name_zh as lab_name_zh, l.name_en as lab_name_en,
       a.added_count::bigint as added_count
from added a
join institutions i on i.snapshot = $snapshot::date and i.institution_id = a.institution_id
join domains d on d.snapshot = $snapshot::date and d.domain_id = a.domain_id
left join labs l on l.snapshot = $snapshot::date and l.lab_id = a.lab_id
where in_filter($areas::varchar[], i.area_id)
order by a.added_count desc, a.institution_id, a.domain_id, a.lab_id
