-- Headline alliance measures for every served snapshot, oldest first; the overview compares consecutive rows.
with institution_totals as (
    select snapshot,
           count(*) as institution_count,
           sum(assets_cny) as assets_cny,
           sum(technical_staff) as technical_staff_count,
           sum(senior_staff) as senior_staff_count
    from institutions
    group by snapshot
),
lab_totals as (
    select snapshot,
           count(*) filter (where level in ('national', 'provincial')) as national_provincial_lab_count,
           count(*) filter (where level = 'national') as national_lab_count,
           count(*) filter (where level = 'provincial') as provincial_lab_count,
           count(*) as lab_count
    from labs
    group by snapshot
),
qualification_totals as (
    select snapshot, count(*) as qualification_count from qualifications group by snapshot
),
area_totals as (
    select snapshot, count(*) as area_count from areas group by snapshot
),
group_totals as (
    select snapshot, count(*) as working_group_count from working_groups group by snapshot
),
expert_totals as (
    select snapshot, count(*) as expert_count from experts group by snapshot
),
service_totals as (
    select snapshot, sum(batches) as service_batches from services group by snapshot
),
snapshots as (
    select distinct snapshot from areas
)
select s.snapshot,
       coalesce(i.assets_cny, 0)::bigint as assets_cny,
       coalesce(l.national_provincial_lab_count, 0) as national_provincial_lab_count,
       coalesce(l.national_lab_count, 0) as national_lab_count,
       coalesce(l.provincial_lab_count, 0) as provincial_lab_count,
       coalesce(l.lab_count, 0) as lab_count,
       coalesce(i.technical_staff_count, 0)::bigint as technical_staff_count,
       coalesce(i.senior_staff_count, 0)::bigint as senior_staff_count,
       coalesce(q.qualification_count, 0) as qualification_count,
       coalesce(i.institution_count, 0) as institution_count,
       coalesce(a.area_count, 0) as area_count,
       coalesce(g.working_group_count, 0) as working_group_count,
       coalesce(e.expert_count, 0) as expert_count,
       coalesce(v.service_batches, 0)::bigint as service_batches
from snapshots s
left join institution_totals i using (snapshot)
left join lab_totals l using (snapshot)
left join qualification_totals q using (snapshot)
left join area_totals a using (snapshot)
left join group_totals g using (snapshot)
left join expert_totals e using (snapshot)
left join service_totals v using (snapshot)
order by s.snapshot
