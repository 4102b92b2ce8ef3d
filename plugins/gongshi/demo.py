"""Synthetic 双公示 content trees: the demo district 郑州市上街区 and benchmark trees of any size.

Everything here is fictitious: parties are named with 某某, codes are invented but checksum-valid, ID numbers
are masked. Output is deterministic for a seed (one ``random.Random``, no clock) and written with a small YAML
emitter that quotes whatever YAML could misread, so files load the same with PyYAML and gongshi's loader.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import time
from bisect import bisect_right
from calendar import monthrange
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from random import Random
from typing import Any

from .ids import USCC_ALPHABET, org_code_check_char, reg_no_check_digit, uscc_check_char

REGION = "410106"  # 郑州市上街区
LONG_TERM = date(2099, 12, 31)
CURATED_SEED = 20251126
CURATED_RECORDS = 300
DEFAULT_REMEDY = (
    "如不服本处罚决定，可在收到本决定书之日起六十日内向郑州市上街区人民政府申请行政复议，"
    "或者在六个月内向郑州铁路运输法院提起行政诉讼。"
)
CITY_REMEDY = (
    "如不服本处罚决定，可在收到本决定书之日起六十日内向郑州市人民政府申请行政复议，"
    "或者在六个月内向郑州铁路运输法院提起行政诉讼。"
)
ROADS = (
    "中心路",
    "新安路",
    "济源路",
    "汝南路",
    "工业路",
    "许昌路",
    "登封路",
    "淮阳路",
    "洛宁路",
    "金华路",
    "孟津路",
    "峡窝镇某某村",
)
SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤"
ID_REGIONS = (
    "410106",
    "410102",
    "410103",
    "410105",
    "410122",
    "410181",
    "410182",
    "410183",
    "411023",
    "410301",
)


# --------------------------------------------------------------------------------------------------------------
# The district's departments and their catalogs
# --------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LicenseItem:
    """A licensing item of a catalog, with what the generator needs to fill its records."""

    code: str
    name: str
    legal_basis: str
    category: str
    title: str  # document_title template
    content: str  # content template
    validity: tuple[str, int]  # ("years", n) | ("days", n) | ("long", 0)
    cert_name: str | None = None
    cert_format: str | None = None  # fields: yyyy yy mm seq r
    detail: str | None = None  # category_detail when the category is 其他
    parties: tuple[tuple[str, int], ...] = (("org", 7), ("indiv", 3))
    trades: tuple[str, ...] = ("商贸",)
    shops: tuple[str, ...] = ("便利店",)
    scopes: tuple[str, ...] = ("",)


@dataclass(frozen=True)
class PenaltyOption:
    """One way an item is typically punished: the types and the amount ranges (元)."""

    weight: int
    types: tuple[str, ...]
    fine: tuple[int, int, int] | None = None  # low, high, step
    fine_times: tuple[int, int] | None = None  # fine = confiscation × n (n in range)
    gain: tuple[int, int] | None = None  # 没收违法所得, in 元 (two decimals)
    goods: tuple[int, int] | None = None  # 没收非法财物 value, in 元
    other: str = ""  # the text of a 其他 type
    days: int = 0  # 暂扣 months or 拘留 days


@dataclass(frozen=True)
class PenaltyItem:
    """A penalty item of a catalog, with texts for case names and facts."""

    code: str
    name: str
    legal_basis: str
    violation_type: str
    case: str  # case_name = party + case + 案
    breach: str  # the provision the conduct breaches
    facts: tuple[str, ...]  # first sentence always, then 0-2 of the rest
    options: tuple[PenaltyOption, ...]
    parties: tuple[tuple[str, int], ...] = (("org", 6), ("indiv", 4))
    trades: tuple[str, ...] = ("商贸",)
    shops: tuple[str, ...] = ("便利店",)
    goods: tuple[str, ...] = ("",)
    licence: str = ""  # the licence suspended or revoked


@dataclass(frozen=True)
class Dept:
    """A department of the demo district."""

    slug: str
    name: str
    short_name: str
    org: str  # the 8 characters of its 组织机构代码 before the check character
    address: str
    phone: str
    license_prefix: str
    penalty_prefix: str
    weight: int
    licenses: tuple[LicenseItem, ...]
    penalties: tuple[PenaltyItem, ...]
    leader: str
    liaison: str
    pad: int = 0  # zero-padding of 文号 sequence numbers
    remedy: str = DEFAULT_REMEDY

    @property
    def uscc(self) -> str:
        """The department's 统一社会信用代码 (机关: 11…)."""
        return make_uscc("11", self.org)

    @property
    def website(self) -> str:
        """Its portal (a sub-domain of the district portal)."""
        return f"https://{self.slug}.shangjie.gov.cn/"


def make_uscc(prefix2: str, org8: str, region: str = REGION) -> str:
    """A checksum-valid USCC whose positions 9-17 are a checksum-valid 组织机构代码."""
    body = f"{prefix2}{region}{org8}{org_code_check_char(org8)}"
    return body + uscc_check_char(body)


_FOOD_FACTS = (
    "{d1}，执法人员对当事人位于{place}的经营场所进行检查，发现其{goods}",
    "经查，涉案食品共计{n}件，货值金额人民币{worth}元。",
    "当事人不能提供涉案食品的进货查验记录和供货者的许可证明。",
    "当事人在调查中如实陈述违法事实，并主动下架、封存了涉案食品。",
)

