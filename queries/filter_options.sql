-- The values the capacity filters offer in the chosen snapshot: areas, domains and working groups with names.
select 'areas' as kind, area_id as id, name_zh, name_en, 1 as sort_group from areas where snapshot = $snapshot
union all
select 'domains', domain_id, name_zh, name_en, 2 from domains where snapshot = $snapshot
union all
select 'groups', working_group_id, name_zh, name_en, 3 from working_groups where snapshot = $snapshot
order by sort_group, id
