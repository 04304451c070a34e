"""The latest demo snapshot reproduces every published figure (shared/DATA_MODEL.md), read with pandas only."""
from conftest import LATEST, read

FLOWMETER = "辽宁省流量计产品质量检验中心"


def test_member_areas():
    areas = read("areas")
    assert len(areas) == 8
    assert sorted(areas["area_id"]) == sorted(
        ["shenyang", "anshan", "fushun", "benxi", "fuxin", "liaoyang", "tieling", "shenfu"])
    assert (areas["kind"] == "city").sum() == 7 and areas.set_index("area_id").loc["shenfu", "kind"] == "demo_zone"


def test_total_assets_exact():
    assert int(read("institutions")["assets_cny"].sum()) == 1_360_000_000


def test_national_and_provincial_labs():
    assert int(read("labs")["level"].isin(["national", "provincial"]).sum()) == 22


def test_technical_staff():
    assert int(read("institutions")["technical_staff"].sum()) == 1_887


def test_qualification_items():
    assert len(read("qualifications")) == 48_024


def test_named_working_groups():
    assert {"metrology", "special_equipment", "product_quality"} <= set(read("working_groups")["working_group_id"])


def test_flowmeter_centre():
    labs, inst = read("labs"), read("institutions")
    lab = labs[labs["name_zh"] == FLOWMETER]
    assert len(lab) == 1 and lab["level"].iloc[0] == "provincial"
    host = inst.set_index("institution_id").loc[lab["institution_id"].iloc[0]]
    assert host["name_zh"] == "沈阳计量测试院"
    items = read("qualifications")
    held = items[items["lab_id"] == lab["lab_id"].iloc[0]]
    assert len(held) == 1_052
    opened = lab["recognized_on"].iloc[0]
    quarter = lambda d: (d.year, (d.month - 1) // 3)  # noqa: E731
    assert {quarter(d) for d in held["accredited_on"]} == {quarter(opened)}
    ev = read("events")
    cap = ev[(ev["kind"] == "capability") & (ev["qualification_delta"] == 1052)]
    assert len(cap) == 1 and cap["institution_id"].iloc[0] == lab["institution_id"].iloc[0]


def test_one_stop_service():
    inst, svc = read("institutions"), read("services")
    lead = inst.loc[inst["is_lead"], "institution_id"]
    assert len(lead) == 1
    assert inst.loc[inst["is_lead"], "name_zh"].iloc[0] == "沈阳市市场监管事务服务中心"
    out = svc[(svc["provider_institution_id"] == lead.iloc[0]) & (svc["client_area_id"] != "shenyang")]
    assert out["batches"].sum() > 200
    top3 = out.groupby("client_area_id")["batches"].sum().sort_values(ascending=False).index[:3]
    assert list(top3) == ["anshan", "tieling", "benxi"]


def test_special_equipment_hosting():
    inst, wgm, ev = read("institutions"), read("working_group_members"), read("events")
    hosted = inst[inst["area_id"].isin(["fushun", "fuxin"]) & inst["name_zh"].str.endswith("特种设备监督检验所")]
    assert set(hosted["area_id"]) == {"fushun", "fuxin"}
    se = wgm[wgm["working_group_id"] == "special_equipment"]
    assert set(hosted["institution_id"]) <= set(se["institution_id"])
    mem = ev[(ev["kind"] == "membership") & ev["institution_id"].isin(hosted["institution_id"])]
    assert set(mem["institution_id"]) == set(hosted["institution_id"])
    assert (mem["area_id"] == "shenyang").all()


def test_expert_think_tank():
    assert len(read("experts")) == 155


def test_governance_events():
    ev = read("events")
    gov = ev.loc[ev["kind"] == "governance", "title_zh"]
    for phrase in ("联席会议制度", "《联盟章程》", "《框架协议》"):
        assert gov.str.contains(phrase).any(), phrase
    svc = ev.loc[ev["kind"] == "service", "title_zh"]
    assert svc.str.contains("防疫检定应急通道").any()


def test_latest_is_the_reports_quarter():
    assert LATEST == "2022-06-30"
