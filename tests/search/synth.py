"""Seeded synthetic search documents for tests and bench/search_build.py (no dependency on the demo data)."""

from __future__ import annotations

import itertools
import random
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "plugins"))

from gongshi.search.index import SearchDoc  # noqa: E402

DEPTS = [
    ("scjg", "上街区市场监督管理局", "上市监罚", "上市监许"),
    ("hbj", "郑州市生态环境局上街分局", "郑环上罚", "郑环上许"),
    ("wjw", "上街区卫生健康委员会", "上卫健罚", "上卫健许"),
    ("zjj", "上街区住房和城乡建设局", "上建罚", "上建许"),
    ("yjj", "上街区应急管理局", "上应急罚", "上应急许"),
    ("jyj", "上街区教育局", "上教罚", "上教许"),
    ("jtj", "上街区交通运输局", "上交罚", "上交许"),
    ("swj", "上街区商务局", "上商罚", "上商许"),
    ("nyj", "上街区农业农村局", "上农罚", "上农许"),
    ("wlj", "上街区文化广电和旅游局", "上文旅罚", "上文旅许"),
    ("sfj", "上街区司法局", "上司罚", "上司许"),
    ("czj", "上街区城市管理局", "上城管罚", "上城管许"),
]
PLACES = ["郑州", "上街", "河南", "中原", "巩义", "荥阳", "新郑", "开封", "洛阳", "豫西", "嵩山", "黄河"]
TRADE = "金恒源鑫隆兴盛达华泰安康福瑞祥宏远博通辉煌永利德信诚佳美新创亿晟宇航凯旋昌盈丰顺和嘉欣悦腾飞"
INDUSTRY = [
    "商贸",
    "建材",
    "传媒",
    "餐饮",
    "科技",
    "建筑工程",
    "汽车服务",
    "物流",
    "食品",
    "医药",
    "农业开发",
    "文化",
]
SUFFIX = ["有限公司", "有限责任公司", "股份有限公司", "商行", "经营部", "餐馆"]
SURNAME = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
RARE = "𠀀𪚥𠮷𡈽𤭢𧾷"  # Ext-B characters do occur in names
VIOLATIONS = [
    ("销售过期食品", "中华人民共和国食品安全法", "第一百二十四条"),
    ("未取得许可从事经营活动", "中华人民共和国行政许可法", "第八十一条"),
    ("超标排放大气污染物", "中华人民共和国大气污染防治法", "第九十九条"),
    ("未按规定公示信息", "企业信息公示暂行条例", "第十八条"),
    ("违法发布广告", "中华人民共和国广告法", "第五十八条"),
    ("未落实安全生产责任", "中华人民共和国安全生产法", "第九十七条"),
]
LICENSES = [
    "食品经营许可",
    "建筑工程施工许可",
    "排污许可",
    "公共场所卫生许可",
    "道路运输经营许可",
    "烟草专卖零售许可",
]
BOILERPLATE = [
    "执法人员现场检查时发现上述行为",
    "并制作了现场笔录",
    "责令当事人立即改正",
    "事实清楚，证据确凿",
    "本机关依法向当事人送达了行政处罚告知书，告知其陈述、申辩和听证的权利，当事人在法定期限内未提出",
]


def _vocabulary(size: int = 6000, seed: int = 7) -> list[str]:
    """Pseudo-words of 1–4 common characters; drawn with Zipf weights they give a realistic long tail."""
    rng = random.Random(seed)
    chars = [chr(c) for c in rng.sample(range(0x4E00, 0x7FFF), 2500)]
    return ["".join(rng.choices(chars, k=rng.choice([1, 2, 2, 2, 3, 4]))) for _ in range(size)]


WORDS = _vocabulary()
CUM_WEIGHTS = list(itertools.accumulate(1.0 / (rank + 10) for rank in range(len(WORDS))))
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _name(rng: random.Random) -> tuple[str, bool]:
    if rng.random() < 0.12:
        return rng.choice(SURNAME) + "".join(rng.choices(GIVEN, k=rng.choice([1, 2]))), True
    trade = "".join(rng.choices(TRADE, k=2))
    if rng.random() < 0.01:
        trade += rng.choice(RARE)
    return f"{rng.choice(PLACES)}{trade}{rng.choice(INDUSTRY)}{rng.choice(SUFFIX)}", False


def _uscc(rng: random.Random) -> str:
    return "91410" + rng.choice("10689") + rng.choice("0123456") + "".join(rng.choices(USCC_CHARS, k=11))


def _text(rng: random.Random, name: str, violation: tuple[str, str, str], date: str, length: int) -> str:
    what, law, article = violation
    amount = rng.randrange(500, 200000)
    head = (
        f"经查，当事人{name}于{date}在其经营场所{what}，货值金额{amount}元。"
        f"上述行为违反了《{law}》{article}的规定。"
    )
    body = [head]
    size = len(head)
    while size < length:
        if rng.random() < 0.15:
            part = rng.choice(BOILERPLATE) + "。"
        else:
            part = "".join(rng.choices(WORDS, cum_weights=CUM_WEIGHTS, k=rng.randrange(3, 9))) + rng.choice(
                "，。；"
            )
        body.append(part)
        size += len(part)
    return "".join(body)


def synth_docs(n: int, seed: int = 1, text_chars: int = 300) -> Iterator[SearchDoc]:
    """``n`` reproducible documents spread over 12 departments and 2019–2025, 70% penalties."""
    rng = random.Random(seed)
    serial: dict[tuple[str, int, str], int] = {}
    for i in range(n):
        slug, dept_name, pen_prefix, lic_prefix = rng.choice(DEPTS)
        kind = "penalty" if rng.random() < 0.7 else "license"
        year = rng.randrange(2019, 2026)
        date = f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        name, person = _name(rng)
        prefix = pen_prefix if kind == "penalty" else lic_prefix
        number = serial[(slug, year, kind)] = serial.get((slug, year, kind), 0) + 1
        docno = f"{prefix}〔{year}〕{number}号"
        violation = rng.choice(VIOLATIONS)
        if kind == "penalty":
            title, cert_no = f"{name}{violation[0]}案", None
        else:
            title, cert_no = rng.choice(LICENSES), f"JY{rng.randrange(10**13, 10**14)}"
        yield SearchDoc(
            url=f"{slug}/{'penalties' if kind == 'penalty' else 'licenses'}/{year}/r{i:07d}.html",
            kind=kind,
            dept=slug,
            dept_name=dept_name,
            year=year,
            date=date,
            name=name,
            uscc=None if person else _uscc(rng),
            docno=docno,
            cert_no=cert_no,
            title=title,
            text=_text(rng, name, violation, date, text_chars),
        )
