-- Member institutions of one area in the chosen snapshot and filters, with what each holds.
with members as (
    select * from scoped_institutions($snapshot, [$area_id]::varchar[], $domains::varchar[], $groups::varchar[],
                             levels_ := $levels::varchar[])
),
-- Each step joins the area's members first, so it aggregates only their rows, not the whole snapshot's.
items as (
    -- Per-institution domain counts (alliance/derived.sql): one row per domain an institution holds.
    select d.institution_id, sum(d.item_count)::bigint as qualification_count, count(*) as domain_count
    from institution_domain_items d semi join members m on m.institution_id = d.institution_id
    where d.snapshot = $snapshot and in_filter($domains::varchar[], d.domain_id)
    group by d.institution_id
),
lab_counts as (
    select l.institution_id, count(*) as lab_count,
           count(*) filter (where l.level in ('national', 'provincial')) as national_provincial_lab_count
    from labs l semi join members m on m.institution_id = l.institution_id
    where l.snapshot = $snapshot and in_filter($domains::varchar[], l.domain_id)
      and in_filter($levels::varchar[], l.level)
    group by l.institution_id
),
capacity_totals as (
    select c.institution_id, sum(c.annual_capacity_batches) as annual_capacity_batches
    from capacity c semi join members m on m.institution_id = c.institution_id
    where c.snapshot = $snapshot and in_filter($domains::varchar[], c.domain_id)
    group by c.institution_id
),
group_lists as (
    select m.institution_id, string_agg(g.name_zh, '、' order by g.working_group_id) as groups_zh,
           string_agg(g.name_en, '; ' order by g.working_group_id) as groups_en
    from working_group_members m join working_groups g using (working_group_id, snapshot)
    semi join members using (institution_id)
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
