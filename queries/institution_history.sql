-- One institution's qualification items, technical staff and assets in every snapshot it appears in, up to the chosen one.
with items as (
    select snapshot, count(*) as qualification_count from qualifications
    where institution_id = $institution_id and snapshot <= $snapshot group by snapshot
)
select i.snapshot, coalesce(q.qualification_count, 0) as qualification_count,
       i.technical_staff as technical_staff_count, i.assets_cny
from institutions i left join items q using (snapshot)
where i.institution_id = $institution_id and i.snapshot <= $snapshot
order by i.snapshot
