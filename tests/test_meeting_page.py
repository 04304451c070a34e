"""The meeting view under AppTest: every slide runs in both languages, the slide number lives in the URL (bad values
give 1, too large the last), the buttons page through, and the oldest snapshot says there is nothing to compare."""
import pytest
from conftest import DATES, LATEST, OLDEST, run_page

from alliance import fmt, i18n
from alliance.briefing.deck import SLIDE_KEYS

PAGE = "pages/presentation.py"
TOTAL = len(SLIDE_KEYS)
CHARTS = {"areas", "added", "levels", "groups", "gaps", "flows"}


def title_of(key: str, lang: str) -> str:
    """The topic: the title slide's title, a content slide's kicker above its message."""
    return i18n.t("deck.title" if key == "title" else f"deck.{key}", lang)


def on_slide(at, key: str, lang: str) -> bool:
    """This slide is up: the title slide by its title; a content slide by its kicker, under which its title is a
    message with a figure in it, not the topic again."""
    title = at.title[0].value.replace("\\", "")
    if key == "title":
        return title == title_of(key, lang)
    return title_of(key, lang) in shown_text(at) and title != title_of(key, lang) and any(c.isdigit() for c in title)


def param(at, key: str):
    value = at.query_params.get(key)
    return value[0] if isinstance(value, list) else value


def shown_text(at) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [h.value for h in at.header]
    return "\n".join(parts).replace("\\", "")  # markdown text comes escaped


def meeting(**query):
    at = run_page(PAGE, **query)
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize("number", range(1, TOTAL + 1))
@pytest.mark.parametrize("lang", ["zh-CN", "en"])
def test_every_slide_runs(lang, number):
    at = meeting(lang=lang, slide=str(number))
    key = SLIDE_KEYS[number - 1]
    assert on_slide(at, key, lang)
    assert param(at, "slide") == str(number)
    assert i18n.t("deck.slide_of", lang, n=number, total=TOTAL) in shown_text(at)
    assert at.button(key="meeting_prev").disabled == (number == 1)
    assert at.button(key="meeting_next").disabled == (number == TOTAL)
    assert len(at.multiselect) == 0 and len(at.selectbox) == 1  # no filter widgets on a slide; the snapshot picker
    assert i18n.t("meeting.no_base", lang) not in [i.value for i in at.info]
    charts = at.get("plotly_chart")
    assert (len(charts) == 1) == (key in CHARTS)
    if key == "headline":
        values = {m.label: m.value for m in at.metric}
        assert values[i18n.t("kpi.qualification_count", lang)] == "48,024"
        assert len(values) == 7
    if key == "title":
        text = shown_text(at)
        assert i18n.t("app.title", lang) in text
        assert i18n.t("deck.as_of", lang, date=fmt.date(LATEST, lang)) in text
        assert i18n.t("deck.compared_with", lang, date=fmt.date(DATES[-2], lang)) in text
        assert i18n.t("deck.source.demo", lang) in text


@pytest.mark.parametrize("raw,number", [("999", TOTAL), ("abc", 1), ("0", 1), ("-3", 1), ("", 1), ("2", 2)])
def test_slide_in_url_is_clamped(raw, number):
    at = meeting(lang="en", slide=raw)
    assert param(at, "slide") == str(number)
    assert on_slide(at, SLIDE_KEYS[number - 1], "en")


def test_no_slide_in_url_is_the_title():
    at = meeting(lang="en")
    assert param(at, "slide") == "1" and on_slide(at, "title", "en")


def test_buttons_page_through_and_write_the_url():
    at = meeting(lang="en", slide="1")
    assert at.button(key="meeting_prev").disabled
    at.button(key="meeting_next").click().run()
    assert not at.exception
    assert param(at, "slide") == "2" and on_slide(at, "headline", "en")
    at.button(key="meeting_next").click().run()
    assert param(at, "slide") == "3" and on_slide(at, "words", "en")
    at.button(key="meeting_prev").click().run()
    assert param(at, "slide") == "2" and on_slide(at, "headline", "en")
    assert not at.button(key="meeting_prev").disabled


def test_first_and_last_go_to_the_ends():
    """The buttons Home and End press (hidden on screen: a clicker's keys reach them, clicker.js)."""
    at = meeting(lang="en", slide="4")
    at.button(key="meeting_last").click().run()
    assert param(at, "slide") == str(TOTAL) and on_slide(at, SLIDE_KEYS[-1], "en")
    at.button(key="meeting_first").click().run()
    assert param(at, "slide") == "1" and on_slide(at, "title", "en")


def test_last_slide_next_is_disabled():
    at = meeting(lang="zh-CN", slide=str(TOTAL))
    assert at.button(key="meeting_next").disabled and not at.button(key="meeting_prev").disabled
    at.button(key="meeting_prev").click().run()
    assert param(at, "slide") == str(TOTAL - 1)


@pytest.mark.parametrize("lang", ["zh-CN", "en"])
def test_oldest_snapshot_has_nothing_to_compare(lang):
    at = meeting(lang=lang, snapshot=OLDEST, slide="5")
    assert i18n.t("meeting.no_base", lang) in [i.value for i in at.info]
    assert param(at, "slide") == "1"
    assert on_slide(at, "title", lang)
    assert at.button(key="meeting_prev").disabled and at.button(key="meeting_next").disabled
    assert i18n.t("deck.slide_of", lang, n=1, total=1) in shown_text(at)
    assert i18n.t("deck.as_of", lang, date=fmt.date(OLDEST, lang)) in shown_text(at)


def test_base_from_url_or_the_snapshot_before():
    at = meeting(lang="en", slide="2", base=OLDEST)
    assert param(at, "base") == OLDEST
    assert at.title[0].value.endswith(f"since {fmt.date(OLDEST, 'en')}")  # the message says against when
    for bad in (LATEST, "2099-01-01", "nonsense"):  # not an earlier snapshot: the one before
        at = meeting(lang="en", slide="2", base=bad)
        assert param(at, "base") == DATES[-2]
        assert at.title[0].value.endswith(f"since {fmt.date(DATES[-2], 'en')}")


def test_filters_from_url_are_stated_on_the_title_slide():
    at = meeting(lang="en", slide="1", areas="shenyang,nowhere", domains="food")
    text = shown_text(at)
    assert i18n.t("deck.filter_areas", "en", values="Shenyang") in text
    assert i18n.t("deck.filter_domains", "en", values="Food") in text
    assert param(at, "areas") == "shenyang" and param(at, "domains") == "food"
    at.button(key="meeting_next").click().run()  # the figures follow the filters: one area's assets, not all
    assets = {m.label: m.value for m in at.metric}[i18n.t("kpi.assets_cny", "en")]
    assert assets != "CNY 1.36 bn"


def test_filters_and_base_come_from_other_pages():
    """Set on the What changed page, the base and filters hold on the meeting view in the same session."""
    at = run_page("pages/compare.py", lang="en", base=OLDEST, areas="anshan")
    assert not at.exception
    at.switch_page(PAGE).run()
    assert not at.exception
    assert param(at, "base") == OLDEST and param(at, "areas") == "anshan"
    text = shown_text(at)
    assert i18n.t("deck.compared_with", "en", date=fmt.date(OLDEST, "en")) in text
    assert i18n.t("deck.filter_areas", "en", values="Anshan") in text
