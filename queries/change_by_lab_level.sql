-- Labs per level in the base snapshot and the chosen one, and the change (filters: host's area, lab's domain).
with levels as (
    select level, ord from (values ('national', 1), ('provincial', 2), ('municipal', 3), ('other', 4)) v(level, ord)
),
scoped_labs as (
    select l.snapshot, l.level
    from labs l
    join institutions i on i.snapshot = l.snapshot and i.institution_id = l.institution_id
    where l.snapshot in ($base::date, $snapshot::date)
      and in_filter($areas::varchar[], i.area_id) and in_filter($domains::varchar[], l.domain_id)
),
counts as (
    select level,
           count(*) filter (where snapshot = $base::date) as lab_count_base,
           count(*) filter (where snapshot = $snapshot::date) as lab_count
    from scoped_labs
    group by level
)
select v.level,
       coalesce(c.lab_count_base, 0)::bigint as lab_count_base,
       coalesce(c.lab_count, 0)::bigint as lab_count,
       (coalesce(c.lab_count, 0) - coalesce(c.lab_count_base, 0))::bigint as lab_count_change
from levels v
left join counts c using (level)
order by v.ord
