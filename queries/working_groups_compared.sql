-- Each working group side by side: lead, members, areas and domains covered, and its members' capability in its domains.
with members as (
    select institution_id, area_id, technical_staff
    from scoped_institutions($snapshot, $areas::varchar[], $domains::varchar[], $groups::varchar[])
),
group_list as (
    select g.working_group_id, g.name_zh, g.name_en, g.founded_on, l.name_zh as lead_name_zh, l.name_en as lead_name_en
    from working_groups g
    left join institutions l on l.institution_id = g.lead_institution_id and l.snapshot = g.snapshot
    where g.snapshot = $snapshot and in_filter($groups::varchar[], g.working_group_id)
),
membership as (
    select w.working_group_id, w.institution_id, m.area_id, m.technical_staff
    from working_group_members w join members m using (institution_id)
    where w.snapshot = $snapshot
),
group_domains as (
    select working_group_id, domain_id from domains
    where snapshot = $snapshot and working_group_id is not null and in_filter($domains::varchar[], domain_id)
),
member_totals as (
    select working_group_id, count(*) as member_count, count(distinct area_id) as area_count,
           sum(technical_staff) as technical_staff_count
    from membership group by working_group_id
),
items as (
    select ms.working_group_id, count(*) as qualification_count
    from qualifications q
    join membership ms using (institution_id)
    join group_domains gd on gd.working_group_id = ms.working_group_id and gd.domain_id = q.domain_id
    where q.snapshot = $snapshot
    group by ms.working_group_id
),
capacity_totals as (
    select ms.working_group_id, sum(c.annual_capacity_batches) as annual_capacity_batches
    from capacity c
    join membership ms using (institution_id)
    join group_domains gd on gd.working_group_id = ms.working_group_id and gd.domain_id = c.domain_id
    where c.snapshot = $snapshot
    group by ms.working_group_id
),
service_totals as (
    select ms.working_group_id, sum(s.batches) as service_batches_4q
    from services s
    join membership ms on ms.institution_id = s.provider_institution_id
    join group_domains gd on gd.working_group_id = ms.working_group_id and gd.domain_id = s.domain_id
    where s.snapshot = $snapshot and s.month > $snapshot - interval 12 month
    group by ms.working_group_id
),
domain_counts as (
    select working_group_id, count(*) as domain_count from group_domains group by working_group_id
),
event_counts as (
    select working_group_id, count(*) as event_count from events where snapshot = $snapshot group by working_group_id
)
select g.working_group_id, g.name_zh, g.name_en, g.founded_on, g.lead_name_zh, g.lead_name_en,
       coalesce(t.member_count, 0) as member_count, coalesce(t.area_count, 0) as area_count,
       coalesce(dc.domain_count, 0) as domain_count,
       coalesce(i.qualification_count, 0) as qualification_count,
       coalesce(t.technical_staff_count, 0)::bigint as technical_staff_count,
       coalesce(c.annual_capacity_batches, 0)::bigint as annual_capacity_batches,
       coalesce(s.service_batches_4q, 0)::bigint as service_batches_4q,
       coalesce(e.event_count, 0) as event_count
from group_list g
left join member_totals t using (working_group_id)
left join domain_counts dc using (working_group_id)
left join items i using (working_group_id)
left join capacity_totals c using (working_group_id)
left join service_totals s using (working_group_id)
left join event_counts e using (working_group_id)
order by g.founded_on, g.working_group_id
