-- The report's published figures as computed from the chosen snapshot, one row per figure.
with lead as (
    select institution_id from institutions where snapshot = $snapshot and is_lead
),
flowmeter as (
    select l.lab_id, l.level, i.name_zh as host_name_zh
    from labs l join institutions i on i.institution_id = l.institution_id and i.snapshot = l.snapshot
    where l.snapshot = $snapshot and l.name_zh = '辽宁省流量计产品质量检验中心'
),
one_stop as (
    select s.client_area_id, sum(s.batches) as batches
    from services s join lead on s.provider_institution_id = lead.institution_id
    where s.snapshot = $snapshot and s.client_area_id <> 'shenyang'
    group by s.client_area_id
),
top_clients as (
    select string_agg(client_area_id, ',' order by batches desc, client_area_id) as areas
    from (select * from one_stop order by batches desc, client_area_id limit 3)
),
figures as (
    select 'member_areas' as figure_id, (select count(*) from areas where snapshot = $snapshot)::bigint as value_num, null as value_text
    union all select 'total_assets', (select sum(assets_cny) from institutions where snapshot = $snapshot)::bigint, null
    union all select 'national_provincial_labs',
        (select count(*) from labs where snapshot = $snapshot and level in ('national', 'provincial'))::bigint, null
    union all select 'technical_staff', (select sum(technical_staff) from institutions where snapshot = $snapshot)::bigint, null
    union all select 'qualification_items', (select count(*) from qualifications where snapshot = $snapshot)::bigint, null
    union all select 'working_groups', (select count(*) from working_groups where snapshot = $snapshot
        and working_group_id in ('metrology', 'special_equipment', 'product_quality'))::bigint, null
    union all select 'flowmeter_items',
        (select count(*) from qualifications q join flowmeter f using (lab_id) where q.snapshot = $snapshot)::bigint,
        (select max(host_name_zh) from flowmeter)
    union all select 'one_stop_batches', (select sum(batches) from one_stop)::bigint, (select areas from top_clients)
    union all select 'special_equipment_hosted',
        (select count(*) from working_group_members m join institutions i using (institution_id, snapshot)
         where m.snapshot = $snapshot and m.working_group_id = 'special_equipment'
           and i.area_id in ('fushun', 'fuxin') and i.name_zh like '%特种设备监督检验所')::bigint, null
    union all select 'experts', (select count(*) from experts where snapshot = $snapshot)::bigint, null
    union all select 'governance_events',
        (select (bool_or(title_zh like '%联席会议制度%')::int + bool_or(title_zh like '%《联盟章程》%')::int
                 + bool_or(title_zh like '%《框架协议》%')::int)
         from events where snapshot = $snapshot and kind = 'governance')::bigint, null
)
select figure_id, value_num, value_text from figures
