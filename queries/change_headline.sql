-- The headline measures in the base snapshot and the chosen one, one row per measure (filters: areas, domains).
with members as (
    select snapshot, institution_id, assets_cny, technical_staff
    from scoped_institutions($base::date, $areas::varchar[], $domains::varchar[], []::varchar[])
    union all
    select snapshot, institution_id, assets_cny, technical_staff
    from scoped_institutions($snapshot::date, $areas::varchar[], $domains::varchar[], []::varchar[])
),
per_snapshot as (
    select p.snapshot,
           (select coalesce(sum(assets_cny), 0) from members m where m.snapshot = p.snapshot) as assets_cny,
           (select coalesce(sum(technical_staff), 0) from members m where m.snapshot = p.snapshot)
               as technical_staff_count,
           (select count(*) from members m where m.snapshot = p.snapshot) as institution_count,
           (select count(*) from qualifications q join members m using (snapshot, institution_id)
            where q.snapshot = p.snapshot and in_filter($domains::varchar[], q.domain_id)) as qualification_count,
           (select count(*) from labs l join members m using (snapshot, institution_id)
            where l.snapshot = p.snapshot and l.level in ('national', 'provincial')
              and in_filter($domains::varchar[], l.domain_id)) as national_provincial_lab_count,
           (select count(*) from experts e join members m using (snapshot, institution_id)
            where e.snapshot = p.snapshot and in_filter($domains::varchar[], e.domain_id)) as expert_count,
           (select coalesce(sum(s.batches), 0) from services s
            join members m on m.snapshot = s.snapshot and m.institution_id = s.provider_institution_id
            where s.snapshot = p.snapshot and in_filter($domains::varchar[], s.domain_id)) as service_batches
    from (select unnest([$base::date, $snapshot::date]) as snapshot) p
),
long as (
    unpivot per_snapshot on assets_cny, national_provincial_lab_count, technical_staff_count, qualification_count,
        institution_count, expert_count, service_batches into name measure value value
)
select measure,
       max(value) filter (where snapshot = $base::date)::bigint as value_base,
       max(value) filter (where snapshot = $snapshot::date)::bigint as value,
       (max(value) filter (where snapshot = $snapshot::date) - max(value) filter (where snapshot = $base::date))::bigint
           as change
from long
group by measure
order by list_position(['assets_cny', 'national_provincial_lab_count', 'technical_staff_count', 'qualification_count',
                        'institution_count', 'expert_count', 'service_batches'], measure)