DEPARTMENTS: tuple[Dept, ...] = (
    Dept(
        slug="fgw",
        name="郑州市上街区发展和改革委员会",
        short_name="区发改委",
        org="MB1F0A21",
        address="郑州市上街区中心路132号",
        phone="0371-68921001",
        license_prefix="上发改许",
        penalty_prefix="上发改罚",
        weight=4,
        leader="王某甲",
        liaison="李某乙",
        licenses=(
            LicenseItem(
                code="XK-FGW-001",
                name="企业投资项目核准",
                legal_basis="《企业投资项目核准和备案管理条例》第三条、第九条",
                category="核准",
                title="关于{party}{project}项目核准的批复",
                content="同意{party}{project}项目建设，项目建设地点为{place}，请按核准的建设地点、建设规模和建设内容组织实施。",
                validity=("years", 2),
                trades=("铝业", "新材料科技", "热电", "物流", "置业"),
                scopes=(
                    "年产五万吨高精度铝板带生产线",
                    "热电联产机组改造",
                    "仓储物流园",
                    "天然气分布式能源站",
                    "城市更新片区综合开发",
                ),
                parties=(("org", 1),),
            ),
            LicenseItem(
                code="XK-FGW-002",
                name="固定资产投资项目节能审查",
                legal_basis="《中华人民共和国节约能源法》第十五条；《固定资产投资项目节能审查办法》第三条",
                category="其他",
                detail="节能审查",
                title="关于{party}{project}项目节能报告的审查意见",
                content="原则同意{party}{project}项目节能报告，项目建成后年综合能源消费量应控制在审查意见核定的范围内。",
                validity=("years", 2),
                trades=("铝业", "新材料科技", "机械制造", "建材"),
                scopes=("年产三万吨再生铝", "铝合金型材深加工", "新型墙体材料生产线", "数控机床零部件加工"),
                parties=(("org", 1),),
            ),
        ),
        penalties=(
            PenaltyItem(
                code="CF-FGW-001",
                name="未依法办理核准手续开工建设",
                legal_basis="《企业投资项目核准和备案管理条例》第十八条",
                violation_type="未依法办理项目核准手续开工建设",
                case="未办理核准手续擅自开工建设",
                breach="《企业投资项目核准和备案管理条例》第三条",
                facts=(
                    "{d1}，我委在日常检查中发现，当事人投资建设的项目属于核准管理范围，未办理核准手续即于{place}开工建设。",
                    "经查，该项目已完成主体基础施工，项目总投资额约人民币{n}千万元。",
                    "当事人在接受调查时承认未办理核准手续，并已停止施工、补办相关手续。",
                ),
                options=(PenaltyOption(1, ("罚款",), fine=(50000, 300000, 1000)),),
                parties=(("org", 1),),
                trades=("置业", "铝业", "物流"),
            ),
            PenaltyItem(
                code="CF-FGW-002",
                name="向备案机关提供虚假备案信息",
                legal_basis="《企业投资项目核准和备案管理条例》第十九条",
                violation_type="提供虚假项目备案信息",
                case="提供虚假项目备案信息",
                breach="《企业投资项目核准和备案管理条例》第十三条",
                facts=(
                    "{d1}，我委在项目备案信息核查中发现，当事人在办理项目备案时填报的建设规模与实际建设情况明显不符。",
                    "经责令限期改正，当事人逾期未改正。",
                    "当事人对上述事实无异议。",
                ),
                options=(PenaltyOption(1, ("罚款",), fine=(20000, 50000, 1000)),),
                parties=(("org", 1),),
                trades=("新材料科技", "建材", "机械制造"),
            ),
        ),
    ),
    Dept(
        slug="scjg",
        name="郑州市上街区市场监督管理局",
        short_name="区市场监管局",
        org="MB1F0A38",
        address="郑州市上街区济源路68号",
        phone="0371-68922002",
        license_prefix="上市监许",
        penalty_prefix="上市监罚",
        pad=4,
        weight=20,
        leader="赵某甲",
        liaison="孙某乙",
        licenses=(
            LicenseItem(
                code="XK-SCJG-001",
                name="食品经营许可",
                legal_basis="《中华人民共和国食品安全法》第三十五条第一款",
                category="普通",
                title="{dept}准予行政许可决定书（食品经营许可）",
                content="准予{party}从事食品经营，主体业态：{scope}；经营场所：{place}。",
                validity=("years", 5),
                cert_name="食品经营许可证",
                cert_format="JY1410106{yy}{seq:04d}{r}",
                trades=("商贸", "餐饮管理", "食品", "超市"),
                shops=("便利店", "超市", "餐馆", "小吃店", "烘焙坊", "食品店"),
                scopes=(
                    "食品销售经营者（预包装食品销售）",
                    "餐饮服务经营者（热食类食品制售）",
                    "单位食堂",
                    "食品销售经营者（散装食品销售）",
                ),
            ),
            LicenseItem(
                code="XK-SCJG-002",
                name="药品零售企业许可",
                legal_basis="《中华人民共和国药品管理法》第五十一条、第五十二条",
                category="普通",
                title="{dept}准予行政许可决定书（药品经营许可）",
                content="准予{party}从事药品零售，经营范围：{scope}；注册地址：{place}。",
                validity=("years", 5),
                cert_name="药品经营许可证",
                cert_format="豫CB371{yy}{seq:04d}",
                trades=("大药房", "医药连锁"),
                shops=("药店", "大药房"),
                scopes=("中成药、化学药制剂、生物制品", "中药饮片、中成药、化学药制剂"),
            ),
            LicenseItem(
                code="XK-SCJG-003",
                name="特种设备使用登记",
                legal_basis="《中华人民共和国特种设备安全法》第三十三条",
                category="登记",
                title="{dept}特种设备使用登记决定书",
                content="准予{party}办理{scope}使用登记，设备使用地点：{place}。",
                validity=("long", 0),
                cert_name="特种设备使用登记证",
                cert_format="特11豫A{yy}{seq:04d}",
                trades=("物业服务", "铝业", "热电", "置业"),
                scopes=("乘客电梯", "承压蒸汽锅炉", "固定式压力容器", "桥式起重机"),
                parties=(("org", 1),),
            ),
            LicenseItem(
                code="XK-SCJG-004",
                name="食品生产许可",
                legal_basis="《中华人民共和国食品安全法》第三十五条第一款",
                category="普通",
                title="{dept}准予行政许可决定书（食品生产许可）",
                content="准予{party}从事食品生产，食品类别：{scope}；生产地址：{place}。",
                validity=("years", 5),
                cert_name="食品生产许可证",
                cert_format="SC1{yy}410106{seq:04d}{r}",
                trades=("食品", "粮油", "饮品"),
                scopes=("糕点", "粮食加工品", "饮料", "速冻食品"),
                parties=(("org", 1),),
            ),
        ),
        penalties=(
            PenaltyItem(
                code="CF-SCJG-001",
                name="经营超过保质期的食品",
                legal_basis="《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
                violation_type="经营超过保质期的食品",
                case="经营超过保质期的食品",
                breach="《中华人民共和国食品安全法》第三十四条第（十）项",
                facts=_FOOD_FACTS,
                options=(
                    PenaltyOption(6, ("没收违法所得", "罚款"), fine=(50000, 100000, 1000), gain=(20, 800)),
                    PenaltyOption(3, ("罚款",), fine=(50000, 80000, 1000)),
                    PenaltyOption(
                        1,
                        ("没收违法所得", "没收非法财物", "罚款"),
                        fine=(50000, 100000, 1000),
                        gain=(20, 500),
                        goods=(30, 600),
                    ),
                ),
                trades=("商贸", "超市", "食品"),
                shops=("便利店", "超市", "食品店"),
                goods=("货架上陈列销售的{g}已超过保质期。", "冷藏柜内销售的{g}已超过保质期。"),
                licence="食品经营许可证",
            ),
            PenaltyItem(
                code="CF-SCJG-002",
                name="销售不符合食品安全标准的食品",
                legal_basis="《中华人民共和国食品安全法》第一百二十四条第一款",
                violation_type="经营不符合食品安全标准的食品",
                case="销售不符合食品安全标准的食品",
                breach="《中华人民共和国食品安全法》第三十四条第（二）项",
                facts=(
                    "{d1}，我局对当事人经营的{g}进行监督抽检，经检验，该批次产品{item}项目不符合食品安全国家标准，检验结论为不合格。",
                    "经查，当事人共购进该批次产品{n}千克，已售出大部分，货值金额人民币{worth}元。",
                    "当事人收到检验报告后未提出复检申请。",
                    "当事人已召回并销毁剩余涉案产品。",
                ),
                options=(
                    PenaltyOption(7, ("没收违法所得", "罚款"), fine=(50000, 100000, 1000), gain=(50, 2000)),
                    PenaltyOption(2, ("罚款",), fine=(50000, 100000, 1000)),
                    PenaltyOption(
                        1,
                        ("没收违法所得", "罚款", "吊销许可证件"),
                        fine=(100000, 200000, 1000),
                        gain=(500, 5000),
                    ),
                ),
                goods=("",),
                trades=("商贸", "餐饮管理", "食品"),
                shops=("超市", "餐馆", "蔬菜店"),
                licence="食品经营许可证",
            ),
            PenaltyItem(
                code="CF-SCJG-003",
                name="未在首页显著位置公示营业执照信息",
                legal_basis="《中华人民共和国电子商务法》第七十六条第一款第（一）项",
                violation_type="未按规定公示信息",
                case="未按规定公示营业执照信息",
                breach="《中华人民共和国电子商务法》第十五条第一款",
                facts=(
                    "{d1}，执法人员通过网络监测发现，当事人在第三方电子商务平台开设的网店首页未公示营业执照信息。",
                    "经责令限期改正，当事人逾期未改正。",
                    "当事人陈述系对相关规定不了解，现已在网店首页补充公示营业执照信息。",
                ),
                options=(
                    PenaltyOption(8, ("罚款",), fine=(1000, 10000, 500)),
                    PenaltyOption(2, ("警告",)),
                ),
                trades=("电子商务", "商贸", "服饰"),
                shops=("网店", "服装店"),
                parties=(("org", 5), ("indiv", 5)),
            ),
            PenaltyItem(
                code="CF-SCJG-004",
                name="经营者不明码标价",
                legal_basis="《中华人民共和国价格法》第四十二条",
                violation_type="违反明码标价规定",
                case="不按规定明码标价",
                breach="《中华人民共和国价格法》第十三条第一款",
                facts=(
                    "{d1}，执法人员对当事人位于{place}的经营场所进行检查，发现其销售的{n}种商品未标示价格。",
                    "当事人未能提供相关商品的价格标签或价目表。",
                    "检查时当事人已当场改正。",
                ),
                options=(
                    PenaltyOption(6, ("罚款",), fine=(500, 5000, 100)),
                    PenaltyOption(2, ("没收违法所得", "罚款"), fine=(500, 5000, 100), gain=(10, 300)),
                    PenaltyOption(2, ("警告",)),
                ),
                parties=(("org", 3), ("indiv", 7)),
                shops=("便利店", "五金店", "水果店", "理发店", "洗车店"),
            ),
            PenaltyItem(
                code="CF-SCJG-005",
                name="未取得食品经营许可从事食品经营活动",
                legal_basis="《中华人民共和国食品安全法》第一百二十二条第一款",
                violation_type="未取得许可从事食品经营",
                case="未取得食品经营许可从事食品经营活动",
                breach="《中华人民共和国食品安全法》第三十五条第一款",
                facts=(
                    "{d1}，执法人员在{place}检查时发现，当事人未取得食品经营许可证，擅自从事{g}经营活动。",
                    "经查，当事人自开业以来违法经营额为人民币{worth}元。",
                    "当事人现已停止经营并申请办理食品经营许可证。",
                ),
                options=(
                    PenaltyOption(
                        8,
                        ("没收违法所得", "没收非法财物", "罚款"),
                        fine=(50000, 100000, 1000),
                        gain=(100, 3000),
                        goods=(50, 800),
                    ),
                    PenaltyOption(2, ("没收违法所得", "罚款"), fine=(50000, 100000, 1000), gain=(100, 3000)),
                ),
                parties=(("person", 3), ("indiv", 7)),
                shops=("小吃店", "饮品店", "熟食店"),
                goods=("",),
            ),
        ),
    ),
    Dept(
        slug="sthj",
        name="郑州市生态环境局上街分局",
        short_name="上街生态环境分局",
        org="MB1F0B05",
        address="郑州市上街区许昌路10号",
        phone="0371-68923003",
        license_prefix="上环审",
        penalty_prefix="上环罚",
        weight=8,
        leader="周某甲",
        liaison="吴某乙",
        remedy=CITY_REMEDY,
        licenses=(
            LicenseItem(
                code="XK-STHJ-001",
                name="建设项目环境影响报告表审批",
                legal_basis="《中华人民共和国环境影响评价法》第二十二条",
                category="普通",
                title="关于{party}{project}项目环境影响报告表的批复",
                content="原则同意{party}{project}项目环境影响报告表的结论，项目位于{place}，须严格落实报告表提出的各项污染防治措施。",
                validity=("years", 5),
                trades=("铝业", "新材料科技", "机械制造", "汽车维修服务", "建材"),
                scopes=(
                    "铝型材表面处理生产线",
                    "废铝再生利用",
                    "汽车维修喷涂车间",
                    "商品混凝土搅拌站",
                    "精密铸件加工",
                ),
                parties=(("org", 1),),
            ),
            LicenseItem(
                code="XK-STHJ-002",
                name="排污许可",
                legal_basis="《排污许可管理条例》第二条、第十四条",
                category="普通",
                title="{dept}排污许可决定书",
                content="准予{party}按照排污许可证载明的许可事项排放污染物，排放口位于{place}，主要污染物：{scope}。",
                validity=("years", 5),
                cert_name="排污许可证",
                cert_format="上环排{yyyy}{seq:04d}V",
                trades=("铝业", "热电", "新材料科技", "建材"),
                scopes=("颗粒物、二氧化硫、氮氧化物", "化学需氧量、氨氮", "挥发性有机物"),
                parties=(("org", 1),),
            ),
        ),
        penalties=(
            PenaltyItem(
                code="CF-STHJ-001",
                name="超过大气污染物排放标准排放大气污染物",
                legal_basis="《中华人民共和国大气污染防治法》第九十九条第（二）项",
                violation_type="超标排放大气污染物",
                case="超过排放标准排放大气污染物",
                breach="《中华人民共和国大气污染防治法》第十八条",
                facts=(
                    "{d1}，执法人员对当事人位于{place}的厂区进行现场检查，委托检测机构对其排气筒进行采样监测。",
                    "监测结果显示，颗粒物排放浓度超过《大气污染物综合排放标准》规定的排放限值。",
                    "当事人已对除尘设施进行检修并委托复测，复测结果达标。",
                ),
                options=(
                    PenaltyOption(9, ("罚款",), fine=(100000, 300000, 10000)),
                    PenaltyOption(1, ("罚款", "责令停产停业"), fine=(200000, 500000, 10000)),
                ),
                parties=(("org", 1),),
                trades=("铝业", "建材", "新材料科技"),
            ),
            PenaltyItem(
                code="CF-STHJ-002",
                name="未按规定安装使用挥发性有机物污染防治设施",
                legal_basis="《中华人民共和国大气污染防治法》第一百零八条第（一）项",
                violation_type="未采取减少挥发性有机物排放措施",
                case="未按规定使用挥发性有机物污染防治设施",
                breach="《中华人民共和国大气污染防治法》第四十五条",
                facts=(
                    "{d1}，执法人员检查发现，当事人位于{place}的喷涂作业未在密闭空间内进行，活性炭吸附装置未正常运行。",
                    "现场检查时喷涂作业正在进行，废气无组织排放。",
                    "当事人已更换活性炭并建立设施运行台账。",
                ),
                options=(PenaltyOption(1, ("罚款",), fine=(20000, 200000, 1000)),),
                parties=(("org", 6), ("indiv", 4)),
                trades=("汽车维修服务", "家具制造", "机械制造"),
                shops=("汽车修理厂", "家具加工厂"),
            ),
            PenaltyItem(
                code="CF-STHJ-003",
                name="未依法进行环境影响评价擅自开工建设",
                legal_basis="《中华人民共和国环境影响评价法》第三十一条第一款",
                violation_type="建设项目未批先建",
                case="建设项目环境影响报告表未经批准擅自开工建设",
                breach="《中华人民共和国环境影响评价法》第二十五条",
                facts=(
                    "{d1}，执法人员检查发现，当事人在{place}建设的项目环境影响报告表未经审批即开工建设。",
                    "经查，该项目总投资额约人民币{n}百万元，检查时主体工程已建成。",
                    "当事人已停止建设并委托编制环境影响报告表。",
                ),
                options=(PenaltyOption(1, ("罚款",), fine=(50000, 250000, 1000)),),
                parties=(("org", 1),),
                trades=("机械制造", "建材", "新材料科技"),
            ),
            PenaltyItem(
                code="CF-STHJ-004",
                name="未按规定贮存危险废物",
                legal_basis="《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（六）项",
                violation_type="未按照国家有关规定贮存危险废物",
                case="未按规定贮存危险废物",
                breach="《中华人民共和国固体废物污染环境防治法》第八十一条第一款",
                facts=(
                    "{d1}，执法人员检查发现，当事人将生产过程中产生的废矿物油露天堆放于厂区空地，未设置危险废物识别标志。",
                    "经查，涉案废矿物油约{n}桶。",
                    "当事人已将涉案危险废物转移至规范的贮存设施。",
                ),
                options=(PenaltyOption(1, ("罚款",), fine=(100000, 300000, 10000)),),
                parties=(("org", 7), ("indiv", 3)),
                trades=("汽车维修服务", "机械制造", "铝业"),
                shops=("汽车修理厂",),
            ),
        ),
    ),
    Dept(
        slug="zjj",
        name="郑州市上街区住房和城乡建设局",
        short_name="区住建局",
        org="MB1F0B13",
        address="郑州市上街区汝南路25号",
        phone="0371-68924004",
        license_prefix="上住建许字",
        penalty_prefix="上住建罚字",
        weight=10,
        leader="吴某甲",
        liaison="郑某乙",
        licenses=(
            LicenseItem(
                code="XK-ZJJ-001",
                name="建筑工程施工许可",
                legal_basis="《中华人民共和国建筑法》第七条",
                category="普通",
                title="{dept}建筑工程施工许可决定书",
                content="准予{party}建设的{project}项目施工，建设地址：{place}。",
                validity=("long", 0),
                cert_name="建筑工程施工许可证",
                cert_format="410106{yyyy}{mm:02d}-{seq:04d}",
                trades=("置业", "房地产开发", "建设投资"),
                scopes=("住宅小区一期", "安置房", "厂房及配套用房", "学校教学楼", "商业综合体"),
                parties=(("org", 1),),
            ),
            LicenseItem(
                code="XK-ZJJ-002",
                name="商品房预售许可",
                legal_basis="《中华人民共和国城市房地产管理法》第四十五条",
                category="普通",
                title="{dept}商品房预售许可决定书",
                content="准予{party}开发的{project}项目{n}号楼商品房预售，项目位于{place}。",
                validity=("long", 0),
                cert_name="商品房预售许可证",
                cert_format="上房预字（{yyyy}）第{seq:03d}号",
                trades=("置业", "房地产开发"),
                scopes=("住宅小区", "商住楼"),
                parties=(("org", 1),),
            ),
            LicenseItem(
                code="XK-ZJJ-003",
                name="房地产开发企业资质核定",
                legal_basis="《城市房地产开发经营管理条例》第九条",
                category="认可",
                title="{dept}房地产开发企业资质核定决定书",
                content="核定{party}房地产开发企业资质等级为{scope}。",
                validity=("years", 3),
                cert_name="房地产开发企业资质证书",
                cert_format="豫建房开上字{yyyy}{seq:04d}",
                trades=("置业", "房地产开发"),
                scopes=("二级",),
                parties=(("org", 1),),
            ),
        ),
        penalties=(
            PenaltyItem(
                code="CF-ZJJ-001",
                name="未取得施工许可证擅自施工",
                legal_basis="《建设工程质量管理条例》第五十七条",
                violation_type="未取得施工许可证擅自施工",
                case="未取得施工许可证擅自施工",
                breach="《中华人民共和国建筑法》第七条",
                facts=(
                    "{d1}，执法人员巡查发现，当事人在{place}建设的项目未取得建筑工程施工许可证即开工建设。",
                    "经查，该工程合同价款为人民币{n}百万元，检查时已完成基础施工。",
                    "当事人已停止施工并申请办理施工许可证。",
                ),
                options=(PenaltyOption(1, ("罚款",), fine=(20000, 400000, 1000)),),
                parties=(("org", 1),),
                trades=("置业", "房地产开发", "建设投资"),
            ),
            PenaltyItem(
                code="CF-ZJJ-002",
                name="施工工地未采取扬尘污染防治措施",
                legal_basis="《中华人民共和国大气污染防治法》第一百一十五条第一款第（一）项",
                violation_type="施工工地未采取有效防尘降尘措施",
                case="施工工地未采取扬尘污染防治措施",
                breach="《中华人民共和国大气污染防治法》第六十九条第三款",
                facts=(
                    "{d1}，执法人员检查发现，当事人承建的位于{place}的工地裸露土方未覆盖，出入车辆未冲洗。",
                    "现场未设置硬质围挡，作业时未采取洒水抑尘措施。",
                    "当事人已整改完毕。",
                ),
                options=(PenaltyOption(1, ("罚款",), fine=(10000, 100000, 1000)),),
                parties=(("org", 1),),
                trades=("建筑工程", "建设工程", "市政工程"),
            ),
            PenaltyItem(
                code="CF-ZJJ-003",
                name="未取得商品房预售许可证预售商品房",
                legal_basis="《城市房地产开发经营管理条例》第三十六条",
                violation_type="未取得预售许可证预售商品房",
                case="未取得商品房预售许可证预售商品房",
                breach="《中华人民共和国城市房地产管理法》第四十五条",
                facts=(
                    "{d1}，我局接群众反映后调查发现，当事人在未取得商品房预售许可证的情况下，以收取“认筹金”的方式预售商品房。",
                    "经查，当事人共收取预付款{n}笔。",
                    "当事人已退还全部预付款。",
                ),
                options=(
                    PenaltyOption(
                        1, ("没收违法所得", "罚款"), fine=(50000, 300000, 1000), gain=(10000, 80000)
                    ),
                ),
                parties=(("org", 1),),
                trades=("置业", "房地产开发"),
            ),
        ),
    ),
    Dept(
        slug="cgj",
        name="郑州市上街区城市管理局",
        short_name="区城管局",
        org="MB1F0B21",
        address="郑州市上街区工业路16号",
        phone="0371-68925005",
        license_prefix="上城管许",
        penalty_prefix="上城管罚",
        weight=10,
        leader="郑某甲",
        liaison="冯某乙",
        licenses=(
            LicenseItem(
                code="XK-CGJ-001",
                name="设置大型户外广告审批",
                legal_basis="《城市市容和环境卫生管理条例》第十一条",
                category="普通",
                title="{dept}准予设置户外广告决定书",
                content="准予{party}在{place}设置{scope}。",
                validity=("years", 1),
                trades=("广告传媒", "商贸", "文化传播"),
                shops=("广告部",),
                scopes=("单立柱户外广告牌一处", "楼顶户外广告一处", "墙体户外广告一处"),
            ),
            LicenseItem(
                code="XK-CGJ-002",
                name="城市建筑垃圾处置核准",
                legal_basis="《国务院对确需保留的行政审批项目设定行政许可的决定》第101项；《城市建筑垃圾管理规定》第七条",
                category="核准",
                title="{dept}城市建筑垃圾处置核准决定书",
                content="核准{party}处置{project}项目产生的建筑垃圾，处置场所：{place}。",
                validity=("days", 180),
                cert_name="城市建筑垃圾处置核准证",
                cert_format="上城建垃核字〔{yyyy}〕{seq:03d}号",
                trades=("建筑工程", "渣土运输", "市政工程"),
                scopes=("住宅小区", "道路改造", "厂房拆除"),
                parties=(("org", 1),),
            ),
            LicenseItem(
                code="XK-CGJ-003",
                name="占用、挖掘城市道路审批",
                legal_basis="《城市道路管理条例》第二十九条、第三十一条",
                category="普通",
                title="{dept}准予占用挖掘城市道路决定书",
                content="准予{party}因{scope}临时挖掘{place}段城市道路，须按期恢复路面。",
                validity=("days", 30),
                trades=("燃气", "通信工程", "市政工程", "热力"),
                scopes=("燃气管道敷设", "通信管线施工", "供热管网维修"),
                parties=(("org", 1),),
            ),
            LicenseItem(
                code="XK-CGJ-004",
                name="燃气经营许可",
                legal_basis="《城镇燃气管理条例》第十五条",
                category="特许",
                title="{dept}燃气经营许可决定书",
                content="准予{party}从事燃气经营，经营类别：{scope}；经营区域：郑州市上街区。",
                validity=("years", 5),
                cert_name="燃气经营许可证",
                cert_format="豫{yyyy}410106{seq:04d}",
                trades=("燃气", "能源"),
                scopes=("管道燃气", "瓶装液化石油气"),
                parties=(("org", 1),),
            ),
        ),
        penalties=(
            PenaltyItem(
                code="CF-CGJ-001",
                name="擅自设置户外广告",
                legal_basis="《城市市容和环境卫生管理条例》第三十六条第（二）项",
                violation_type="擅自设置户外广告",
                case="擅自设置户外广告",
                breach="《城市市容和环境卫生管理条例》第十一条",
                facts=(
                    "{d1}，执法队员巡查发现，当事人未经批准在{place}设置户外广告牌一处。",
                    "经责令限期拆除，当事人逾期未拆除。",
                    "当事人已自行拆除涉案广告牌。",
                ),
                options=(
                    PenaltyOption(7, ("罚款",), fine=(500, 5000, 100)),
                    PenaltyOption(3, ("警告",)),
                ),
                parties=(("org", 4), ("indiv", 6)),
                trades=("广告传媒", "商贸"),
                shops=("餐馆", "超市", "手机店", "美容店"),
            ),
            PenaltyItem(
                code="CF-CGJ-002",
                name="运输建筑垃圾沿途丢弃、遗撒",
                legal_basis="《城市建筑垃圾管理规定》第二十三条",
                violation_type="运输建筑垃圾沿途遗撒",
                case="运输建筑垃圾沿途遗撒",
                breach="《城市建筑垃圾管理规定》第十四条",
                facts=(
                    "{d1}，执法队员在{place}发现当事人所属的渣土运输车辆未密闭运输，沿途遗撒建筑垃圾。",
                    "遗撒路段长约{n}十米。",
                    "当事人已组织人员清理路面。",
                ),
                options=(PenaltyOption(1, ("警告", "罚款"), fine=(5000, 50000, 500)),),
                parties=(("org", 1),),
                trades=("渣土运输", "建筑工程"),
            ),
            PenaltyItem(
                code="CF-CGJ-003",
                name="擅自占用城市道路",
                legal_basis="《城市道路管理条例》第四十二条",
                violation_type="擅自占用城市道路",
                case="擅自占用城市道路",
                breach="《城市道路管理条例》第二十七条",
                facts=(
                    "{d1}，执法队员巡查发现，当事人未经批准在{place}人行道上堆放建筑材料。",
                    "占用面积约{n}平方米。",
                    "当事人已清理占道物品。",
                ),
                options=(PenaltyOption(1, ("罚款",), fine=(500, 20000, 100)),),
                parties=(("org", 3), ("indiv", 5), ("person", 2)),
                trades=("建筑装饰", "商贸"),
                shops=("建材店", "装饰材料店"),
            ),
        ),
    ),
    Dept(
        slug="wjw",
        name="郑州市上街区卫生健康委员会",
        short_name="区卫健委",
        org="MB1F0B48",
        address="郑州市上街区新安路52号",
        phone="0371-68926006",
        license_prefix="上卫许",
        penalty_prefix="上卫罚",
        weight=9,
        leader="冯某甲",
        liaison="陈某乙",
        licenses=(
            LicenseItem(
                code="XK-WJW-001",
                name="医疗机构执业登记",
                legal_basis="《医疗机构管理条例》第十五条",
                category="登记",
                title="{dept}医疗机构执业登记决定书",
                content="准予{party}执业登记，诊疗科目：{scope}；执业地点：{place}。",
                validity=("years", 5),
                cert_name="医疗机构执业许可证",
                cert_format="PDY{yy}{seq:05d}41010617D2112",
                trades=("医疗管理", "健康管理"),
                shops=("诊所", "口腔诊所", "中医诊所"),
                scopes=("内科；外科", "口腔科", "中医科", "全科医疗科"),
                parties=(("org", 4), ("indiv", 6)),
            ),
            LicenseItem(
                code="XK-WJW-002",
                name="公共场所卫生许可",
                legal_basis="《公共场所卫生管理条例》第八条",
                category="普通",
                title="{dept}公共场所卫生许可决定书",
                content="准予{party}公共场所卫生许可，许可项目：{scope}；经营地址：{place}。",
                validity=("years", 4),
                cert_name="卫生许可证",
                cert_format="豫卫公证字〔{yyyy}〕第410106{seq:06d}号",
                trades=("酒店管理", "健身", "洗浴服务"),
                shops=("宾馆", "理发店", "美容店", "游泳馆"),
                scopes=("住宿", "美容美发", "游泳场所", "沐浴场所"),
            ),
            LicenseItem(
                code="XK-WJW-003",
                name="医师执业注册",
                legal_basis="《中华人民共和国医师法》第十三条",
                category="认可",
                title="{dept}医师执业注册准予许可决定书",
                content="准予{party}医师执业注册，执业类别：{scope}；执业地点：郑州市。",
                validity=("long", 0),
                cert_name="医师执业证书",
                cert_format="1104101{yy}{seq:06d}",
                scopes=("临床", "中医", "口腔", "公共卫生"),
                parties=(("person", 1),),
            ),
        ),
        penalties=(
            PenaltyItem(
                code="CF-WJW-001",
                name="公共场所未取得卫生许可证擅自营业",
                legal_basis="《公共场所卫生管理条例实施细则》第三十五条第一款",
                violation_type="未依法取得公共场所卫生许可证擅自营业",
                case="未取得卫生许可证擅自营业",
                breach="《公共场所卫生管理条例》第八条",
                facts=(
                    "{d1}，卫生监督员对当事人位于{place}的经营场所进行检查，发现其未取得公共场所卫生许可证即对外营业。",
                    "经查，当事人已营业{n}个月。",
                    "当事人已申请办理卫生许可证。",
                ),
                options=(
                    PenaltyOption(7, ("警告", "罚款"), fine=(500, 5000, 100)),
                    PenaltyOption(3, ("警告",)),
                ),
                parties=(("org", 3), ("indiv", 7)),
                trades=("酒店管理", "美容服务"),
                shops=("宾馆", "理发店", "美容店", "足浴店"),
            ),
            PenaltyItem(
                code="CF-WJW-002",
                name="使用非卫生技术人员从事医疗卫生技术工作",
                legal_basis="《医疗机构管理条例》第四十八条",
                violation_type="使用非卫生技术人员从事医疗卫生技术工作",
                case="使用非卫生技术人员从事医疗卫生技术工作",
                breach="《医疗机构管理条例》第二十八条",
                facts=(
                    "{d1}，卫生监督员对当事人进行检查，发现其聘用的一名工作人员未取得执业资格即从事诊疗活动。",
                    "当事人不能提供该人员的执业证书。",
                    "当事人已辞退该人员。",
                ),
                options=(
                    PenaltyOption(9, ("罚款",), fine=(10000, 100000, 1000)),
                    PenaltyOption(1, ("罚款", "吊销许可证件"), fine=(50000, 100000, 1000)),
                ),
                parties=(("org", 4), ("indiv", 6)),
                trades=("医疗管理",),
                shops=("诊所", "口腔诊所"),
                licence="医疗机构执业许可证",
            ),
            PenaltyItem(
                code="CF-WJW-003",
                name="未取得医师执业证书非法行医",
                legal_basis="《中华人民共和国医师法》第五十九条",
                violation_type="非医师行医",
                case="非医师行医",
                breach="《中华人民共和国医师法》第十三条第四款",
                facts=(
                    "{d1}，卫生监督员接举报后在{place}检查，发现当事人未取得医师资格和医师执业证书，擅自为他人进行输液等诊疗活动。",
                    "现场查获药品、医疗器械一批。",
                    "经查，当事人违法所得不足一万元，按一万元计算。",
                ),
                options=(
                    PenaltyOption(
                        1,
                        ("没收违法所得", "没收非法财物", "罚款"),
                        fine=(20000, 100000, 1000),
                        gain=(300, 3000),
                        goods=(200, 2000),
                    ),
                ),
                parties=(("person", 1),),
            ),
            PenaltyItem(
                code="CF-WJW-004",
                name="未按规定对公共场所进行卫生检测",
                legal_basis="《公共场所卫生管理条例实施细则》第三十六条第（一）项",
                violation_type="未按照规定对公共场所的空气、水质等进行卫生检测",
                case="未按规定进行公共场所卫生检测",
                breach="《公共场所卫生管理条例实施细则》第十九条第一款",
                facts=(
                    "{d1}，卫生监督员检查发现，当事人不能提供本年度公共场所空气、水质等卫生检测报告。",
                    "当事人已委托检测机构开展检测。",
                ),
                options=(
                    PenaltyOption(6, ("警告",)),
                    PenaltyOption(4, ("警告", "罚款"), fine=(500, 2000, 100)),
                ),
                parties=(("org", 4), ("indiv", 6)),
                trades=("酒店管理", "健身"),
                shops=("宾馆", "游泳馆", "理发店"),
            ),
        ),
    ),
    Dept(
        slug="yjglj",
        name="郑州市上街区应急管理局",
        short_name="区应急局",
        org="MB1F0B56",
        address="郑州市上街区登封路8号",
        phone="0371-68927007",
        license_prefix="上应急许",
        penalty_prefix="上应急罚",
        weight=8,
        leader="陈某甲",
        liaison="褚某乙",
        licenses=(
            LicenseItem(
                code="XK-YJGLJ-001",
                name="危险化学品经营许可（不带储存设施）",
                legal_basis="《危险化学品安全管理条例》第三十三条、第三十五条",
                category="普通",
                title="{dept}危险化学品经营许可决定书",
                content="准予{party}经营{scope}（不带储存设施），经营场所：{place}。",
                validity=("years", 3),
                cert_name="危险化学品经营许可证",
                cert_format="豫郑上危化经字〔{yyyy}〕{seq:06d}",
                trades=("化工", "商贸", "气体"),
                scopes=("工业气体", "油漆、稀释剂", "溶剂类化学品"),
                parties=(("org", 1),),
            ),
            LicenseItem(
                code="XK-YJGLJ-002",
                name="烟花爆竹经营（零售）许可",
                legal_basis="《烟花爆竹安全管理条例》第十七条、第十九条",
                category="普通",
                title="{dept}烟花爆竹经营（零售）许可决定书",
                content="准予{party}零售烟花爆竹，经营场所：{place}；限量存放量：{scope}。",
                validity=("years", 1),
                cert_name="烟花爆竹经营（零售）许可证",
                cert_format="（{yyyy}）豫郑上零字{seq:04d}号",
                shops=("便利店", "超市", "烟酒店"),
                scopes=("二百箱", "一百箱"),
                parties=(("indiv", 8), ("org", 2)),
            ),
        ),
        penalties=(
            PenaltyItem(
                code="CF-YJGLJ-001",
                name="未按规定对从业人员进行安全生产教育和培训",
                legal_basis="《中华人民共和国安全生产法》第九十七条第（三）项",
                violation_type="未按规定对从业人员进行安全生产教育和培训",
                case="未按规定对从业人员进行安全生产教育和培训",
                breach="《中华人民共和国安全生产法》第二十八条第一款",
                facts=(
                    "{d1}，执法人员对当事人进行安全生产检查，发现其未建立从业人员安全生产教育和培训档案。",
                    "经抽查，{n}名一线作业人员未接受岗前安全培训即上岗作业。",
                    "当事人已组织全员安全培训并建立培训档案。",
                ),
                options=(PenaltyOption(1, ("罚款",), fine=(10000, 100000, 1000)),),
                parties=(("org", 1),),
                trades=("铝业", "机械制造", "建材", "物流"),
            ),
            PenaltyItem(
                code="CF-YJGLJ-002",
                name="未建立安全风险分级管控制度",
                legal_basis="《中华人民共和国安全生产法》第一百零一条第（五）项",
                violation_type="未建立安全风险分级管控制度",
                case="未建立安全风险分级管控制度",
                breach="《中华人民共和国安全生产法》第四十一条第一款",
                facts=(
                    "{d1}，执法人员检查发现，当事人未建立安全风险分级管控制度，未对作业场所的安全风险进行辨识评估。",
                    "当事人已建立相关制度。",
                ),
                options=(PenaltyOption(1, ("罚款",), fine=(10000, 100000, 1000)),),
                parties=(("org", 1),),
                trades=("铝业", "化工", "机械制造"),
            ),
            PenaltyItem(
                code="CF-YJGLJ-003",
                name="未取得烟花爆竹零售许可证经营烟花爆竹",
                legal_basis="《烟花爆竹安全管理条例》第三十六条第二款",
                violation_type="未经许可经营烟花爆竹",
                case="未取得许可证经营烟花爆竹",
                breach="《烟花爆竹安全管理条例》第三条",
                facts=(
                    "{d1}，执法人员在{place}检查发现，当事人未取得烟花爆竹经营（零售）许可证，擅自销售烟花爆竹。",
                    "现场查扣烟花爆竹{n}箱。",
                    "当事人对违法事实无异议。",
                ),
                options=(
                    PenaltyOption(
                        1,
                        ("没收违法所得", "没收非法财物", "罚款"),
                        fine=(20000, 100000, 1000),
                        gain=(50, 1500),
                        goods=(300, 5000),
                    ),
                ),
                parties=(("indiv", 6), ("person", 4)),
                shops=("便利店", "烟酒店", "商店"),
            ),
            PenaltyItem(
                code="CF-YJGLJ-004",
                name="主要负责人未履行安全生产管理职责",
                legal_basis="《中华人民共和国安全生产法》第九十四条第一款",
                violation_type="生产经营单位主要负责人未履行安全生产管理职责",
                case="未履行安全生产管理职责",
                breach="《中华人民共和国安全生产法》第二十一条",
                facts=(
                    "{d1}，执法人员检查发现，当事人作为某某公司主要负责人，未组织制定并实施本单位安全生产教育和培训计划。",
                    "经责令限期改正，当事人逾期未改正。",
                ),
                options=(PenaltyOption(1, ("罚款",), fine=(20000, 50000, 1000)),),
                parties=(("person", 1),),
            ),
        ),
    ),
    Dept(
        slug="rsj",
        name="郑州市上街区人力资源和社会保障局",
        short_name="区人社局",
        org="MB1F0B64",
        address="郑州市上街区淮阳路20号",
        phone="0371-68928008",
        license_prefix="上人社许",
        penalty_prefix="上人社监罚",
        weight=7,
        leader="褚某甲",
        liaison="卫某乙",
        licenses=(
            LicenseItem(
                code="XK-RSJ-001",
                name="人力资源服务许可",
                legal_basis="《人力资源市场暂行条例》第十八条",
                category="普通",
                title="{dept}人力资源服务许可决定书",
                content="准予{party}从事职业中介活动，服务范围：{scope}；服务场所：{place}。",
                validity=("long", 0),
                cert_name="人力资源服务许可证",
                cert_format="（豫）人服证字〔{yyyy}〕第0106{seq:05d}号",
                trades=("人力资源服务", "企业管理咨询"),
                scopes=("为劳动者介绍用人单位；为用人单位推荐劳动者", "组织开展现场招聘会；开展网络招聘"),
                parties=(("org", 1),),
            ),
            LicenseItem(
                code="XK-RSJ-002",
                name="劳务派遣经营许可",
                legal_basis="《中华人民共和国劳动合同法》第五十七条",
                category="普通",
                title="{dept}劳务派遣经营许可决定书",
                content="准予{party}经营劳务派遣业务，住所：{place}。",
                validity=("years", 3),
                cert_name="劳务派遣经营许可证",
                cert_format="41010620{yy}{seq:04d}",
                trades=("人力资源服务", "劳务服务"),
                parties=(("org", 1),),
            ),
        ),
        penalties=(
            PenaltyItem(
                code="CF-RSJ-001",
                name="用人单位违反规定延长劳动者工作时间",
                legal_basis="《中华人民共和国劳动法》第九十条；《劳动保障监察条例》第二十五条",
                violation_type="违法延长劳动者工作时间",
                case="违反规定延长劳动者工作时间",
                breach="《中华人民共和国劳动法》第四十一条",
                facts=(
                    "{d1}，劳动保障监察员对当事人进行检查，发现其安排{n}名劳动者每月加班时间超过三十六小时。",
                    "经查，当事人考勤记录和工资表可以证实上述事实。",
                    "当事人已调整作息安排并足额支付加班工资。",
                ),
                options=(
                    PenaltyOption(7, ("警告", "罚款"), fine=(1000, 10000, 100)),
                    PenaltyOption(3, ("警告",)),
                ),
                parties=(("org", 1),),
                trades=("物流", "机械制造", "餐饮管理", "商贸"),
            ),
            PenaltyItem(
                code="CF-RSJ-002",
                name="用人单位未按规定建立职工名册",
                legal_basis="《中华人民共和国劳动合同法实施条例》第三十三条",
                violation_type="未建立职工名册",
                case="未按规定建立职工名册",
                breach="《中华人民共和国劳动合同法》第七条",
                facts=(
                    "{d1}，劳动保障监察员检查发现，当事人未建立职工名册。",
                    "经责令限期改正，当事人逾期未改正。",
                ),
                options=(PenaltyOption(1, ("罚款",), fine=(2000, 20000, 500)),),
                parties=(("org", 1),),
                trades=("物流", "商贸", "保洁服务"),
            ),
            PenaltyItem(
                code="CF-RSJ-003",
                name="未经许可擅自经营劳务派遣业务",
                legal_basis="《中华人民共和国劳动合同法》第九十二条第一款",
                violation_type="未经许可经营劳务派遣",
                case="未经许可擅自经营劳务派遣业务",
                breach="《中华人民共和国劳动合同法》第五十七条第二款",
                facts=(
                    "{d1}，劳动保障监察员检查发现，当事人未取得劳务派遣经营许可证，向某某公司派遣劳动者{n}名。",
                    "经查，当事人收取派遣管理费，违法所得数额经核算确定。",
                    "当事人已停止劳务派遣业务。",
                ),
                options=(PenaltyOption(1, ("没收违法所得", "罚款"), fine_times=(1, 3), gain=(3000, 40000)),),
                parties=(("org", 1),),
                trades=("劳务服务", "人力资源服务"),
            ),
        ),
    ),
    Dept(
        slug="jyj",
        name="郑州市上街区教育局",
        short_name="区教育局",
        org="MB1F0B72",
        address="郑州市上街区金华路3号",
        phone="0371-68929009",
        license_prefix="上教许",
        penalty_prefix="上教罚",
        weight=6,
        leader="卫某甲",
        liaison="蒋某乙",
        licenses=(
            LicenseItem(
                code="XK-JYJ-001",
                name="民办学校（幼儿园）办学许可",
                legal_basis="《中华人民共和国民办教育促进法》第十二条、第十八条",
                category="普通",
                title="{dept}准予民办学校设立决定书",
                content="准予设立{party}，办学层次：{scope}；办学地址：{place}。",
                validity=("years", 5),
                cert_name="中华人民共和国民办学校办学许可证",
                cert_format="教民1410106{yy}{seq:04d}号",
                trades=("幼儿园",),
                shops=("幼儿园",),
                scopes=("学前教育", "学前教育（普惠性）"),
                parties=(("school", 1),),
            ),
            LicenseItem(
                code="XK-JYJ-002",
                name="教师资格认定",
                legal_basis="《中华人民共和国教师法》第十三条；《教师资格条例》第十三条",
                category="认可",
                title="{dept}教师资格认定决定书",
                content="认定{party}具备{scope}教师资格。",
                validity=("long", 0),
                cert_name="教师资格证书",
                cert_format="{yyyy}4101062{seq:04d}",
                scopes=("幼儿园", "小学", "初级中学"),
                parties=(("person", 1),),
            ),
        ),
        penalties=(
            PenaltyItem(
                code="CF-JYJ-001",
                name="民办学校发布虚假招生简章或者广告",
                legal_basis="《中华人民共和国民办教育促进法》第六十二条第（三）项",
                violation_type="发布虚假招生简章",
                case="发布虚假招生简章",
                breach="《中华人民共和国民办教育促进法》第四十二条",
                facts=(
                    "{d1}，我局接家长投诉后调查发现，当事人发布的招生简章中宣称的办学条件与实际情况不符。",
                    "经查，当事人据此招收幼儿{n}名。",
                    "当事人已撤回招生简章并向家长说明情况。",
                ),
                options=(
                    PenaltyOption(8, ("警告",)),
                    PenaltyOption(2, ("警告", "没收违法所得"), gain=(2000, 20000)),
                ),
                parties=(("school", 1),),
                shops=("幼儿园",),
            ),
            PenaltyItem(
                code="CF-JYJ-002",
                name="擅自举办民办学校",
                legal_basis="《中华人民共和国民办教育促进法》第六十四条",
                violation_type="未经批准擅自举办民办学校",
                case="未经批准擅自举办幼儿园",
                breach="《中华人民共和国民办教育促进法》第十二条",
                facts=(
                    "{d1}，我局检查发现，当事人未经批准在{place}举办幼儿看护班，招收幼儿{n}名。",
                    "经责令限期改正，当事人未能达到办学条件。",
                ),
                options=(PenaltyOption(1, ("其他",), other="责令停止办学，退还所收费用"),),
                parties=(("person", 1),),
            ),
        ),
    ),
    Dept(
        slug="wglj",
        name="郑州市上街区文化广电和旅游局",
        short_name="区文广旅局",
        org="MB1F0B80",
        address="郑州市上街区孟津路15号",
        phone="0371-68920010",
        license_prefix="上文旅许",
        penalty_prefix="上文旅罚",
        weight=5,
        leader="蒋某甲",
        liaison="沈某乙",
        licenses=(
            LicenseItem(
                code="XK-WGLJ-001",
                name="娱乐场所经营活动审批",
                legal_basis="《娱乐场所管理条例》第九条",
                category="普通",
                title="{dept}娱乐场所经营许可决定书",
                content="准予{party}从事娱乐场所经营活动，经营范围：{scope}；经营地址：{place}。",
                validity=("years", 2),
                cert_name="娱乐经营许可证",
                cert_format="4101061{yy}0{seq:04d}",
                trades=("文化娱乐", "娱乐管理"),
                shops=("歌厅", "游艺厅"),
                scopes=("歌舞娱乐场所", "游艺娱乐场所"),
            ),
            LicenseItem(
                code="XK-WGLJ-002",
                name="营业性演出审批",
                legal_basis="《营业性演出管理条例》第十四条",
                category="普通",
                title="{dept}关于同意举办营业性演出的批复",
                content="同意{party}于{place}举办营业性演出“{scope}”。",
                validity=("days", 30),
                trades=("文化传播", "演艺"),
                scopes=("上街之夏音乐会", "迎新春文艺晚会", "戏曲惠民专场"),
                parties=(("org", 1),),
            ),
        ),
        penalties=(
            PenaltyItem(
                code="CF-WGLJ-001",
                name="互联网上网服务营业场所接纳未成年人",
                legal_basis="《互联网上网服务营业场所管理条例》第三十一条第（二）项",
                violation_type="接纳未成年人进入营业场所",
                case="接纳未成年人进入营业场所",
                breach="《互联网上网服务营业场所管理条例》第二十一条",
                facts=(
                    "{d1}，执法人员检查发现，当事人经营的网吧内有未成年人上网。",
                    "当事人未在入口处设置未成年人禁入标志，未核对上网消费者身份。",
                ),
                options=(
                    PenaltyOption(6, ("警告", "罚款"), fine=(1000, 15000, 500)),
                    PenaltyOption(3, ("警告",)),
                    PenaltyOption(1, ("罚款", "暂扣许可证件"), fine=(5000, 15000, 500), days=3),
                ),
                parties=(("org", 5), ("indiv", 5)),
                trades=("网络科技", "网咖"),
                shops=("网吧", "网咖"),
                licence="网络文化经营许可证",
            ),
            PenaltyItem(
                code="CF-WGLJ-002",
                name="娱乐场所未按规定悬挂警示标志",
                legal_basis="《娱乐场所管理条例》第四十九条",
                violation_type="未按规定悬挂警示标志、未成年人禁入标志",
                case="未按规定悬挂警示标志",
                breach="《娱乐场所管理条例》第三十条",
                facts=(
                    "{d1}，执法人员检查发现，当事人经营场所未在显著位置悬挂未成年人禁入标志。",
                    "当事人已当场改正。",
                ),
                options=(PenaltyOption(1, ("警告",)),),
                parties=(("org", 5), ("indiv", 5)),
                trades=("文化娱乐",),
                shops=("歌厅", "游艺厅"),
            ),
            PenaltyItem(
                code="CF-WGLJ-003",
                name="未经批准擅自从事营业性演出经营活动",
                legal_basis="《营业性演出管理条例》第四十三条第一款",
                violation_type="擅自从事营业性演出经营活动",
                case="未经批准举办营业性演出",
                breach="《营业性演出管理条例》第十三条",
                facts=(
                    "{d1}，执法人员检查发现，当事人未经批准在{place}举办营业性演出，售出门票{n}十张。",
                    "当事人对违法事实无异议。",
                ),
                options=(
                    PenaltyOption(1, ("没收违法所得", "罚款"), fine=(50000, 100000, 1000), gain=(500, 8000)),
                ),
                parties=(("org", 1),),
                trades=("文化传播", "演艺"),
            ),
        ),
    ),
    Dept(
        slug="gaj",
        name="郑州市公安局上街分局",
        short_name="上街公安分局",
        org="MB1F0B99",
        address="郑州市上街区中心路101号",
        phone="0371-68920110",
        license_prefix="上公许",
        penalty_prefix="上公（治）行罚决字",
        weight=6,
        leader="沈某甲",
        liaison="韩某乙",
        remedy=CITY_REMEDY,
        licenses=(
            LicenseItem(
                code="XK-GAJ-001",
                name="举办大型群众性活动安全许可",
                legal_basis="《大型群众性活动安全管理条例》第十一条",
                category="普通",
                title="{dept}大型群众性活动安全许可决定书",
                content="准予{party}于{place}举办“{scope}”大型群众性活动。",
                validity=("days", 3),
                trades=("文化传播", "体育发展", "会展服务"),
                scopes=("上街区全民健身长跑赛", "航空主题文化节", "新春游园会"),
                parties=(("org", 1),),
            ),
            LicenseItem(
                code="XK-GAJ-002",
                name="旅馆业特种行业许可",
                legal_basis="《旅馆业治安管理办法》第四条",
                category="普通",
                title="{dept}特种行业许可决定书（旅馆业）",
                content="准予{party}经营旅馆业，经营地址：{place}，客房{n}十间。",
                validity=("long", 0),
                cert_name="特种行业许可证",
                cert_format="上公特旅字〔{yyyy}〕第{seq:04d}号",
                trades=("酒店管理",),
                shops=("宾馆", "旅馆"),
            ),
            LicenseItem(
                code="XK-GAJ-003",
                name="公章刻制业特种行业许可",
                legal_basis="《国务院对确需保留的行政审批项目设定行政许可的决定》第37项",
                category="特许",
                title="{dept}特种行业许可决定书（公章刻制业）",
                content="准予{party}从事公章刻制业，经营地址：{place}。",
                validity=("long", 0),
                cert_name="特种行业许可证",
                cert_format="上公特章字〔{yyyy}〕第{seq:04d}号",
                trades=("印章", "图文"),
                shops=("刻章店",),
            ),
        ),
        penalties=(
            PenaltyItem(
                code="CF-GAJ-001",
                name="旅馆不按规定登记住宿旅客信息",
                legal_basis="《中华人民共和国治安管理处罚法》第五十六条第一款",
                violation_type="旅馆业不按规定登记住宿旅客信息",
                case="不按规定登记住宿旅客信息",
                breach="《旅馆业治安管理办法》第六条",
                facts=(
                    "{d1}，民警在检查中发现，当事人经营的旅馆接待住宿旅客时未查验身份证件、未如实登记。",
                    "当事人对上述违法事实供认不讳。",
                ),
                options=(
                    PenaltyOption(8, ("罚款",), fine=(200, 500, 50)),
                    PenaltyOption(2, ("警告",)),
                ),
                parties=(("org", 3), ("indiv", 7)),
                trades=("酒店管理",),
                shops=("宾馆", "旅馆"),
            ),
            PenaltyItem(
                code="CF-GAJ-002",
                name="未经许可举办大型群众性活动",
                legal_basis="《大型群众性活动安全管理条例》第二十二条",
                violation_type="未经公安机关许可举办大型群众性活动",
                case="未经许可举办大型群众性活动",
                breach="《大型群众性活动安全管理条例》第十一条",
                facts=(
                    "{d1}，当事人未经公安机关许可，在{place}举办商业促销活动，现场参加人数超过一千人。",
                    "我局依法对活动予以取缔。",
                ),
                options=(PenaltyOption(1, ("罚款",), fine=(100000, 300000, 10000)),),
                parties=(("org", 1),),
                trades=("文化传播", "商贸", "会展服务"),
            ),
            PenaltyItem(
                code="CF-GAJ-003",
                name="殴打他人",
                legal_basis="《中华人民共和国治安管理处罚法》第四十三条第一款",
                violation_type="殴打他人",
                case="殴打他人",
                breach="《中华人民共和国治安管理处罚法》第四十三条第一款",
                facts=(
                    "{d1}，当事人在{place}因琐事与他人发生纠纷，并用拳头殴打对方，致其轻微伤。",
                    "以上事实有当事人陈述、证人证言、视频资料等证据证实。",
                ),
                options=(
                    PenaltyOption(6, ("行政拘留", "罚款"), fine=(200, 500, 100), days=5),
                    PenaltyOption(4, ("罚款",), fine=(200, 500, 100)),
                ),
                parties=(("person", 1),),
            ),
        ),
    ),
    Dept(
        slug="jtj",
        name="郑州市上街区交通运输局",
        short_name="区交通局",
        org="MB1F0C03",
        address="郑州市上街区洛宁路11号",
        phone="0371-68920012",
        license_prefix="上交许",
        penalty_prefix="上交罚",
        weight=7,
        leader="韩某甲",
        liaison="杨某乙",
        licenses=(
            LicenseItem(
                code="XK-JTJ-001",
                name="道路货物运输经营许可",
                legal_basis="《中华人民共和国道路运输条例》第二十一条、第二十四条",
                category="普通",
                title="{dept}道路货物运输经营许可决定书",
                content="准予{party}从事{scope}，经营场所：{place}。",
                validity=("years", 4),
                cert_name="道路运输经营许可证",
                cert_format="豫交运管许可郑字410106{yy}{seq:04d}号",
                trades=("物流", "运输", "货运代理"),
                scopes=("道路普通货物运输", "货物专用运输（集装箱）"),
                parties=(("org", 7), ("indiv", 3)),
            ),
            LicenseItem(
                code="XK-JTJ-002",
                name="出租汽车经营许可",
                legal_basis="《国务院对确需保留的行政审批项目设定行政许可的决定》第112项",
                category="特许",
                title="{dept}出租汽车经营许可决定书",
                content="准予{party}从事巡游出租汽车客运经营，车辆{n}十台，经营区域：郑州市上街区。",
                validity=("years", 6),
                cert_name="道路运输经营许可证",
                cert_format="豫交运管许可郑字4101069{yy}{seq:03d}号",
                trades=("出租汽车", "客运"),
                parties=(("org", 1),),
            ),
            LicenseItem(
                code="XK-JTJ-003",
                name="公路超限运输许可",
                legal_basis="《中华人民共和国公路法》第五十条；《公路安全保护条例》第三十五条",
                category="普通",
                title="{dept}超限运输车辆行驶公路许可决定书",
                content="准予{party}的超限运输车辆按核定的路线和时间行驶公路，运输货物：{scope}。",
                validity=("days", 15),
                trades=("物流", "吊装运输", "大件运输"),
                scopes=("大型变压器", "铝卷", "预制桥梁构件"),
                parties=(("org", 1),),
            ),
        ),
        penalties=(
            PenaltyItem(
                code="CF-JTJ-001",
                name="未取得道路运输经营许可擅自从事道路普通货物运输经营",
                legal_basis="《中华人民共和国道路运输条例》第六十三条",
                violation_type="未取得道路运输经营许可从事货运经营",
                case="未取得道路运输经营许可擅自从事货物运输经营",
                breach="《中华人民共和国道路运输条例》第二十四条",
                facts=(
                    "{d1}，执法人员在{place}检查时发现，当事人驾驶的重型货车未取得道路运输经营许可，从事货物运输经营。",
                    "经查，当事人本次运输收取运费，违法所得不足一万元。",
                ),
                options=(PenaltyOption(1, ("罚款",), fine=(3000, 10000, 500)),),
                parties=(("person", 6), ("indiv", 4)),
                shops=("运输户", "货运部"),
            ),
            PenaltyItem(
                code="CF-JTJ-002",
                name="车辆超限运输",
                legal_basis="《公路安全保护条例》第六十四条",
                violation_type="车辆违法超限运输",
                case="车辆违法超限运输",
                breach="《公路安全保护条例》第三十五条",
                facts=(
                    "{d1}，执法人员在{place}对当事人所属货车进行检测，车货总质量超过规定限值。",
                    "当事人已自行卸载超限货物。",
                ),
                options=(PenaltyOption(1, ("罚款",), fine=(500, 30000, 100)),),
                parties=(("org", 5), ("person", 5)),
                trades=("物流", "运输"),
            ),
            PenaltyItem(
                code="CF-JTJ-003",
                name="货运经营者不按规定携带车辆营运证",
                legal_basis="《中华人民共和国道路运输条例》第六十八条",
                violation_type="不按规定携带车辆营运证",
                case="不按规定携带车辆营运证",
                breach="《中华人民共和国道路运输条例》第三十四条",
                facts=(
                    "{d1}，执法人员在{place}检查发现，当事人所属营运货车未随车携带道路运输证。",
                    "当事人已补齐证件。",
                ),
                options=(
                    PenaltyOption(6, ("警告",)),
                    PenaltyOption(4, ("罚款",), fine=(20, 200, 10)),
                ),
                parties=(("org", 6), ("indiv", 4)),
                trades=("物流", "运输"),
                shops=("货运部",),
            ),
        ),
    ),
)

