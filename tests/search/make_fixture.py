"""Build the search-index fixture the node client tests query: ``python make_fixture.py OUT_DIR [N]``.

Writes ``OUT_DIR/index/`` (write_index output for N synthetic documents plus the hand-made ones below) and
``OUT_DIR/cases.json`` (queries with the url expected first, or the urls expected exactly).
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import synth_docs  # noqa: E402

from gongshi.search.index import SearchDoc, write_index  # noqa: E402

TARGET = SearchDoc(
    url="scjg/penalties/2024/jinheng-jiancai.html",
    kind="penalty",
    dept="scjg",
    dept_name="上街区市场监督管理局",
    year=2024,
    date="2024-03-15",
    name="上街区金恒𪚥建材商行",
    uscc="92410106MA9XK3PQ7L",
    docno="上市监罚〔2024〕123号",
    cert_no=None,
    title="上街区金恒𪚥建材商行销售不合格防水卷材案",
    text="经查，当事人于2024年1月在其门店销售标称济源某厂生产的沥青防水卷材，经抽样检验不合格。"
    "当事人的行为违反了《中华人民共和国产品质量法》第四十九条的规定。",
)
LICENSE = SearchDoc(
    url="wjw/licenses/2023/kangning-clinic.html",
    kind="license",
    dept="wjw",
    dept_name="上街区卫生健康委员会",
    year=2023,
    date="2023-07-01",
    name="郑州康宁口腔诊所有限公司",
    uscc="91410106MA47T2WQ0C",
    docno="上卫健许〔2023〕45号",
    cert_no="PDY00045410106A1002",
    title="医疗机构执业许可",
    text="准予在上街区中心路18号从事口腔科诊疗活动，核定牙椅六台。",
)
# AND semantics: each of these holds only one of the two words of the query "蓝鲸 鹦鹉螺".
ONLY_A = replace(
    TARGET,
    url="zjj/penalties/2022/lanjing.html",
    dept="zjj",
    dept_name="上街区住房和城乡建设局",
    year=2022,
    date="2022-05-05",
    name="郑州蓝鲸装饰工程有限公司",
    uscc="91410106MA3X9R1T2B",
    docno="上建罚〔2022〕7号",
    title="郑州蓝鲸装饰工程有限公司违法施工案",
    text="未取得施工许可证擅自施工。",
)
ONLY_B = replace(
    ONLY_A,
    url="zjj/penalties/2022/yingwu.html",
    name="郑州贝壳装饰工程有限公司",
    uscc="91410106MA3X9R1T3C",
    docno="上建罚〔2022〕8号",
    title="郑州贝壳装饰工程有限公司违法施工案",
    text="在鹦鹉螺小区擅自拆改承重墙。",
)
BOTH = replace(
    ONLY_A,
    url="zjj/penalties/2021/both.html",
    year=2021,
    date="2021-09-09",
    name="郑州蓝鲸家居有限公司",
    uscc="91410106MA3X9R1T4D",
    docno="上建罚〔2021〕31号",
    title="郑州蓝鲸家居有限公司违法施工案",
    text="在鹦鹉螺小区擅自拆改承重墙。",
)
HOSTILE = replace(
    TARGET,
    url="scjg/penalties/2024/hostile.html",
    date="2024-01-02",
    name='<img src=x onerror="alert(1)">某商行',
    uscc="92410106MA9XK3PQ8M",
    docno="上市监罚〔2024〕9号",
    title="</ol><script>alert(2)</script>",
    text="普通的案情。",
)
HANDMADE = [TARGET, LICENSE, ONLY_A, ONLY_B, BOTH, HOSTILE]

CASES = {
    "first": [
        ["name4", "恒𪚥建材", TARGET.url],
        ["name4_wide", "康宁口腔", LICENSE.url],
        ["uscc", "92410106MA9XK3PQ7L", TARGET.url],
        ["uscc_lower", "92410106ma9xk3pq7l", TARGET.url],
        ["cert_no", "PDY00045410106A1002", LICENSE.url],
        ["docno", "上市监罚〔2024〕123号", TARGET.url],
        ["docno_square", "上市监罚[2024]123号", TARGET.url],
        ["docno_paren", "上市监罚（2024）第0123号", TARGET.url],
        ["docno_lenticular", "上市监罚【2024】123号", TARGET.url],
        ["docno_spaces", "上市监罚 [2024] 123 号", TARGET.url],
        ["docno_wide_square", "上市监罚［２０２４］１２３号", TARGET.url],
        ["phrase", "沥青防水卷材", TARGET.url],
        ["phrase_law", "产品质量法》第四十九条", TARGET.url],
    ],
    "contains": [["uscc_prefix", "92410106MA", TARGET.url]],
    "exact": [
        ["and", "蓝鲸 鹦鹉螺", [BOTH.url]],
        ["and_one_side", "蓝鲸装饰", [ONLY_A.url]],
        ["missing_token", "蓝鲸 不存在的词语组合", []],
    ],
}


def main(out: Path, n: int) -> None:
    """Write the index and the cases."""
    docs = [*synth_docs(n, seed=11), *HANDMADE]
    stats = write_index(docs, out / "index")
    rows = {d.url: {"kind": d.kind, "dept": d.dept, "year": d.year, "name": d.name} for d in HANDMADE}
    cases = {**CASES, "handmade": rows, "docs": stats.docs}
    (out / "cases.json").write_text(json.dumps(cases, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1500)
