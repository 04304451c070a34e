import datetime as dt

import pytest

from alliance import fmt


@pytest.mark.parametrize("value,lang,text", [
    (1_360_000_000, "zh-CN", "13.6亿元"), (1_360_000_000, "en", "CNY 1.36 bn"),
    (42_960_000, "zh-CN", "4,296万元"), (42_960_000, "en", "CNY 43 m"),
    (5_000, "zh-CN", "5,000元"), (None, "en", "—"),
])
def test_money(value, lang, text):
    assert fmt.money(value, lang) == text


def test_money_exact_keeps_every_digit():
    assert fmt.money_exact(1_360_000_000, "zh-CN") == "1,360,000,000 元"
    assert fmt.money_exact(1_360_000_000, "en") == "CNY 1,360,000,000"


@pytest.mark.parametrize("value,lang,text", [
    ("2022-06-30", "zh-CN", "2022年6月30日"), ("2022-06-30", "en", "30 Jun 2022"),
    (dt.date(2021, 3, 31), "zh-CN", "2021年3月31日"), (dt.datetime(2021, 12, 31, 8), "en", "31 Dec 2021"),
])
def test_date(value, lang, text):
    assert fmt.date(value, lang) == text


@pytest.mark.parametrize("value,kind,text", [(53, "int", "+53"), (-3, "int", "−3"), (0, "int", "±0"),
                                             (42_960_000, "money", "+4,296万元")])
def test_signed(value, kind, text):
    assert fmt.signed(value, "zh-CN", kind) == text


def test_counts():
    assert fmt.integer(48024, "en") == "48,024"
    assert fmt.count_short(48024, "zh-CN") == "4.8万"
    assert fmt.count_short(48024, "en") == "48k"


@pytest.mark.parametrize("value,shown", [
    ("2026-11-25T19:34:35+00:00", "2026-11-25 19:34 UTC"), ("2026-11-25T21:34:35+02:00", "2026-11-25 19:34 UTC"),
    (None, "—"), ("", "—"), ("not a time", "not a time"),
])
def test_timestamps_to_the_minute(value, shown):
    assert fmt.timestamp(value, "en") == fmt.timestamp(value, "zh-CN") == shown