DEPT_BY_SLUG = {d.slug: d for d in DEPARTMENTS}

FOOD_GOODS = ("酸奶", "火腿肠", "方便面", "饼干", "饮料", "面包", "速冻水饺", "调味品")
FOOD_TESTS = ("菌落总数", "大肠菌群", "过氧化值", "二氧化硫残留量", "农药残留")


# --------------------------------------------------------------------------------------------------------------
# A small YAML emitter
# --------------------------------------------------------------------------------------------------------------

# Safe as plain scalars: text whose first non-alphanumeric character is CJK (no YAML indicator, number, date
# or boolean can start that way) and that has no ':', '#', tab or line break anywhere.
_PLAIN_CJK = re.compile(
    r"^[0-9A-Za-z]{0,16}[\u3000-\u303f\u4e00-\u9fff\uff01-\uffef《（“][^\n\r\t:#]*(?<!\s)$"
)
_PLAIN_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$")
ALWAYS_QUOTED = {
    "uscc",
    "authority_uscc",
    "source_unit_uscc",
    "org_code",
    "business_reg_no",
    "document_number",
    "certificate_number",
    "id_number",
    "legal_rep_id_number",
}


def scalar(value: Any, key: str = "") -> str:
    """A YAML scalar that both PyYAML and gongshi's loader read back as ``value``."""
    if isinstance(value, str):
        return _text_scalar(value, key in ALWAYS_QUOTED)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, Decimal)):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return _text_scalar(str(value), key in ALWAYS_QUOTED)


