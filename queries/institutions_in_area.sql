-- Member institutions of one area in the chosen snapshot and filters, with what each holds.
with members as (
    select * from scoped_institutions($snapshot, [$area_id]::varchar[], $domains::varchar[], $groups::varchar[],
                             levels_ := $levels::varchar[])
),
items as (
    select institution_id, count(*) as qualification_count, count(distinct domain_id) as domain_count
    from qualifications
    where snapshot = $snapshot and in_filter($domains::varchar[], domain_id)
    group by institution_id
),
lab_counts as (
    select institution_id, count(*) as lab_count,
           count(*) filter (where level in ('national', 'provincial')) as national_provincial_lab_count
    from labs
    where snapshot = $snapshot and in_filter($domains::varchar[], domain_id) and in_filter($levels::varchar[], level)
    group by institution_id
),
capacity_totals as (
    select institution_id, sum(annual_capacity_batches) as annual_capacity_batches
    from capacity where snapshot = $snapshot and in_filter($domains::varchar[], domain_id)
    group by institution_id
),
group_lists as (
    select m.institution_id, string_agg(g.name_zh, '、' order by g.working_group_id) as groups_zh,
           string_agg(g.name_en, '; ' order by g.working_group_id) as groups_en
    from working_group_members m join working_groups g using (working_group_id, snapshot)
    where m.snapshot = $snapshot
    group by m.institution_id
)
select m.institution_id, m.name_zh, m.name_en, m.ownership, m.is_lead, m.joined_on,
       m.technical_staff as technical_staff_count, m.senior_staff as senior_staff_count, m.assets_cny,
       coalesce(i.qualification_count, 0) as qualification_count, coalesce(i.domain_count, 0) as domain_count,
       coalesce(l.lab_count, 0) as lab_count, coalesce(l.national_provincial_lab_count, 0) as national_provincial_lab_count,
       coalesce(c.annual_capacity_batches, 0)::bigint as annual_capacity_batches,
       g.groups_zh, g.groups_en
from members m
left join items i using (institution_id)
left join lab_counts l using (institution_id)
left join capacity_totals c using (institution_id)
left join group_lists g using (institution_id)
order by qualification_count desc, m.institution_id
