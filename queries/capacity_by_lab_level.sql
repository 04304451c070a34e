-- Per lab level: labs, and what the institutions hosting at least one such lab hold (items, staff, capacity).
with members as (
    select institution_id, technical_staff
    from scoped_institutions($snapshot, $areas::varchar[], $domains::varchar[], $groups::varchar[],
                             levels_ := $levels::varchar[])
),
scoped_labs as (
    select l.level, l.institution_id
    from labs l join members using (institution_id)
    where l.snapshot = $snapshot and in_filter($domains::varchar[], l.domain_id) and in_filter($levels::varchar[], l.level)
),
hosts as (
    select distinct level, institution_id from scoped_labs
),
items as (
    select institution_id, count(*) as qualification_count
    from qualifications where snapshot = $snapshot and in_filter($domains::varchar[], domain_id)
    group by institution_id
),
capacity_totals as (
    select institution_id, sum(annual_capacity_batches) as annual_capacity_batches
    from capacity where snapshot = $snapshot and in_filter($domains::varchar[], domain_id)
    group by institution_id
),
lab_counts as (
    select level, count(*) as lab_count from scoped_labs group by level
)
select h.level,
       any_value(lc.lab_count) as lab_count,
       count(*) as host_institution_count,
       sum(coalesce(i.qualification_count, 0))::bigint as host_qualification_count,
       sum(m.technical_staff)::bigint as host_technical_staff_count,
       sum(coalesce(c.annual_capacity_batches, 0))::bigint as host_annual_capacity_batches
from hosts h
join members m using (institution_id)
join lab_counts lc using (level)
left join items i using (institution_id)
left join capacity_totals c using (institution_id)
group by h.level
order by case h.level when 'national' then 1 when 'provincial' then 2 when 'municipal' then 3 else 4 end