@lru_cache(maxsize=65536)
def _text_scalar(text: str, quoted: bool) -> str:
    """A string as a plain scalar when nothing can misread it, else JSON-style double-quoted."""
    if not quoted and (_PLAIN_CJK.match(text) or _PLAIN_CODE.match(text)):
        return text
    return json.dumps(text, ensure_ascii=False)


def emit(data: dict[str, Any], indent: str = "") -> list[str]:
    """Lines of a block mapping; nested mappings and lists of scalars or mappings are supported."""
    lines: list[str] = []
    for key, value in data.items():
        if type(value) is str and "\n" not in value:  # the common case first
            lines.append(f"{indent}{key}: {_text_scalar(value, key in ALWAYS_QUOTED)}")
        elif isinstance(value, dict):
            lines.append(f"{indent}{key}:")
            lines.extend(emit(value, indent + "  "))
        elif isinstance(value, list):
            lines.append(f"{indent}{key}:")
            for item in value:
                if isinstance(item, dict):
                    sub = emit(item, indent + "    ")
                    lines.append(f"{indent}  - {sub[0].lstrip()}")
                    lines.extend(sub[1:])
                else:
                    lines.append(f"{indent}  - {scalar(item)}")
        elif isinstance(value, str) and "\n" in value.rstrip("\n"):
            lines.append(f"{indent}{key}: |" if value.endswith("\n") else f"{indent}{key}: |-")
            lines.extend(f"{indent}  {line}" if line else "" for line in value.rstrip("\n").split("\n"))
        else:
            lines.append(f"{indent}{key}: {scalar(value, key)}")
    return lines


