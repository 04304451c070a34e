-- Each working group in the base snapshot and the chosen one: members and their items in the group's domains.
with group_list as (
    select working_group_id, name_zh, name_en from working_groups where snapshot = $snapshot
),
members as (
    select w.snapshot, w.working_group_id, w.institution_id
    from working_group_members w
    join institutions i on i.snapshot = w.snapshot and i.institution_id = w.institution_id
    where w.snapshot in ($base::date, $snapshot::date) and in_filter($areas::varchar[], i.area_id)
),
group_domains as (
    select snapshot, working_group_id, domain_id from domains
    where snapshot in ($base::date, $snapshot::date) and working_group_id is not null
      and in_filter($domains::varchar[], domain_id)
),
member_totals as (
    select snapshot, working_group_id, count(*) as member_count from members group by snapshot, working_group_id
),
item_totals as (
    select q.snapshot, m.working_group_id, count(*) as qualification_count
    from qualifications q
    join members m on m.snapshot = q.snapshot and m.institution_id = q.institution_id
    join group_domains d on d.snapshot = q.snapshot and d.working_group_id = m.working_group_id
        and d.domain_id = q.domain_id
    where q.snapshot in ($base::date, $snapshot::date)
    group by q.snapshot, m.working_group_id
)
select g.working_group_id, g.name_zh, g.name_en,
       coalesce(mb.member_count, 0)::bigint as member_count_base,
       coalesce(mn.member_count, 0)::bigint as member_count,
       (coalesce(mn.member_count, 0) - coalesce(mb.member_count, 0))::bigint as member_count_change,
       coalesce(qb.qualification_count, 0)::bigint as qualification_count_base,
       coalesce(qn.qualification_count, 0)::bigint as qualification_count,
       (coalesce(qn.qualification_count, 0) - coalesce(qb.qualification_count, 0))::bigint
           as qualification_count_change
from group_list g
left join member_totals mb on mb.working_group_id = g.working_group_id and mb.snapshot = $base::date
left join member_totals mn on mn.working_group_id = g.working_group_id and mn.snapshot = $snapshot::date
left join item_totals qb on qb.working_group_id = g.working_group_id and qb.snapshot = $base::date
left join item_totals qn on qn.working_group_id = g.working_group_id and qn.snapshot = $snapshot::date
order by g.working_group_id
