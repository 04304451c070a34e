-- Reference for tests only: the capability search straight over every item, without its index. The test registers
-- ref_stems (text -> its English stems, by its own stemmer) and ref_classes (the parameter classes file as read by pandas).
with typed as (
    -- What was typed: a code's key (family letters + number, no year) and year, a family alone, the words.
    select case when $code_has_year then left($code, length($code) - 4) else $code end as code_key,
           case when $code_has_year then right($code, 4) else '' end as code_year,
           case when $code <> '' and not regexp_matches($code, '[0-9]') then $code
                else upper(regexp_replace($text, '\s', '', 'g')) end as family,
           list_filter(string_split($text, ' '), lambda w: w <> '') as words,
           $word_stems::varchar[] as word_stems, $text_stems::varchar[] as text_stems
),
codes as (
    -- Each distinct standard code once, split as family / number / year: 'GB/T 228.1-2021' -> GBT, 228.1, 2021.
    select standard_code, regexp_extract(upper(trim(standard_code)),
               '^([A-Z]+(?: */ *[A-Z]+)?) *([A-Z]*[0-9][0-9.]*)(?: *[-‐–—] *([0-9][0-9][0-9][0-9]))?$',
               ['family', 'number', 'year']) as p
    from (select distinct standard_code from qualifications where snapshot = $snapshot and standard_code is not null)
),
code_keys as (
    select standard_code, p.year,
           -- A code not shaped like a standard's (中国药典2020年版) has the text before its first digit as family.
           case when p.family <> '' then regexp_replace(p.family, '[^A-Z]', '', 'g')
                else regexp_replace(regexp_extract(upper(standard_code), '^[^0-9]*'), '\s', '', 'g') end as family,
           regexp_replace(p.family, '[^A-Z]', '', 'g') || regexp_replace(p.number, '[^A-Z0-9.]', '', 'g') as code_key
    from codes
),
code_hits as (
    -- 1: the whole code; 2: a part of it (GB 5009 -> GB 5009.12, never GB 50090); 3: its family alone.
    select c.standard_code,
           case when t.code_key <> '' and c.code_key = t.code_key then 1
                when c.family = t.family then 3 else 2 end as match_rank
    from code_keys c, typed t
    where (t.code_key <> '' and c.code_key <> '' and (t.code_year = '' or c.year = t.code_year)
           and (c.code_key = t.code_key or starts_with(c.code_key, t.code_key || '.')))
       or (t.family <> '' and c.family = t.family)
),
name_hits as (
    -- 4: every typed word is in the item's Chinese name, or every one in its English name (product · parameter),
    -- case ignored. Distinct names are matched, not rows.
    select item_zh as item, 4 as match_rank
    from (select distinct item_zh from qualifications where snapshot = $snapshot and $text <> '') n, typed t
    where len(t.words) > 0 and list_bool_and(list_transform(t.words, lambda w: contains(lower(n.item_zh), w)))
),
name_en_hits as (
    select item_en as item, 4 as match_rank
    from (select distinct item_en, s.stems from qualifications left join ref_stems s on s.text = item_en
          where snapshot = $snapshot and $text <> '') n, typed t
    where len(t.words) > 0 and list_bool_and(list_transform(range(1, len(t.words) + 1), lambda i:
              contains(lower(n.item_en), t.words[i])
              or (t.word_stems[i] <> '' and list_contains(coalesce(n.stems, []), t.word_stems[i]))))
),
class_terms as (
    select class_id, unnest(list_concat([lower(class_zh), lower(class_en)], string_split(lower(class_aliases), '|')))
           as term
    from ref_classes
),
class_hits as (
    select distinct c.class_id
    from class_terms c, typed t
    left join ref_stems s on s.text = c.term
    where $text <> '' and c.term <> '' and (c.term = $text or (len(t.text_stems) > 0 and s.stems = t.text_stems))
),
class_items as (
    -- Items whose parameter (after the last ' · ') is a member of a typed class, or a member and a bracket.
    select distinct q.item_zh, q.item_en, q.domain_id, 5 as match_rank
    from (select distinct item_zh, item_en, domain_id, regexp_extract(item_zh, '^.* · (.*)$', 1) as p_zh,
                 lower(regexp_extract(item_en, '^.* · (.*)$', 1)) as p_en
          from qualifications where snapshot = $snapshot) q
    join ref_classes m on m.class_id in (select class_id from class_hits)
     and ((m.parameter_zh <> '' and (q.p_zh = m.parameter_zh or starts_with(q.p_zh, m.parameter_zh || '(')))
          or (m.parameter_en <> '' and (q.p_en = lower(m.parameter_en)
                                        or starts_with(q.p_en, lower(m.parameter_en) || ' ('))))
     and (m.domain_ids = '' or list_contains(string_split(m.domain_ids, '|'), q.domain_id))
),
domain_terms as (
    -- A domain's names and their parts: 'Mining, metallurgy and materials' -> mining / metallurgy / materials.
    select domain_id, unnest(list_concat([lower(name_zh), lower(name_en)],
               regexp_split_to_array(lower(coalesce(name_zh, '')), '\s*(?:/|、|,|，|;|；|\(|\)|（|）|\band\b|与|及)\s*'),
               regexp_split_to_array(lower(coalesce(name_en, '')), '\s*(?:/|、|,|，|;|；|\(|\)|（|）|\band\b|与|及)\s*')))
               as term
    from domains where snapshot = $snapshot
),
domain_hits as (
    -- 6: the text is a domain's name or begins one of its parts, in whole words ('metrology', 'medical devices'),
    -- English also by stems; Chinese text of two characters or more may stand anywhere in the name.
    select distinct d.domain_id, 6 as match_rank
    from domain_terms d, typed t
    left join ref_stems s on s.text = d.term
    where $text <> '' and (d.term = $text or starts_with(d.term, $text || ' ')
          or (len(t.text_stems) > 0 and s.stems[1:len(t.text_stems)] = t.text_stems)
          or (length($text) >= 2 and regexp_matches($text, '[^[:ascii:]]') and contains(d.term, $text)))
),
matched as (
    -- Each item once, at its best rank: one branch per way of matching, each an inner join with a small set of
    -- distinct codes, names or domains (regexp_replace and lower() never run on every row), leaving out the items a
    -- better way already took (hash lookups: those sets can hold thousands of names).
    select q.institution_id, q.item_zh, q.item_en, q.standard_code, c.match_rank
    from qualifications q
    join code_hits c on c.standard_code = q.standard_code
    where q.snapshot = $snapshot and in_filter($domains::varchar[], q.domain_id)
    union all
    select q.institution_id, q.item_zh, q.item_en, q.standard_code, n.match_rank
    from qualifications q
    join name_hits n on n.item = q.item_zh
    where q.snapshot = $snapshot and in_filter($domains::varchar[], q.domain_id)
      and coalesce(q.standard_code, '') not in (select standard_code from code_hits)
    union all
    select q.institution_id, q.item_zh, q.item_en, q.standard_code, e.match_rank
    from qualifications q
    join name_en_hits e on e.item = q.item_en
    where q.snapshot = $snapshot and in_filter($domains::varchar[], q.domain_id)
      and coalesce(q.standard_code, '') not in (select standard_code from code_hits)
      and coalesce(q.item_zh, '') not in (select item from name_hits)
    union all
    select q.institution_id, q.item_zh, q.item_en, q.standard_code, h.match_rank
    from qualifications q
    join class_items h on h.item_zh is not distinct from q.item_zh and h.item_en is not distinct from q.item_en
                      and h.domain_id = q.domain_id
    where q.snapshot = $snapshot and in_filter($domains::varchar[], q.domain_id)
      and coalesce(q.standard_code, '') not in (select standard_code from code_hits)
      and coalesce(q.item_zh, '') not in (select item from name_hits)
      and coalesce(q.item_en, '') not in (select item from name_en_hits)
    union all
    select q.institution_id, q.item_zh, q.item_en, q.standard_code, d.match_rank
    from qualifications q
    join domain_hits d on d.domain_id = q.domain_id
    where q.snapshot = $snapshot and in_filter($domains::varchar[], q.domain_id)
      and coalesce(q.standard_code, '') not in (select standard_code from code_hits)
      and coalesce(q.item_zh, '') not in (select item from name_hits)
      and coalesce(q.item_en, '') not in (select item from name_en_hits)
      and not exists (select 1 from class_items h where h.item_zh is not distinct from q.item_zh
                      and h.item_en is not distinct from q.item_en and h.domain_id = q.domain_id)
),
by_standard as (
    -- Per institution and standard first, then per institution: two cheap groupings instead of one costly one.
    -- The example is kept as one sortable string, rank + name (chr(31) separates), which is far cheaper to min()
    -- over millions of rows than a struct.
    select institution_id, standard_code, count(*) as n, min(match_rank) as best_rank,
           count(*) filter (where match_rank <= 3) as code_matches,
           count(*) filter (where match_rank = 1) as exact_matches,
           count(*) filter (where match_rank = 4) as name_matches,
           count(*) filter (where match_rank = 5) as class_matches,
           count(*) filter (where match_rank = 6) as domain_matches,
           min(match_rank || chr(31) || coalesce(item_zh, '') || chr(31) || coalesce(item_en, '')) as example
    from matched group by institution_id, standard_code
),
grouped as (
    select institution_id, sum(n)::bigint as match_count, count(standard_code) as standard_count,
           min(best_rank) as best_rank, sum(code_matches)::bigint as code_matches,
           sum(name_matches)::bigint as name_matches, sum(class_matches)::bigint as class_matches,
           sum(domain_matches)::bigint as domain_matches, sum(exact_matches) > 0 as holds_code,
           -- The institution's best-ranked item, first by Chinese name: [rank, item_zh, item_en, standard_code].
           string_split(min(example || chr(31) || coalesce(standard_code, '')), chr(31)) as example
    from by_standard group by institution_id
),
origin as (
    select lon, lat from areas where snapshot = $snapshot and area_id = $near_area_id
)
select g.institution_id, i.name_zh, i.name_en, i.area_id, a.name_zh as area_name_zh, a.name_en as area_name_en,
       g.best_rank, g.match_count, g.code_matches, g.name_matches, g.class_matches, g.domain_matches,
       g.standard_count, g.code_matches + g.name_matches + g.class_matches + 0.5 * g.domain_matches as score,
       floor(log2(g.code_matches + g.name_matches + g.class_matches + 0.5 * g.domain_matches))::integer as band,
       nullif(g.example[2], '') as example_zh, nullif(g.example[3], '') as example_en,
       nullif(g.example[4], '') as example_standard,
       round(2 * 6371 * asin(sqrt(pow(sin(radians(a.lat - o.lat) / 2), 2)
             + cos(radians(o.lat)) * cos(radians(a.lat)) * pow(sin(radians(a.lon - o.lon) / 2), 2))), 1) as distance_km
from grouped g
join institutions i on i.institution_id = g.institution_id and i.snapshot = $snapshot
join areas a on a.area_id = i.area_id and a.snapshot = $snapshot
cross join origin o
where in_filter($areas::varchar[], i.area_id)
order by g.holds_code desc, case when g.holds_code then 0 else band end desc, distance_km, g.match_count desc,
         g.institution_id