def dump(data: dict[str, Any]) -> str:
    """A whole YAML document."""
    return "\n".join(emit(data)) + "\n"


# --------------------------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months, clamped to the last day of the month."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def cn_date(day: date) -> str:
    """2025年3月5日."""
    return f"{day.year}年{day.month}月{day.day}日"


def workdays(start: date, end: date) -> list[date]:
    """Working days in ``[start, end]`` by the State Council calendar, Monday-Friday past its data."""
    import chinese_calendar

    out, day = [], start
    while day <= end:
        try:
            work = chinese_calendar.is_workday(day)
        except NotImplementedError:
            work = day.weekday() < 5
        if work:
            out.append(day)
        day += timedelta(days=1)
    return out


@dataclass(frozen=True)
class Calendar:
    """The date range of a demo tree and its working days."""

    first: date
    last: date  # last decision date
    cap: date  # no generated record is published after this day
    days: tuple[date, ...]  # working days from ``first`` to well after ``cap``

    @classmethod
    def for_years(cls, start_year: int) -> Calendar:
        """Decisions from 1 January of ``start_year`` to 20 November of the next year."""
        first, last = date(start_year, 1, 1), date(start_year + 1, 11, 20)
        return cls(first, last, last + timedelta(days=5), tuple(workdays(first, last + timedelta(days=60))))

    def decision_days(self) -> list[date]:
        """Working days a decision can fall on."""
        return [d for d in self.days if d <= self.last]

    def after(self, day: date, n: int) -> date:
        """The n-th working day after ``day``."""
        return self.days[bisect_right(self.days, day) + n - 1]


# --------------------------------------------------------------------------------------------------------------
# Parties
# --------------------------------------------------------------------------------------------------------------


def person_name(rng: Random) -> str:
    """张某某 / 李某."""
    return rng.choice(SURNAMES) + ("某某" if rng.random() < 0.7 else "某")


def masked_id(rng: Random) -> str:
    """A masked 居民身份证号: first 6, eight ``*``, last 4."""
    return f"{rng.choice(ID_REGIONS)}********{rng.randrange(1000):03d}{rng.choice('0123456789X')}"


class PartyMaker:
    """Invents parties; codes come from a counter so every new party has its own USCC."""

    def __init__(self, rng: Random):
        self.rng = rng
        self.count = 0
        self.pool: dict[tuple[str, str], list[dict[str, Any]]] = {}

    def _org8(self) -> str:
        """Eight code characters unique in the tree: MA + six USCC characters."""
        self.count += 1
        n = (self.count * 387420489 + 12345) % 887503681  # a bijection of 0..31**6-1 (3**18 is prime to 31)
        chars = []
        for _ in range(6):
            n, r = divmod(n, 31)
            chars.append(USCC_ALPHABET[r])
        return "MA" + "".join(chars)

    def _old_codes(self) -> tuple[str, str]:
        """An old-style numeric 组织机构代码 (8 digits) and a 15-digit 工商注册号."""
        self.count += 1
        org8 = f"{(self.count * 7919 + 30000000) % 100000000:08d}"
        reg14 = f"410106{self.count % 100000000:08d}"
        return org8, reg14 + reg_no_check_digit(reg14)

    def make(self, kind: str, dept: str, trades: Sequence[str], shops: Sequence[str]) -> dict[str, Any]:
        """A party of ``kind`` (org, indiv, school or person); sometimes one seen before in this department."""
        rng = self.rng
        pool = self.pool.setdefault((dept, kind), [])
        if pool and rng.random() < 0.12:
            return dict(rng.choice(pool))
        if kind == "person":
            party = {
                "name": person_name(rng),
                "category": "自然人",
                "id_type": "身份证",
                "id_number": masked_id(rng),
            }
        elif kind == "indiv":
            party = {
                "name": f"{rng.choice(('上街区', '郑州市上街区'))}某某{rng.choice(shops)}",
                "category": "个体工商户",
                "uscc": make_uscc("92", self._org8()),
                "legal_rep": person_name(rng),
            }
        elif kind == "school":
            party = {
                "name": f"郑州市上街区某某{rng.choice(shops)}",
                "category": "法人及非法人组织",
                "uscc": make_uscc("52", self._org8()),
                "legal_rep": person_name(rng),
            }
        else:
            prefix = rng.choice(("郑州", "郑州", "河南", "郑州市上街区"))
            suffix = rng.choice(("有限公司", "有限公司", "有限责任公司", "股份有限公司"))
            party = {"name": f"{prefix}某某{rng.choice(trades)}{suffix}", "category": "法人及非法人组织"}
            if rng.random() < 0.1:
                org8, reg = self._old_codes()
                party["uscc"] = make_uscc("91", org8)
                party["business_reg_no"] = reg
                party["org_code"] = party["uscc"][8:17]
            else:
                party["uscc"] = make_uscc("91", self._org8())
            party["legal_rep"] = person_name(rng)
            if rng.random() < 0.05:
                party["legal_rep_id_type"] = "身份证"
                party["legal_rep_id_number"] = masked_id(rng)
        pool.append(party)
        return dict(party)


def pick(rng: Random, weighted: Sequence[tuple[Any, int]]) -> Any:
    """One value of ``(value, weight)`` pairs."""
    return rng.choices([v for v, _ in weighted], weights=[w for _, w in weighted])[0]


def place(rng: Random) -> str:
    """A fictitious address in 上街区."""
    road = rng.choice(ROADS)
    return f"郑州市上街区{road}" + ("" if road.endswith("村") else "某某号")


# --------------------------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------------------------


@dataclass
class Plan:
    """A record before its fields are drawn: where it goes and when it was decided."""

    dept: Dept
    kind: str  # "license" | "penalty"
    decided: date
    order: int
    seq: int = 0


