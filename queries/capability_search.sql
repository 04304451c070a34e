-- Who holds items matching a search (code, family, name, parameter class, domain): code holders, then most matched.
with typed as (
    -- What was typed: a code's key (family letters + number, no year) and year, a family alone, the words.
    select case when $code_has_year then left($code, length($code) - 4) else $code end as code_key,
           case when $code_has_year then right($code, 4) else '' end as code_year,
           case when $code <> '' and not regexp_matches($code, '[0-9]') then $code
                else upper(regexp_replace($text, '\s', '', 'g')) end as family,
           list_filter(string_split($text, ' '), lambda w: w <> '') as words,
           -- The stem of each typed word ('' when not an English word) and of the whole text (empty unless English).
           $word_stems::varchar[] as word_stems, $text_stems::varchar[] as text_stems
),
keys as (
    -- The snapshot's distinct item combinations, codes already split (alliance/search_index.py), not its items.
    select * from search_keys where snapshot = $snapshot and in_filter($domains::varchar[], domain_id)
),
code_keys as (
    select distinct standard_code, code_year as year, code_family as family, code_key
    from keys where standard_code is not null
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
    from (select distinct item_zh from keys where $text <> '') n, typed t
    where len(t.words) > 0 and list_bool_and(list_transform(t.words, lambda w: contains(lower(n.item_zh), w)))
),
name_en_hits as (
    -- In English a word also matches by its stem: 'drugs' finds 'drug release', 'residue' 'Pesticide residues'.
    select item_en as item, 4 as match_rank
    from (select distinct item_en, item_stems from keys where $text <> '') n, typed t
    where len(t.words) > 0 and list_bool_and(list_transform(range(1, len(t.words) + 1), lambda i:
              contains(lower(n.item_en), t.words[i])
              or (t.word_stems[i] <> '' and list_contains(n.item_stems, t.word_stems[i]))))
),
class_hits as (
    -- 5: the text is a parameter class's name or alias (alliance/search.py), in English by stems ('pesticide
    -- residue', 'Pesticides'). Whole names only: '食品' must not take 食品添加剂's items from the food domain.
    select distinct c.id as class_id
    from search_terms c, typed t
    where c.snapshot = $snapshot and c.kind = 'class' and $text <> ''
      and (c.term = $text or (len(t.text_stems) > 0 and c.stems = t.text_stems))
),
domain_hits as (
    -- 6: the text is a domain's name or begins one of its parts, in whole words ('metrology', 'medical devices');
    -- in English by stems, so 'environment' finds 'Environmental monitoring' and 'drug' 'drugs'; Chinese text of
    -- two characters or more may stand anywhere in the name ('冶金' in 采矿冶金/材料). Names and parts: the index.
    select distinct d.id as domain_id, 6 as match_rank
    from search_terms d, typed t
    where d.snapshot = $snapshot and d.kind = 'domain' and $text <> ''
      and (d.term = $text or starts_with(d.term, $text || ' ')
           or (len(t.text_stems) > 0 and d.stems[1:len(t.text_stems)] = t.text_stems)
           or (length($text) >= 2 and regexp_matches($text, '[^[:ascii:]]') and contains(d.term, $text)))
),
matched_keys as (
    -- Each item combination once, at its best rank: the small sets of matching codes, names and domains, each
    -- unique on its key, so no join multiplies a combination. Strings are ranked here, on thousands of keys, so the
    -- steps over millions of items below move integers only: the code as a number, the example as its place.
    select *, case when standard_code is not null then dense_rank() over (order by standard_code) end as code_no,
           row_number() over (order by match_rank, coalesce(item_zh, ''), coalesce(item_en, ''),
                                       coalesce(standard_code, '')) as example_no
    from (
        select k.item_key, k.item_zh, k.item_en, k.standard_code,
               least(c.match_rank, n.match_rank, e.match_rank, h.match_rank, d.match_rank) as match_rank
        from keys k
        left join code_hits c on c.standard_code = k.standard_code
        left join name_hits n on n.item = k.item_zh
        left join name_en_hits e on e.item = k.item_en
        left join (select 5 as match_rank, list(class_id) as ids from class_hits) h
               on len(h.ids) > 0 and len(list_intersect(k.class_ids, h.ids)) > 0
        left join domain_hits d on d.domain_id = k.domain_id
        where coalesce(c.match_rank, n.match_rank, e.match_rank, h.match_rank, d.match_rank) is not null
    )
),
matched as (
    -- Then the institutions holding them: integers joined, each row counting item_count items.
    select i.institution_id, i.item_count, m.code_no, m.match_rank, m.example_no
    from search_items i join matched_keys m using (item_key)
    where i.snapshot = $snapshot
),
by_standard as (
    -- Per institution and standard first, then per institution: two cheap groupings instead of one costly one.
    select institution_id, code_no, sum(item_count)::bigint as n, min(match_rank) as best_rank,
           coalesce(sum(item_count) filter (where match_rank <= 3), 0)::bigint as code_matches,
           coalesce(sum(item_count) filter (where match_rank = 1), 0)::bigint as exact_matches,
           coalesce(sum(item_count) filter (where match_rank = 4), 0)::bigint as name_matches,
           coalesce(sum(item_count) filter (where match_rank = 5), 0)::bigint as class_matches,
           coalesce(sum(item_count) filter (where match_rank = 6), 0)::bigint as domain_matches,
           min(example_no) as example_no
    from matched group by institution_id, code_no
),
grouped as (
    -- The institution's example: its best-ranked item, first by Chinese name, then English name, then code.
    select institution_id, sum(n)::bigint as match_count, count(code_no) as standard_count,
           min(best_rank) as best_rank, sum(code_matches)::bigint as code_matches,
           sum(name_matches)::bigint as name_matches, sum(class_matches)::bigint as class_matches,
           sum(domain_matches)::bigint as domain_matches, sum(exact_matches)::bigint as exact_matches,
           min(example_no) as example_no
    from by_standard group by institution_id
),
scored as (
    -- The order (why): someone who typed a whole code wants its holders, so holding it (rank 1) comes first, nearest
    -- first among holders. Everyone else is ordered by how much of what was asked the institution holds: its
    -- matching items, each weighted by how surely it is what was meant -- a code, part, family, name or class match
    -- 1, a domain match 0.5 (the item only lies in the field the words name). A lab with 200 water-quality items
    -- thus comes before a boiler institute with 2 items named 锅水及给水水质. Scores within a factor of two count as
    -- equal (the band is floor(log2(score)): 64-127 one band, 128-255 the next), and inside a band the nearer
    -- institution comes first, so the chosen area still matters; then more items, then the id.
    select *, exact_matches > 0 as holds_code,
           code_matches + name_matches + class_matches + 0.5 * domain_matches as score,
           floor(log2(code_matches + name_matches + class_matches + 0.5 * domain_matches))::integer as band
    from grouped
),
origin as (
    select lon, lat from areas where snapshot = $snapshot and area_id = $near_area_id
)
-- One page of holders ($page_rows from $page_offset; NULL rows: all), each row carrying the totals of every page,
-- so the count above the results needs no second query and the browser gets only the rows it shows.
select g.institution_id, i.name_zh, i.name_en, i.area_id, a.name_zh as area_name_zh, a.name_en as area_name_en,
       g.best_rank, g.match_count, g.code_matches, g.name_matches, g.class_matches, g.domain_matches,
       g.standard_count, g.score, g.band,
       nullif(x.item_zh, '') as example_zh, nullif(x.item_en, '') as example_en,
       nullif(x.standard_code, '') as example_standard,
       round(2 * 6371 * asin(sqrt(pow(sin(radians(a.lat - o.lat) / 2), 2)
             + cos(radians(o.lat)) * cos(radians(a.lat)) * pow(sin(radians(a.lon - o.lon) / 2), 2))), 1) as distance_km,
       count(*) over () as institution_total, sum(g.match_count) over ()::bigint as match_total,
       sum(g.code_matches) over ()::bigint as code_total, sum(g.name_matches) over ()::bigint as name_total,
       sum(g.class_matches) over ()::bigint as class_total, sum(g.domain_matches) over ()::bigint as domain_total
from scored g
join matched_keys x on x.example_no = g.example_no
join institutions i on i.institution_id = g.institution_id and i.snapshot = $snapshot
join areas a on a.area_id = i.area_id and a.snapshot = $snapshot
cross join origin o
where in_filter($areas::varchar[], i.area_id)
order by g.holds_code desc, case when g.holds_code then 0 else g.band end desc, distance_km, g.match_count desc,
         g.institution_id
limit $page_rows offset $page_offset
