-- Institutions, labs and experts present in one of the two snapshots and not the other, by name.
with inst as (
    select snapshot, institution_id as entity_id, name_zh, name_en, area_id, null::varchar as detail
    from institutions where snapshot in ($base::date, $snapshot::date)
),
lab as (
    select l.snapshot, l.lab_id as entity_id, l.name_zh, l.name_en, i.area_id, l.level as detail
    from labs l join institutions i on i.snapshot = l.snapshot and i.institution_id = l.institution_id
    where l.snapshot in ($base::date, $snapshot::date) and in_filter($domains::varchar[], l.domain_id)
),
expert as (
    select e.snapshot, e.expert_id as entity_id, e.name_zh, e.name_en, i.area_id, i.name_zh as detail
    from experts e join institutions i on i.snapshot = e.snapshot and i.institution_id = e.institution_id
    where e.snapshot in ($base::date, $snapshot::date) and in_filter($domains::varchar[], e.domain_id)
),
everything as (
    select 'institution' as kind, * from inst
    union all select 'lab' as kind, * from lab
    union all select 'expert' as kind, * from expert
),
scoped as (
    select * from everything where in_filter($areas::varchar[], area_id)
),
base_rows as (select * from scoped where snapshot = $base::date),
now_rows as (select * from scoped where snapshot = $snapshot::date)
select n.kind, 'added' as change, n.entity_id, n.name_zh, n.name_en, n.area_id, n.detail
from now_rows n anti join base_rows b using (kind, entity_id)
union all
select b.kind, 'removed' as change, b.entity_id, b.name_zh, b.name_en, b.area_id, b.detail
from base_rows b anti join now_rows n using (kind, entity_id)
order by kind, change, entity_id