def yuan(cents: int) -> Decimal:
    """An amount in 元 from 分: integer when whole, else two decimals."""
    return Decimal(cents // 100) if cents % 100 == 0 else Decimal(cents).scaleb(-2)


def yuan_text(amount: Decimal) -> str:
    """How an amount is written in 处罚内容."""
    return str(amount)


def doc_number(prefix: str, year: int, seq: int, pad: int) -> str:
    """上市监罚〔2025〕45号."""
    return f"{prefix}〔{year}〕{seq:0{pad}d}号"


def cert_number(fmt: str, day: date, seq: int, rng: Random) -> str:
    """A certificate number in the item's format."""
    return fmt.format(yyyy=day.year, yy=f"{day.year % 100:02d}", mm=day.month, seq=seq, r=rng.randrange(10))


def published(rng: Random, cal: Calendar, decided: date) -> date:
    """公示日期: mostly 1-5 working days after the decision, rarely late; never after the calendar's cap."""
    n = rng.choice((1, 1, 2, 2, 2, 3, 3, 4, 5)) if rng.random() > 0.02 else rng.randrange(8, 16)
    return max(decided, min(cal.after(decided, n), cal.cap))


def license_record(rng: Random, cal: Calendar, plan: Plan, parties: PartyMaker) -> dict[str, Any]:
    """Fields of one 行政许可 record."""
    dept, decided = plan.dept, plan.decided
    item = rng.choice(dept.licenses)
    party = parties.make(pick(rng, item.parties), dept.slug, item.trades, item.shops)
    words = {
        "dept": dept.name,
        "party": party["name"],
        "project": rng.choice(item.scopes),
        "scope": rng.choice(item.scopes),
        "place": place(rng),
        "n": rng.randrange(1, 10),
    }
    rec: dict[str, Any] = {"item": item.code, "document_title": item.title.format(**words)}
    number = doc_number(dept.license_prefix, decided.year, plan.seq, dept.pad)
    cert = cert_number(item.cert_format, decided, plan.seq, rng) if item.cert_format else None
    no_number = cert is not None and rng.random() < 0.03
    rec["document_number"] = cert if no_number else number
    rec["category"] = item.category
    if item.detail:
        rec["category_detail"] = item.detail
    if cert:
        rec["certificate_name"] = item.cert_name
        rec["certificate_number"] = cert
    rec["content"] = item.content.format(**words)
    rec["decision_date"] = decided
    rec["valid_from"] = decided
    rec["valid_to"] = valid_to(item.validity, decided)
    rec["party"] = party
    add_license_status(rng, cal, rec)
    rec["published_on"] = published(rng, cal, decided)
    if no_number:
        rec["remarks"] = "本许可未制作单独的决定文书，文书号填写许可编号。"
    elif rng.random() < 0.03:
        rec["remarks"] = rng.choice(
            ("申请人通过网上政务服务平台提交申请。", "本许可为延续换证。", "本许可为变更事项。")
        )
    add_corrections(rng, cal, rec)
    return rec


def valid_to(validity: tuple[str, int], start: date) -> date:
    """有效期至 from a validity rule."""
    unit, n = validity
    if unit == "long":
        return LONG_TERM
    if unit == "years":
        return add_months(start, 12 * n) - timedelta(days=1)
    return start + timedelta(days=n - 1)


def add_license_status(rng: Random, cal: Calendar, rec: dict[str, Any]) -> None:
    """A few licences are no longer valid (with the reason)."""
    decided = rec["decision_date"]
    if rng.random() < 0.015 and (cal.cap - decided).days > 90:
        ended = rec["valid_to"] < cal.cap
        rec["status"] = "无效"
        rec["status_reason"] = (
            "有效期届满未延续"
            if ended
            else rng.choice(("注销（被许可人申请注销）", "撤回（因客观情况发生重大变化）"))
        )


def add_corrections(rng: Random, cal: Calendar, rec: dict[str, Any]) -> None:
    """A few records were corrected after publication."""
    first = rec["published_on"] + timedelta(days=3)
    if rng.random() < 0.01 and first < cal.cap:
        day = first + timedelta(days=rng.randrange(max(1, min(30, (cal.cap - first).days))))
        note = rng.choice(
            ("更正行政相对人名称中的错别字。", "更正许可内容中的地址笔误。", "补充法定代表人姓名。")
        )
        rec["corrections"] = [{"date": day, "note": note}]


def penalty_record(rng: Random, cal: Calendar, plan: Plan, parties: PartyMaker) -> dict[str, Any]:
    """Fields of one 行政处罚 record."""
    dept, decided = plan.dept, plan.decided
    item = rng.choice(dept.penalties)
    option = pick(rng, [(o, o.weight) for o in item.options])
    party = parties.make(pick(rng, item.parties), dept.slug, item.trades, item.shops)
    amounts = draw_amounts(rng, option)
    rec: dict[str, Any] = {
        "item": item.code,
        "case_name": f"{party['name']}{item.case}案",
        "document_number": doc_number(dept.penalty_prefix, decided.year, plan.seq, dept.pad),
        "party": party,
        "violation_type": item.violation_type,
        "violation_facts": facts(rng, item, decided),
        "legal_basis": item.legal_basis,
        "penalty_types": list(option.types),
        "penalty_content": "",
    }
    licence = ""
    if {"暂扣许可证件", "吊销许可证件"} & set(option.types):
        licence = f"{item.licence}（编号：{licence_number(dept, decided, rng)}）"
    rec["penalty_content"] = penalty_content(option, amounts, licence)
    if "fine" in amounts:
        rec["fine_yuan"] = amounts["fine"]
    if "confiscation" in amounts:
        rec["confiscation_yuan"] = amounts["confiscation"]
    if licence:
        rec["license_action"] = licence
    rec["decision_date"] = decided
    if "暂扣许可证件" in option.types:
        rec["effective_until"] = add_months(decided, option.days) - timedelta(days=1)
    add_period(rng, cal, rec)
    rec["published_on"] = published(rng, cal, decided)
    if rng.random() < 0.01:
        rec["remedy"] = (
            "如不服本处罚决定，可在收到本决定书之日起六十日内申请行政复议，或者在六个月内依法提起行政诉讼。"
        )
    if rng.random() < 0.03:
        rec["remarks"] = rng.choice(
            ("当事人已按期缴纳罚款。", "本案适用普通程序办理。", "当事人已整改到位。")
        )
    add_corrections(rng, cal, rec)
    return rec


def licence_number(dept: Dept, decided: date, rng: Random) -> str:
    """The number of an earlier licence of this department (for 暂扣/吊销)."""
    items = [i for i in dept.licenses if i.cert_format]
    fmt = rng.choice(items).cert_format if items else "上证字{yyyy}{seq:04d}"
    return cert_number(fmt, date(decided.year - rng.randrange(1, 4), 6, 1), rng.randrange(1, 999), rng)


def draw_amounts(rng: Random, option: PenaltyOption) -> dict[str, Decimal]:
    """Fine and confiscated amounts (元) for an option; the parts of a confiscation are kept for the text."""
    out: dict[str, Decimal] = {}
    gain = yuan(rng.randrange(option.gain[0] * 100, option.gain[1] * 100)) if option.gain else None
    goods = yuan(100 * rng.randrange(option.goods[0], option.goods[1])) if option.goods else None
    if gain is not None:
        out["gain"] = gain
    if goods is not None:
        out["goods"] = goods
    if gain is not None or goods is not None:
        out["confiscation"] = (gain or Decimal(0)) + (goods or Decimal(0))
    if option.fine:
        low, high, step = option.fine
        out["fine"] = Decimal(rng.randrange(low, high + 1, step))
    elif option.fine_times and gain is not None:
        out["fine"] = gain * rng.randrange(option.fine_times[0], option.fine_times[1] + 1)
    return out


def penalty_content(option: PenaltyOption, amounts: dict[str, Decimal], licence: str) -> str:
    """处罚内容, consistent with the amounts."""
    parts = []
    for kind in option.types:
        if kind in ("警告", "通报批评", "责令停产停业"):
            parts.append(kind)
        elif kind == "罚款":
            parts.append(f"罚款人民币{yuan_text(amounts['fine'])}元")
        elif kind == "没收违法所得":
            parts.append(f"没收违法所得人民币{yuan_text(amounts['gain'])}元")
        elif kind == "没收非法财物":
            parts.append(f"没收涉案物品（价值人民币{yuan_text(amounts['goods'])}元）")
        elif kind == "暂扣许可证件":
            parts.append(f"暂扣{licence}{option.days}个月")
        elif kind == "吊销许可证件":
            parts.append(f"吊销{licence}")
        elif kind == "行政拘留":
            parts.append(f"行政拘留{option.days}日")
        elif kind == "其他":
            parts.append(option.other)
    return "；".join(parts)


def facts(rng: Random, item: PenaltyItem, decided: date) -> str:
    """违法事实: the opening sentence, up to two more, and the provision breached."""
    words = {
        "d1": cn_date(decided - timedelta(days=rng.randrange(20, 75))),
        "place": place(rng),
        "n": rng.randrange(2, 40),
        "worth": rng.randrange(80, 9000),
        "g": rng.choice(FOOD_GOODS),
        "item": rng.choice(FOOD_TESTS),
    }
    words["goods"] = rng.choice(item.goods).format(**words)
    rest = list(item.facts[1:])
    chosen = [item.facts[0]] + sorted(rng.sample(rest, min(len(rest), rng.randrange(0, 3))), key=rest.index)
    text = "".join(chosen).format(**words)
    return f"{text}当事人的上述行为违反了{item.breach}的规定。"


def add_period(rng: Random, cal: Calendar, rec: dict[str, Any]) -> None:
    """A few penalties state their 失信程度 and 公示截止期, or were repaired or withdrawn."""
    decided, level = rec["decision_date"], derived_severity(rec["penalty_types"])
    roll = rng.random()
    if roll < 0.03:
        rec["severity"] = level
        rec["disclosure_until"] = inside_window(rng, decided, level)
    elif roll < 0.045 and level != "轻微":
        low = add_months(decided, 3 if level == "一般" else 12) + timedelta(days=rng.randrange(1, 60))
        if low < cal.cap:
            rec["repaired"] = {
                "date": low,
                "note": "当事人已履行行政处罚决定并作出信用承诺，经审核准予信用修复。",
            }
    elif roll < 0.05:
        day = decided + timedelta(days=rng.randrange(20, 90))
        if day < cal.cap:
            rec["withdrawn"] = {"date": day, "reason": "该处罚决定经行政复议被依法撤销。"}


def derived_severity(types: Iterable[str]) -> str:
    """失信程度 as rules.md derives it from the penalty types."""
    kinds = set(types)
    if kinds & {"吊销许可证件", "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业"}:
        return "严重"
    if kinds <= {"警告", "通报批评"}:
        return "轻微"
    return "一般"


def inside_window(rng: Random, decided: date, level: str) -> date:
    """A 公示截止期 strictly inside the legal window of ``level``."""
    low, high = {"轻微": (0, 3), "一般": (3, 12), "严重": (12, 36)}[level]
    first = add_months(decided, low) + timedelta(days=1)
    last = add_months(decided, high) - timedelta(days=1)
    return first + timedelta(days=rng.randrange((last - first).days + 1))


# --------------------------------------------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------------------------------------------


def district_data() -> dict[str, Any]:
    """district.yaml."""
    return {
        "name": "郑州市上街区",
        "coordinator": "fgw",
        "site": {
            "site_id_code": "4101060001",
            "icp": "豫ICP备16012345号",
            "police_record": "豫公网安备41010602000123号",
            "organizer": "郑州市上街区人民政府办公室",
            "address": "中心路132号",
            "postcode": "450041",
        },
    }


def department_data(dept: Dept) -> dict[str, Any]:
    """department.yaml."""
    return {
        "name": dept.name,
        "short_name": dept.short_name,
        "uscc": dept.uscc,
        "website": dept.website,
        "address": dept.address,
        "phone": dept.phone,
        "remedy": dept.remedy,
        "responsible": {"leader": dept.leader, "liaison": dept.liaison},
        "maintainers": [f"@shangjie/{dept.slug}"],
    }


def catalog_data(dept: Dept) -> dict[str, Any]:
    """catalog.yaml."""
    return {
        "licenses": [
            {"code": i.code, "name": i.name, "legal_basis": i.legal_basis, "category": i.category}
            for i in dept.licenses
        ],
        "penalties": [{"code": i.code, "name": i.name, "legal_basis": i.legal_basis} for i in dept.penalties],
    }


ABOUT_MD = """Title: 关于本栏目
Slug: about

本栏目集中公示郑州市上街区各部门作出的行政许可和行政处罚决定（“双公示”），依据《国家发展改革委关于认真做好行政许可和行政处罚等信用信息公示工作的通知》（发改电〔2015〕557号）和《上街区行政许可和行政处罚等信用信息公示工作实施方案》设立。

## 公示原则

- **谁产生、谁公示、谁负责**：每条信息由作出决定的部门录入并负责其准确性，区发展和改革委员会牵头、统筹归集。
- **公开为常态、不公开为例外**：涉及国家秘密、商业秘密、个人隐私的内容依法不予公开；自然人的证件号码不在页面上显示。
- **及时公示**：行政许可和行政处罚决定自作出之日起7个工作日内公示。

## 公示期限

行政处罚信息按《信用修复管理办法》确定的期限公示：一般失信行为最短3个月、最长1年；严重失信行为最短1年、最长3年，自处罚决定作出之日起计算。期满自动停止公示；符合条件的，可以申请[信用修复]({filename}credit-repair.md)提前停止公示。处罚决定被依法变更、撤销、确认违法或者确认无效的，本栏目撤回该信息并公开说明理由。

行政许可信息长期公示，失效的许可注明失效原因。

## 联系我们

主办单位：郑州市上街区人民政府办公室　地址：中心路132号　邮编：450041

对公示信息有异议的，可以向作出决定的部门提出，也可以向区发展和改革委员会反映。
"""

CREDIT_REPAIR_MD = """Title: 信用修复指南
Slug: credit-repair

行政处罚信息公示期间，当事人已经纠正失信行为、履行法定义务的，可以申请信用修复，提前停止公示。本指南依据《信用修复管理办法》（国家发展改革委令第36号）编写。

## 可以申请的条件

1. 已达到最短公示期：一般失信行为满3个月，严重失信行为满1年（自处罚决定作出之日起计算）；
2. 已经纠正失信行为，全面履行行政处罚决定规定的义务（如已缴纳罚款）；
3. 作出信用承诺，承诺今后遵守法律法规；
4. 法律、法规规定的其他条件。

## 办理渠道

- 市场监督管理部门作出的行政处罚：通过国家企业信用信息公示系统申请。
- 其他部门作出的行政处罚：通过“信用中国”网站的信用修复栏目在线申请，也可以向作出处罚决定的部门或区发展和改革委员会咨询。

## 需要准备的材料

- 信用修复申请书；
- 履行行政处罚决定的证明材料（如罚款缴纳凭证、整改报告）；
- 信用承诺书；
- 严重失信行为还需提供参加信用修复培训的证明和信用报告。

## 修复以后

信用修复申请经审核同意的，本栏目在修复决定作出后停止公示该条处罚信息，并停止共享和使用。公示期满的处罚信息自动停止公示，无需申请。
"""


@dataclass(frozen=True)
class DemoSummary:
    """What a demo run wrote."""

    out: Path
    records: int
    licenses: int
    penalties: int
    departments: tuple[str, ...]
    files: int
    by_year: dict[int, int] = field(default_factory=dict)


def plan_records(rng: Random, cal: Calendar, records: int) -> list[Plan]:
    """Where and when each decision is: ~60% licences, every department and kind covered first."""
    n_lic = round(records * 0.6)
    days = cal.decision_days()
    weights = [d.weight for d in DEPARTMENTS]
    plans = []
    for i in range(records):
        kind = "license" if i < n_lic else "penalty"
        j = i if kind == "license" else i - n_lic
        dept = DEPARTMENTS[j] if j < len(DEPARTMENTS) else rng.choices(DEPARTMENTS, weights=weights)[0]
        plans.append(Plan(dept, kind, rng.choice(days), i))
    plans.sort(key=lambda p: (p.dept.slug, p.kind, p.decided, p.order))
    counters: dict[tuple[str, str, int], int] = {}
    for p in plans:
        key = (p.dept.slug, p.kind, p.decided.year)
        counters[key] = p.seq = counters.get(key, 0) + 1
    return plans


def record_folder(out: Path, dept: str, kind: str, year: int) -> Path:
    """``departments/<dept>/<licenses|penalties>/<YYYY>``."""
    return out / "departments" / dept / ("licenses" if kind == "license" else "penalties") / str(year)


def slug_for(kind: str, seq: int) -> str:
    """xk-0001 / cf-0001."""
    return f"{'xk' if kind == 'license' else 'cf'}-{seq:04d}"


def write_skeleton(out: Path) -> int:
    """district.yaml, each department's department.yaml and catalog.yaml, and the two pages."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "district.yaml").write_text(dump(district_data()), encoding="utf-8")
    for dept in DEPARTMENTS:
        folder = out / "departments" / dept.slug
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "department.yaml").write_text(dump(department_data(dept)), encoding="utf-8")
        (folder / "catalog.yaml").write_text(dump(catalog_data(dept)), encoding="utf-8")
    (out / "pages").mkdir(exist_ok=True)
    (out / "pages" / "about.md").write_text(ABOUT_MD, encoding="utf-8")
    (out / "pages" / "credit-repair.md").write_text(CREDIT_REPAIR_MD, encoding="utf-8")
    return 3 + 2 * len(DEPARTMENTS)


def write_file(path: str, text: str) -> None:
    """Write a UTF-8 file with as few system calls as Python allows (100k of them per large tree)."""
    data = memoryview(text.encode("utf-8"))
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        while data:
            data = data[os.write(fd, data) :]
    finally:
        os.close(fd)


def write_demo_tree(out: Path, records: int, seed: int = 0, start_year: int = 2025) -> DemoSummary:
    """Write a complete synthetic content tree with exactly ``records`` decisions (replaces ``departments/``)."""
    if records < 0:
        raise ValueError("records must be >= 0")
    out = Path(out)
    rng, cal = Random(seed), Calendar.for_years(start_year)
    if (out / "departments").exists():
        shutil.rmtree(out / "departments")
    files = write_skeleton(out)
    parties = PartyMaker(rng)
    folders: dict[tuple[str, str, int], str] = {}
    by_year: dict[int, int] = {}
    n_lic = 0
    for plan in plan_records(rng, cal, records):
        make = license_record if plan.kind == "license" else penalty_record
        rec = make(rng, cal, plan, parties)
        key = (plan.dept.slug, plan.kind, plan.decided.year)
        if key not in folders:
            folders[key] = str(record_folder(out, *key))
            os.makedirs(folders[key], exist_ok=True)
        write_file(f"{folders[key]}/{slug_for(plan.kind, plan.seq)}.yaml", dump(rec))
        by_year[plan.decided.year] = by_year.get(plan.decided.year, 0) + 1
        n_lic += plan.kind == "license"
    return DemoSummary(
        out=out,
        records=records,
        licenses=n_lic,
        penalties=records - n_lic,
        departments=tuple(d.slug for d in DEPARTMENTS),
        files=files + records,
        by_year=dict(sorted(by_year.items())),
    )


# --------------------------------------------------------------------------------------------------------------
# The curated demo district: a generated base plus hand-written edge cases
# --------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Edge:
    """A hand-written record that shows one or more edge cases of the spec."""

    path: str  # <dept>/<licenses|penalties>/<YYYY>/<slug>
    cases: tuple[str, ...]
    record: dict[str, Any]


def _d(text: str) -> date:
    """A date from YYYY-MM-DD."""
    return date.fromisoformat(text)


def _org(name: str, org8: str, rep: str, *, old: bool = False, **extra: Any) -> dict[str, Any]:
    """A 法人及非法人组织 party block."""
    party = {"name": name, "category": "法人及非法人组织", "uscc": make_uscc("91", org8)}
    if old:  # registered before 2015: its 组织机构代码 and 15-digit 工商注册号 are published too
        reg14 = "41010600" + org8[:6]
        party |= {"org_code": party["uscc"][8:17], "business_reg_no": reg14 + reg_no_check_digit(reg14)}
    return party | {"legal_rep": rep, **extra}


def _indiv(name: str, org8: str, rep: str) -> dict[str, Any]:
    """A 个体工商户 party block."""
    return {"name": name, "category": "个体工商户", "uscc": make_uscc("92", org8), "legal_rep": rep}


def _person(name: str, number: str, id_type: str = "身份证") -> dict[str, Any]:
    """A 自然人 party block (the number already masked)."""
    return {"name": name, "category": "自然人", "id_type": id_type, "id_number": number}


_LONG_FACTS = """2026年3月10日，我局执法人员对当事人位于郑州市上街区工业路某某号的厂区进行现场检查。检查时，当事人的熔铝炉正在生产，配套的布袋除尘器部分滤袋破损，排气筒出口可见明显烟尘。

执法人员当场委托有资质的检测机构对该排气筒进行采样监测。监测报告显示，颗粒物排放浓度超过《工业炉窑大气污染物排放标准》规定的排放限值一倍以上。

经查，当事人于2026年2月即发现除尘设施运行异常，但未及时停产检修，仍继续组织生产；当事人曾于2025年因同类违法行为被我局责令改正，属于情节严重。

以上事实有现场检查笔录、调查询问笔录、监测报告、现场照片和视频资料等证据证实。当事人的上述行为违反了《中华人民共和国大气污染防治法》第十八条的规定。
"""


def edge_cases() -> list[Edge]:
    """Every edge case of records.md and rules.md, at least once."""
    scjg, zjj, cgj, wjw = (DEPT_BY_SLUG[s] for s in ("scjg", "zjj", "cgj", "wjw"))
    return [
        Edge(
            "wjw/licenses/2025/physician-registration",
            ("自然人（身份证号脱敏）", "长期有效的许可（2099-12-31）"),
            {
                "item": "XK-WJW-003",
                "document_title": "郑州市上街区卫生健康委员会医师执业注册准予许可决定书",
                "document_number": "上卫许〔2025〕901号",
                "category": "认可",
                "certificate_name": "医师执业证书",
                "certificate_number": "110410125000901",
                "content": "准予何某某医师执业注册，执业类别：临床；执业范围：内科专业；执业地点：郑州市。",
                "decision_date": _d("2025-06-10"),
                "valid_from": _d("2025-06-10"),
                "valid_to": LONG_TERM,
                "party": _person("何某某", "410106********2317"),
                "published_on": _d("2025-06-12"),
            },
        ),
        Edge(
            "scjg/licenses/2025/food-shop-individual",
            ("个体工商户", "更正记录（corrections）"),
            {
                "item": "XK-SCJG-001",
                "document_title": "郑州市上街区市场监督管理局准予行政许可决定书（食品经营许可）",
                "document_number": "上市监许〔2025〕0901号",
                "category": "普通",
                "certificate_name": "食品经营许可证",
                "certificate_number": "JY14101062509010",
                "content": "准予上街区某某便利店从事食品经营，主体业态：食品销售经营者（预包装食品销售）；经营场所：郑州市上街区汝南路某某号。",
                "decision_date": _d("2025-04-22"),
                "valid_from": _d("2025-04-22"),
                "valid_to": _d("2030-04-21"),
                "party": _indiv("上街区某某便利店", "MA9KDG3T", "马某某"),
                "published_on": _d("2025-04-24"),
                "corrections": [
                    {"date": _d("2025-05-06"), "note": "经营场所由“汝南街”更正为“汝南路”。"},
                    {"date": _d("2025-05-20"), "note": "补充经营者姓名。"},
                ],
            },
        ),
        Edge(
            "zjj/licenses/2026/construction-permit",
            ("长期有效的许可（2099-12-31）",),
            {
                "item": "XK-ZJJ-001",
                "document_title": f"{zjj.name}建筑工程施工许可决定书",
                "document_number": "上住建许字〔2026〕901号",
                "category": "普通",
                "certificate_name": "建筑工程施工许可证",
                "certificate_number": "410106202604-0901",
                "content": "准予郑州某某置业有限公司建设的某某安置房项目施工，建设地址：郑州市上街区济源路某某号。",
                "decision_date": _d("2026-04-08"),
                "valid_from": _d("2026-04-08"),
                "valid_to": LONG_TERM,
                "party": _org("郑州某某置业有限公司", "MA4PL8WC", "袁某某"),
                "published_on": _d("2026-04-10"),
            },
        ),
        Edge(
            "scjg/licenses/2025/food-licence-cancelled",
            ("无效的许可（status: 无效，含状态说明）",),
            {
                "item": "XK-SCJG-001",
                "document_title": f"{scjg.name}准予行政许可决定书（食品经营许可）",
                "document_number": "上市监许〔2025〕0902号",
                "category": "普通",
                "certificate_name": "食品经营许可证",
                "certificate_number": "JY14101062509024",
                "content": "准予郑州某某餐饮管理有限公司从事食品经营，主体业态：餐饮服务经营者（热食类食品制售）；经营场所：郑州市上街区新安路某某号。",
                "decision_date": _d("2025-03-11"),
                "valid_from": _d("2025-03-11"),
                "valid_to": _d("2030-03-10"),
                "party": _org("郑州某某餐饮管理有限公司", "MA8Y2N5H", "潘某某"),
                "status": "无效",
                "status_reason": "注销：被许可人于2026年2月申请注销食品经营许可证",
                "published_on": _d("2025-03-13"),
                "remarks": "被许可人已停止经营。",
            },
        ),
        Edge(
            "fgw/licenses/2026/energy-review",
            ("许可类别为“其他”（含许可类别说明）",),
            {
                "item": "XK-FGW-002",
                "document_title": "关于郑州某某铝业有限公司年产三万吨再生铝项目节能报告的审查意见",
                "document_number": "上发改许〔2026〕901号",
                "category": "其他",
                "category_detail": "节能审查",
                "content": "原则同意郑州某某铝业有限公司年产三万吨再生铝项目节能报告，项目建成后年综合能源消费量应控制在审查意见核定的范围内。",
                "decision_date": _d("2026-02-10"),
                "valid_from": _d("2026-02-10"),
                "valid_to": _d("2028-02-09"),
                "party": _org("郑州某某铝业有限公司", "MA3QW7E6", "邓某某"),
                "published_on": _d("2026-02-12"),
            },
        ),
        Edge(
            "cgj/licenses/2025/waste-disposal-no-number",
            ("无决定文书号，以许可编号作为文书号",),
            {
                "item": "XK-CGJ-002",
                "document_title": f"{cgj.name}城市建筑垃圾处置核准决定书",
                "document_number": "上城建垃核字〔2025〕901号",
                "category": "核准",
                "certificate_name": "城市建筑垃圾处置核准证",
                "certificate_number": "上城建垃核字〔2025〕901号",
                "content": "核准郑州某某渣土运输有限公司处置某某道路改造项目产生的建筑垃圾，处置场所：郑州市上街区峡窝镇某某村。",
                "decision_date": _d("2025-08-19"),
                "valid_from": _d("2025-08-19"),
                "valid_to": _d("2026-02-14"),
                "party": _org("郑州某某渣土运输有限公司", "MA6RT9KU", "彭某"),
                "published_on": _d("2025-08-21"),
                "remarks": "本许可未制作单独的决定文书，文书号填写许可编号。",
            },
        ),
        Edge(
            "sthj/licenses/2026/eia-approval",
            ("记录覆盖事项目录的设定依据（legal_basis）", "备注（remarks）"),
            {
                "item": "XK-STHJ-001",
                "document_title": "关于郑州某某新材料科技有限公司铝型材表面处理生产线项目环境影响报告表的批复",
                "document_number": "上环审〔2026〕901号",
                "category": "普通",
                "content": "原则同意该项目环境影响报告表的结论，项目位于郑州市上街区工业路某某号，须严格落实报告表提出的各项污染防治措施。",
                "decision_date": _d("2026-07-15"),
                "valid_from": _d("2026-07-15"),
                "valid_to": _d("2031-07-14"),
                "party": _org("郑州某某新材料科技有限公司", "MA2HJ4LX", "曹某某"),
                "legal_basis": "《中华人民共和国环境影响评价法》第二十二条；《建设项目环境保护管理条例》第九条",
                "published_on": _d("2026-07-17"),
                "remarks": "项目开工建设前须取得排污许可证。",
            },
        ),
        Edge(
            "jtj/licenses/2026/freight-late",
            ("迟报：决定后20天才公示（超过7个工作日）",),
            {
                "item": "XK-JTJ-001",
                "document_title": "郑州市上街区交通运输局道路货物运输经营许可决定书",
                "document_number": "上交许〔2026〕901号",
                "category": "普通",
                "certificate_name": "道路运输经营许可证",
                "certificate_number": "豫交运管许可郑字410106260901号",
                "content": "准予郑州某某物流有限公司从事道路普通货物运输，经营场所：郑州市上街区金华路某某号。",
                "decision_date": _d("2026-06-02"),
                "valid_from": _d("2026-06-02"),
                "valid_to": _d("2030-06-01"),
                "party": _org("郑州某某物流有限公司", "MA7WB3DN", "曾某某"),
                "published_on": _d("2026-06-22"),
            },
        ),
        Edge(
            "scjg/licenses/2026/food-licence-scheduled",
            ("定时公示：公示日期 2026-12-10 晚于今天 2026-11-26",),
            {
                "item": "XK-SCJG-001",
                "document_title": f"{scjg.name}准予行政许可决定书（食品经营许可）",
                "document_number": "上市监许〔2026〕0901号",
                "category": "普通",
                "certificate_name": "食品经营许可证",
                "certificate_number": "JY14101062609011",
                "content": "准予郑州某某超市有限公司从事食品经营，主体业态：食品销售经营者（散装食品销售）；经营场所：郑州市上街区中心路某某号。",
                "decision_date": _d("2026-11-20"),
                "valid_from": _d("2026-11-20"),
                "valid_to": _d("2031-11-19"),
                "party": _org("郑州某某超市有限公司", "MA5CF8GP", "肖某某"),
                "published_on": _d("2026-12-10"),
            },
        ),
        Edge(
            "scjg/licenses/2026/lift-registration",
            (
                "许可机关与数据来源单位明确填写（authority / source_unit 及其代码）",
                "旧代码：组织机构代码与工商注册号",
            ),
            {
                "item": "XK-SCJG-003",
                "document_title": f"{scjg.name}特种设备使用登记决定书",
                "document_number": "上市监许〔2026〕0902号",
                "category": "登记",
                "certificate_name": "特种设备使用登记证",
                "certificate_number": "梯11豫AS260902",
                "content": "准予河南某某物业服务有限公司办理乘客电梯使用登记，设备使用地点：郑州市上街区登封路某某号。",
                "decision_date": _d("2026-10-13"),
                "valid_from": _d("2026-10-13"),
                "valid_to": LONG_TERM,
                "party": _org(
                    "河南某某物业服务有限公司",
                    "31745126",
                    "田某某",
                    old=True,
                    legal_rep_id_type="身份证",
                    legal_rep_id_number="410106********0521",
                ),
                "authority": scjg.name,
                "authority_uscc": scjg.uscc,
                "source_unit": scjg.name,
                "source_unit_uscc": scjg.uscc,
                "published_on": _d("2026-10-15"),
            },
        ),
        Edge(
            "wjw/penalties/2026/unlicensed-practice",
            ("自然人（身份证号脱敏）受处罚", "没收金额（confiscation_yuan，含两位小数）"),
            {
                "item": "CF-WJW-003",
                "case_name": "董某某非医师行医案",
                "document_number": "上卫罚〔2026〕901号",
                "party": _person("董某某", "410122********461X"),
                "violation_type": "非医师行医",
                "violation_facts": "2026年2月3日，卫生监督员接举报后在郑州市上街区峡窝镇某某村检查，发现当事人未取得医师资格和医师执业证书，擅自为他人进行输液等诊疗活动。现场查获药品、医疗器械一批。经查，当事人违法所得人民币1260.50元，不足一万元，按一万元计算。当事人的上述行为违反了《中华人民共和国医师法》第十三条第四款的规定。",
                "legal_basis": "《中华人民共和国医师法》第五十九条",
                "penalty_types": ["没收违法所得", "没收非法财物", "罚款"],
                "penalty_content": "没收违法所得人民币1260.50元；没收涉案药品、医疗器械（价值人民币800元）；罚款人民币30000元",
                "fine_yuan": Decimal(30000),
                "confiscation_yuan": Decimal("2060.50"),
                "decision_date": _d("2026-03-10"),
                "published_on": _d("2026-03-12"),
            },
        ),
        Edge(
            "scjg/penalties/2026/expired-food-withdrawn",
            ("撤回的处罚（withdrawn: 日期和理由）",),
            {
                "item": "CF-SCJG-001",
                "case_name": "郑州某某商贸有限公司经营超过保质期的食品案",
                "document_number": "上市监罚〔2026〕0901号",
                "party": _org("郑州某某商贸有限公司", "MA1KX6RP", "罗某某"),
                "violation_type": "经营超过保质期的食品",
                "violation_facts": "2026年4月2日，执法人员对当事人位于郑州市上街区中心路某某号的经营场所进行检查，发现其货架上陈列销售的酸奶已超过保质期。当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。",
                "legal_basis": "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
                "penalty_types": ["罚款"],
                "penalty_content": "罚款人民币50000元",
                "fine_yuan": Decimal(50000),
                "decision_date": _d("2026-05-12"),
                "published_on": _d("2026-05-14"),
                "withdrawn": {
                    "date": _d("2026-08-05"),
                    "reason": "2026年8月3日，郑州市上街区人民政府作出行政复议决定，以认定事实不清为由撤销本处罚决定，依照《中华人民共和国行政处罚法》第四十八条撤回公示。",
                },
            },
        ),
        Edge(
            "yjglj/penalties/2025/training-repaired",
            ("信用修复后提前停止公示（repaired，不早于最短公示期）",),
            {
                "item": "CF-YJGLJ-001",
                "case_name": "郑州某某机械制造有限公司未按规定对从业人员进行安全生产教育和培训案",
                "document_number": "上应急罚〔2025〕901号",
                "party": _org("郑州某某机械制造有限公司", "MA8DN2QT", "蔡某某"),
                "violation_type": "未按规定对从业人员进行安全生产教育和培训",
                "violation_facts": "2025年8月12日，执法人员对当事人进行安全生产检查，发现其未建立从业人员安全生产教育和培训档案，六名一线作业人员未接受岗前安全培训即上岗作业。当事人的上述行为违反了《中华人民共和国安全生产法》第二十八条第一款的规定。",
                "legal_basis": "《中华人民共和国安全生产法》第九十七条第（三）项",
                "penalty_types": ["罚款"],
                "penalty_content": "罚款人民币30000元",
                "fine_yuan": Decimal(30000),
                "decision_date": _d("2025-09-15"),
                "published_on": _d("2025-09-17"),
                "repaired": {
                    "date": _d("2026-01-20"),
                    "note": "当事人已缴纳罚款、完成整改并作出信用承诺，经审核准予信用修复，提前停止公示。",
                },
            },
        ),
        Edge(
            "rsj/penalties/2025/overtime-expired",
            ("公示期满：决定日期 2025-02-18，一般失信最长公示1年，已于2026-02-18期满",),
            {
                "item": "CF-RSJ-001",
                "case_name": "郑州某某物流有限公司违反规定延长劳动者工作时间案",
                "document_number": "上人社监罚〔2025〕901号",
                "party": _org("郑州某某物流有限公司", "MA3FM7XB", "蒋某某"),
                "violation_type": "违法延长劳动者工作时间",
                "violation_facts": "2025年1月7日，劳动保障监察员对当事人进行检查，发现其安排十二名劳动者每月加班时间超过三十六小时。当事人的上述行为违反了《中华人民共和国劳动法》第四十一条的规定。",
                "legal_basis": "《中华人民共和国劳动法》第九十条；《劳动保障监察条例》第二十五条",
                "penalty_types": ["警告", "罚款"],
                "penalty_content": "警告；罚款人民币3600元",
                "fine_yuan": Decimal(3600),
                "decision_date": _d("2025-02-18"),
                "published_on": _d("2025-02-20"),
            },
        ),
        Edge(
            "wjw/penalties/2026/clinic-licence-revoked",
            ("严重失信：吊销许可证件（含 license_action）",),
            {
                "item": "CF-WJW-002",
                "case_name": "郑州市上街区某某诊所使用非卫生技术人员从事医疗卫生技术工作案",
                "document_number": "上卫罚〔2026〕902号",
                "party": _indiv("郑州市上街区某某诊所", "MA6GU4YE", "钱某某"),
                "violation_type": "使用非卫生技术人员从事医疗卫生技术工作",
                "violation_facts": "2026年1月21日，卫生监督员对当事人进行检查，发现其聘用的三名工作人员未取得执业资格即从事诊疗活动，且此前已因同类违法行为受到处罚。当事人的上述行为违反了《医疗机构管理条例》第二十八条的规定。",
                "legal_basis": "《医疗机构管理条例》第四十八条",
                "penalty_types": ["罚款", "吊销许可证件"],
                "penalty_content": "罚款人民币80000元；吊销医疗机构执业许可证（登记号：PDY230412041010617D2112）",
                "fine_yuan": Decimal(80000),
                "license_action": "医疗机构执业许可证（登记号：PDY230412041010617D2112）",
                "decision_date": _d("2026-03-16"),
                "published_on": _d("2026-03-18"),
            },
        ),
        Edge(
            "wjw/penalties/2026/hygiene-test-warning",
            ("轻微失信：仅警告",),
            {
                "item": "CF-WJW-004",
                "case_name": "上街区某某理发店未按规定进行公共场所卫生检测案",
                "document_number": "上卫罚〔2026〕903号",
                "party": _indiv("上街区某某理发店", "MA2TE9WK", "韦某"),
                "violation_type": "未按照规定对公共场所的空气、水质等进行卫生检测",
                "violation_facts": "2026年8月18日，卫生监督员检查发现，当事人不能提供本年度公共场所空气、水质等卫生检测报告。当事人的上述行为违反了《公共场所卫生管理条例实施细则》第十九条第一款的规定。",
                "legal_basis": "《公共场所卫生管理条例实施细则》第三十六条第（一）项",
                "penalty_types": ["警告"],
                "penalty_content": "警告",
                "decision_date": _d("2026-09-08"),
                "published_on": _d("2026-09-10"),
            },
        ),
        Edge(
            "gaj/penalties/2026/unlicensed-event",
            ("记录自带救济渠道（remedy）",),
            {
                "item": "CF-GAJ-002",
                "case_name": "郑州某某会展服务有限公司未经许可举办大型群众性活动案",
                "document_number": "上公（治）行罚决字〔2026〕901号",
                "party": _org("郑州某某会展服务有限公司", "MA9PB5HC", "姜某某"),
                "violation_type": "未经公安机关许可举办大型群众性活动",
                "violation_facts": "2026年6月6日，当事人未经公安机关许可，在郑州市上街区中心路某某号广场举办商业促销活动，现场参加人数超过一千人。我局依法对活动予以取缔。当事人的上述行为违反了《大型群众性活动安全管理条例》第十一条的规定。",
                "legal_basis": "《大型群众性活动安全管理条例》第二十二条",
                "penalty_types": ["罚款"],
                "penalty_content": "罚款人民币100000元",
                "fine_yuan": Decimal(100000),
                "decision_date": _d("2026-07-15"),
                "remedy": "如不服本处罚决定，可在收到本决定书之日起六十日内向郑州市公安局或者郑州市上街区人民政府申请行政复议，或者在六个月内依法向郑州铁路运输法院提起行政诉讼。",
                "published_on": _d("2026-07-17"),
            },
        ),
        Edge(
            "scjg/penalties/2025/unlicensed-food",
            ("没收违法所得和非法财物（confiscation_yuan）", "法定代表人证件（脱敏）"),
            {
                "item": "CF-SCJG-005",
                "case_name": "郑州某某餐饮管理有限公司未取得食品经营许可从事食品经营活动案",
                "document_number": "上市监罚〔2025〕0901号",
                "party": _org(
                    "郑州某某餐饮管理有限公司",
                    "MA4NQ8RJ",
                    "许某某",
                    legal_rep_id_type="身份证",
                    legal_rep_id_number="410102********3528",
                ),
                "violation_type": "未取得许可从事食品经营",
                "violation_facts": "2025年10月9日，执法人员在郑州市上街区许昌路某某号检查时发现，当事人未取得食品经营许可证，擅自从事热食类食品制售经营活动。经查，当事人违法所得人民币2356.80元。当事人的上述行为违反了《中华人民共和国食品安全法》第三十五条第一款的规定。",
                "legal_basis": "《中华人民共和国食品安全法》第一百二十二条第一款",
                "penalty_types": ["没收违法所得", "没收非法财物", "罚款"],
                "penalty_content": "没收违法所得人民币2356.80元；没收用于违法经营的食品原料（价值人民币460元）；罚款人民币50000元",
                "fine_yuan": Decimal(50000),
                "confiscation_yuan": Decimal("2816.80"),
                "decision_date": _d("2025-11-04"),
                "published_on": _d("2025-11-06"),
            },
        ),
        Edge(
            "sthj/penalties/2026/emission-serious",
            (
                "分段的长违法事实（YAML 字面块标量）",
                "明确填写失信程度和公示截止期（severity、disclosure_until）",
            ),
            {
                "item": "CF-STHJ-001",
                "case_name": "郑州某某铝业有限公司超过排放标准排放大气污染物案",
                "document_number": "上环罚〔2026〕901号",
                "party": _org("郑州某某铝业有限公司", "MA7UH3CQ", "丁某某"),
                "violation_type": "超标排放大气污染物",
                "violation_facts": _LONG_FACTS,
                "legal_basis": "《中华人民共和国大气污染防治法》第九十九条第（二）项",
                "penalty_types": ["罚款", "责令停产停业"],
                "penalty_content": "罚款人民币300000元；责令停产整治",
                "fine_yuan": Decimal(300000),
                "decision_date": _d("2026-04-08"),
                "severity": "严重",
                "disclosure_until": _d("2028-04-07"),
                "published_on": _d("2026-04-10"),
            },
        ),
        Edge(
            "scjg/penalties/2026/price-tag-minor",
            ("明确填写失信程度（较低数额罚款定为轻微）",),
            {
                "item": "CF-SCJG-004",
                "case_name": "上街区某某水果店不按规定明码标价案",
                "document_number": "上市监罚〔2026〕0902号",
                "party": _indiv("上街区某某水果店", "MA5LW2AF", "史某"),
                "violation_type": "违反明码标价规定",
                "violation_facts": "2026年9月22日，执法人员对当事人位于郑州市上街区济源路某某号的经营场所进行检查，发现其销售的八种水果未标示价格。检查时当事人已当场改正。当事人的上述行为违反了《中华人民共和国价格法》第十三条第一款的规定。",
                "legal_basis": "《中华人民共和国价格法》第四十二条",
                "penalty_types": ["罚款"],
                "penalty_content": "罚款人民币500元",
                "fine_yuan": Decimal(500),
                "decision_date": _d("2026-10-13"),
                "severity": "轻微",
                "disclosure_until": _d("2027-01-12"),
                "published_on": _d("2026-10-15"),
            },
        ),
        Edge(
            "zjj/penalties/2025/presale-corrected",
            ("处罚的更正记录和备注", "没收违法所得并处罚款"),
            {
                "item": "CF-ZJJ-003",
                "case_name": "郑州某某房地产开发有限公司未取得商品房预售许可证预售商品房案",
                "document_number": "上住建罚字〔2025〕901号",
                "party": _org("郑州某某房地产开发有限公司", "MA1YC7NE", "邱某某"),
                "violation_type": "未取得预售许可证预售商品房",
                "violation_facts": "2025年10月28日，我局接群众反映后调查发现，当事人在未取得商品房预售许可证的情况下，以收取“认筹金”的方式预售商品房，共收取预付款二十六笔。当事人已退还全部预付款。当事人的上述行为违反了《中华人民共和国城市房地产管理法》第四十五条的规定。",
                "legal_basis": "《城市房地产开发经营管理条例》第三十六条",
                "penalty_types": ["没收违法所得", "罚款"],
                "penalty_content": "没收违法所得人民币36500元；罚款人民币120000元",
                "fine_yuan": Decimal(120000),
                "confiscation_yuan": Decimal(36500),
                "decision_date": _d("2025-12-09"),
                "published_on": _d("2025-12-11"),
                "remarks": "当事人已于2025年12月30日缴清罚没款。",
                "corrections": [{"date": _d("2025-12-16"), "note": "更正案件名称中当事人名称的错别字。"}],
            },
        ),
        Edge(
            "wglj/penalties/2025/internet-cafe-suspension",
            ("暂扣许可证件（license_action、effective_until）",),
            {
                "item": "CF-WGLJ-001",
                "case_name": "郑州某某网络科技有限公司接纳未成年人进入营业场所案",
                "document_number": "上文旅罚〔2025〕901号",
                "party": _org("郑州某某网络科技有限公司", "MA6EK4TM", "雷某某"),
                "violation_type": "接纳未成年人进入营业场所",
                "violation_facts": "2025年9月26日，执法人员检查发现，当事人经营的网吧内有未成年人上网，当事人未核对上网消费者身份，且一年内曾因同类违法行为受到警告。当事人的上述行为违反了《互联网上网服务营业场所管理条例》第二十一条的规定。",
                "legal_basis": "《互联网上网服务营业场所管理条例》第三十一条第（二）项",
                "penalty_types": ["罚款", "暂扣许可证件"],
                "penalty_content": "罚款人民币10000元；暂扣网络文化经营许可证（编号：豫网文〔2023〕0123-045号）三个月",
                "fine_yuan": Decimal(10000),
                "license_action": "网络文化经营许可证（编号：豫网文〔2023〕0123-045号）",
                "decision_date": _d("2025-10-21"),
                "effective_until": _d("2026-01-20"),
                "published_on": _d("2025-10-23"),
            },
        ),
        Edge(
            "jtj/penalties/2026/overload-hk-resident",
            ("自然人使用港澳居民来往内地通行证（脱敏）",),
            {
                "item": "CF-JTJ-002",
                "case_name": "黎某某车辆违法超限运输案",
                "document_number": "上交罚〔2026〕901号",
                "party": _person("黎某某", "H1******8", "港澳居民来往内地通行证"),
                "violation_type": "车辆违法超限运输",
                "violation_facts": "2026年9月29日，执法人员在郑州市上街区淮阳路对当事人驾驶的货车进行检测，车货总质量超过规定限值。当事人已自行卸载超限货物。当事人的上述行为违反了《公路安全保护条例》第三十五条的规定。",
                "legal_basis": "《公路安全保护条例》第六十四条",
                "penalty_types": ["罚款"],
                "penalty_content": "罚款人民币1500元",
                "fine_yuan": Decimal(1500),
                "decision_date": _d("2026-10-13"),
                "published_on": _d("2026-10-15"),
            },
        ),
    ]


def curated_readme(edges: Sequence[Edge]) -> str:
    """content/README.md: what the demo district is and which file shows which edge case."""
    lines = [
        "# 演示数据：郑州市上街区",
        "",
        "本目录是 gongshi 的演示区。所有行政相对人均为虚构（名称含“某某”），统一社会信用代码等代码按校验规则编造，"
        "证件号码均已脱敏，地址、电话和网址仅作示例。请勿把这些数据当作真实公示信息。",
        "",
        f"大部分记录由 `gongshi demo --curated --out content --force` 以固定随机种子 {CURATED_SEED} 生成"
        f"（{CURATED_RECORDS} 条），下表列出的记录为手工编写的边界情形。重新生成会覆盖本目录的 `departments/`、"
        "`district.yaml`、`pages/about.md`、`pages/credit-repair.md` 和本文件。"
        "时间相关的情形以 2026-11-26 为“今天”。",
        "",
        "| 情形 | 文件 |",
        "|---|---|",
    ]
    for edge in edges:
        dept, folder, year, slug = edge.path.split("/")
        for case in edge.cases:
            lines.append(f"| {case} | `departments/{dept}/{folder}/{year}/{slug}.yaml` |")
    lines += [
        "",
        "生成的记录中还有：重复出现的同一行政相对人、只有警告的轻微处罚、行政拘留、无效许可、个别迟报、"
        "少量明确的失信程度与公示截止期、信用修复、撤回、更正和备注。",
        "",
        "网站页面：`pages/about.md`（关于本栏目）、`pages/credit-repair.md`（信用修复指南）。",
        "",
    ]
    return "\n".join(lines)


def write_curated_demo(out: Path) -> DemoSummary:
    """Write the demo district: the generated base (fixed seed), the edge cases, the pages and README.md."""
    out = Path(out)
    base = write_demo_tree(out, CURATED_RECORDS, seed=CURATED_SEED, start_year=2025)
    edges = edge_cases()
    n_lic = 0
    by_year = dict(base.by_year)
    for edge in edges:
        dept, folder, year, slug = edge.path.split("/")
        path = out / "departments" / dept / folder / year / f"{slug}.yaml"
        if path.exists():
            raise FileExistsError(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dump(edge.record), encoding="utf-8")
        n_lic += folder == "licenses"
        by_year[int(year)] = by_year.get(int(year), 0) + 1
    (out / "README.md").write_text(curated_readme(edges), encoding="utf-8")
    return DemoSummary(
        out=out,
        records=base.records + len(edges),
        licenses=base.licenses + n_lic,
        penalties=base.penalties + len(edges) - n_lic,
        departments=base.departments,
        files=base.files + len(edges) + 1,
        by_year=by_year,
    )


# --------------------------------------------------------------------------------------------------------------
# Command line: gongshi demo --records N --out DIR [--seed S] [--force]
# --------------------------------------------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``gongshi demo``."""
    parser.add_argument(
        "--records", type=int, default=1000, help="记录条数（默认 1000） — number of decisions"
    )
    parser.add_argument("--out", type=Path, required=True, help="输出目录 — output directory")
    parser.add_argument("--seed", type=int, default=0, help="随机种子（默认 0） — random seed")
    parser.add_argument("--start-year", type=int, default=2025, help="第一年（默认 2025） — first year")
    parser.add_argument(
        "--curated",
        action="store_true",
        help="写出演示区（含边界情形），忽略 --records/--seed — the demo district",
    )
    parser.add_argument(
        "--force", action="store_true", help="允许写入非空目录 — write into a non-empty directory"
    )


def run(args: argparse.Namespace) -> int:
    """Run ``gongshi demo``; 0 on success, 1 when refused, 2 on bad arguments."""
    out: Path = args.out
    if args.records < 0:
        print("错误：--records 不能为负数 — --records must be >= 0", file=sys.stderr)
        return 2
    if out.exists() and not out.is_dir():
        print(f"错误：{out} 不是目录 — {out} is not a directory", file=sys.stderr)
        return 2
    if out.is_dir() and any(out.iterdir()) and not args.force:
        print(
            f"错误：目录 {out} 非空，如确需覆盖请加 --force — {out} is not empty; use --force to write into it",
            file=sys.stderr,
        )
        return 1
    started = time.perf_counter()
    if args.curated:
        summary = write_curated_demo(out)
    else:
        summary = write_demo_tree(out, args.records, seed=args.seed, start_year=args.start_year)
    seconds = time.perf_counter() - started
    print(
        f"已写入 {summary.records} 条记录（许可 {summary.licenses}，处罚 {summary.penalties}），"
        f"{len(summary.departments)} 个部门，{summary.files} 个文件，用时 {seconds:.1f} 秒：{out}"
        f" — wrote {summary.records} records in {seconds:.1f} s"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m gongshi.demo``."""
    parser = argparse.ArgumentParser(
        prog="gongshi demo", description="生成演示数据 — write a synthetic content tree"
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
