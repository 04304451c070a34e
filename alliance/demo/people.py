"""Synthetic expert names and titles. Surnames follow Liaoning's most common ones; given names are ordinary."""
from __future__ import annotations

SURNAMES = {
    "王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "赵": "Zhao", "于": "Yu",
    "孙": "Sun", "高": "Gao", "马": "Ma", "郭": "Guo", "徐": "Xu", "周": "Zhou", "吴": "Wu", "韩": "Han",
    "曲": "Qu", "姜": "Jiang", "崔": "Cui", "宋": "Song", "董": "Dong", "付": "Fu", "谷": "Gu", "关": "Guan",
}
GIVEN = {
    "伟": "wei", "芳": "fang", "娜": "na", "敏": "min", "静": "jing", "丽": "li", "强": "qiang", "磊": "lei",
    "军": "jun", "洋": "yang", "勇": "yong", "艳": "yan", "杰": "jie", "涛": "tao", "明": "ming", "超": "chao",
    "秀": "xiu", "霞": "xia", "平": "ping", "刚": "gang", "桂": "gui", "英": "ying", "华": "hua", "建": "jian",
    "国": "guo", "东": "dong", "海": "hai", "晓": "xiao", "红": "hong", "文": "wen", "志": "zhi", "宏": "hong",
    "鹏": "peng", "宇": "yu", "博": "bo", "春": "chun", "雪": "xue", "岩": "yan", "峰": "feng", "振": "zhen",
}

# title_zh, title_en, weight
TITLES = [
    ("正高级工程师", "Professor-level Senior Engineer", 3),
    ("高级工程师", "Senior Engineer", 8),
    ("研究员", "Research Fellow", 1),
    ("教授级高级工程师", "Professor-level Senior Engineer (former title)", 1),
]

SPECIALTIES = {
    "metrology": [("流量计量", "flow metrology"), ("压力计量", "pressure metrology"), ("电学计量", "electrical metrology"),
                  ("衡器计量", "weighing instruments")],
    "special_equipment": [("电梯检验", "lift inspection"), ("承压类设备无损检测", "NDT of pressure equipment"),
                          ("起重机械检验", "crane inspection")],
    "construction": [("结构检测与鉴定", "structural testing and appraisal"), ("地基基础检测", "foundation testing")],
    "building_materials": [("耐火材料", "refractories"), ("水泥与混凝土", "cement and concrete")],
    "environment": [("大气污染物监测", "air pollutant monitoring"), ("土壤环境监测", "soil monitoring")],
    "water": [("饮用水卫生", "drinking water hygiene"), ("水质分析", "water analysis")],
    "food": [("食品微生物检验", "food microbiology"), ("食品中重金属分析", "heavy metals in food"),
             ("食品添加剂检测", "food additives")],
    "agriculture": [("农药残留检测", "pesticide residues"), ("粮油品质检验", "grain and oil quality")],
    "motor_vehicle": [("机动车安全技术检验", "vehicle safety inspection"), ("机动车排放检验", "vehicle emissions")],
    "electrical": [("电磁兼容", "electromagnetic compatibility"), ("电器安全", "appliance safety"),
                   ("软件测评", "software evaluation")],
    "machinery": [("数控机床精度检验", "CNC machine tool accuracy"), ("阀门性能试验", "valve performance testing"),
                  ("液压元件试验", "hydraulic component testing")],
    "chemical": [("石油产品分析", "petroleum product analysis"), ("精细化工分析", "fine chemicals analysis")],
    "metallurgy": [("钢铁材料分析", "steel analysis"), ("金相与失效分析", "metallography and failure analysis")],
    "medical": [("中药材质量控制", "quality control of Chinese medicinal materials"),
                ("医疗器械检验", "medical device testing")],
    "textile": [("纺织品安全性能", "textile safety"), ("皮革检测", "leather testing")],
    "health": [("病原微生物检测", "pathogen testing"), ("公共场所卫生", "public place hygiene")],
}
