#!/usr/bin/env python3
"""Writes the trainer-mode sample answer files in src/samples/ for the current default bank.

Run it again whenever the default bank changes (its hash is part of every answer file); a native test
fails if a sample no longer imports.
"""
import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BANK = json.loads((ROOT / "src/banks/default.json").read_text(encoding="utf-8"))
CANON = json.dumps(BANK, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
REF = {"id": BANK["id"], "version": BANK["version"],
       "hash": "sha256:" + hashlib.sha256(CANON.encode()).hexdigest()}
CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body):
    """A fictional code with a correct GB 32100 check character."""
    s = sum(CHARS.index(c) * w for c, w in zip(body, WEIGHTS))
    return body + CHARS[(31 - s % 31) % 31]


IDS = [i["id"] for d in BANK["dimensions"] for i in d["indicators"]]

SAMPLES = [
    {
        "file": "workshop.json",
        "id": "5a3e0001-0000-4000-8000-000000000001",
        "name": "【示例】小型五金加工厂 · Sample: small hardware workshop",
        "enterprise": {"name": "示例 · 恒达五金制品厂", "credit_code": credit_code("92320583MA1XAMP1L"),
                       "region": "江苏省苏州市", "industry": "C33", "size": "micro",
                       "assessment_date": "2026-05-12"},
        "levels": [2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 1, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 1, 2, 2, "na", 2],
        "notes": {
            "A.1": "只有客户图纸和国家标准 GB/T 3098，没有法规清单。",
            "A.5": "卡尺、千分尺每年送计量所校准，有标签；冲床坏了才修。",
            "A.9": "出货前全检尺寸，检验记录本按批次登记，不良品放红色周转箱。",
            "B.4": "用数显卡尺，结果抄在纸上再录入 Excel。",
            "C.3": "客户投诉由老板直接处理，没有记录。",
            "D.1": "2025 年出货合格率约 97%，按月手工统计。",
        },
        "kpi": {"D.1": (97.0, "%", 2025)},
    },
    {
        "file": "supplier.json",
        "id": "5a3e0002-0000-4000-8000-000000000002",
        "name": "【示例】汽车零部件二级供应商 · Sample: tier-2 automotive supplier",
        "enterprise": {"name": "示例 · 华锐汽车零部件有限公司", "credit_code": credit_code("91320200MA1XAMP2W"),
                       "region": "江苏省无锡市", "industry": "C36", "size": "medium",
                       "assessment_date": "2026-06-03"},
        "levels": [3, 3, 3, 3, 3, 3, 4, 3, 3, 3, 2, 2, 3, 2, 2, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 2],
        "notes": {
            "A.3": "按 IATF 16949 建立风险登记册；PFMEA 覆盖 6 条产线，DFMEA 由主机厂负责。",
            "A.7": "新零件走 PPAP，关键二级供应商每年审核并按 PPM、交付评级。",
            "A.8": "控制计划、作业指导书齐全；关键尺寸首件检验，SPC 仍靠人工抽样作图。",
            "A.10": "内审与管理评审按年度计划执行，2025 年 23 项不符合全部关闭。",
            "B.1": "物料编码统一在 ERP 中，缺陷代码各车间不一致。",
            "B.3": "MES 已上线两条装配线，采集扭矩和追溯码，机加工线仍为纸质记录。",
            "D.1": "一次交检合格率 98.6%，近三年稳定。",
            "D.4": "关键过程 Cpk 均值 1.41。",
        },
        "kpi": {"D.1": (98.6, "%", 2025), "D.4": (1.41, "", 2025), "D.5": (420.0, "PPM", 2025)},
    },
    {
        "file": "leader.json",
        "id": "5a3e0003-0000-4000-8000-000000000003",
        "name": "【示例】电子制造龙头企业 · Sample: leading electronics maker",
        "enterprise": {"name": "示例 · 星海智能电子股份有限公司", "credit_code": credit_code("91440300MA5XAMP3Y"),
                       "region": "广东省深圳市", "industry": "C39", "size": "large",
                       "assessment_date": "2026-06-20"},
        "levels": [4, 4, 4, 4, 4, 5, 4, 4, 4, 4, 4, 4, 5, 4, 3, 4, 4, 4, 4, 4, 4, 4, 3, 4, 4, 4, 4, 4, 4, 3],
        "notes": {
            "A.6": "全部新品执行 DFMEA 与可靠性试验，应用 DOE 做稳健设计，近两年新品一次成功率 96%。",
            "A.8": "SMT 与整机线关键参数在线 SPC，设置防错 140 余处。",
            "B.3": "MES 覆盖全部产线，回流焊温度曲线超限自动报警并联锁停线。",
            "B.5": "核心供应商通过 SRM 门户提交来料检验数据，但二级供应商仍用邮件传递报告。",
            "C.5": "失效知识库已建立，复用率尚未统计。",
            "D.1": "出厂不良 85 PPM，优于行业平均。",
            "D.7": "2025 年质量改进项目节约 3200 万元，尚未形成明确的质量溢价。",
        },
        "kpi": {"D.1": (99.2, "%", 2025), "D.5": (150.0, "PPM", 2025), "D.7": (3200.0, "万元", 2025)},
    },
]

for s in SAMPLES:
    answers = {}
    for indicator, level in zip(IDS, s["levels"]):
        a = {"level": level}
        if indicator in s["notes"]:
            a["note"] = s["notes"][indicator]
        if indicator in s["kpi"]:
            v, unit, year = s["kpi"][indicator]
            a["kpi"] = {"value": v, "unit": unit, "year": year}
        answers[indicator] = a
    doc = {
        "format": "qm-precheck-answers",
        "format_version": 1,
        "exported_at": "2026-07-01T00:00:00.000Z",
        "bank": REF,
        "draft": {"id": s["id"], "name": s["name"], "created": "2026-07-01T00:00:00.000Z",
                  "updated": "2026-07-01T00:00:00.000Z", "locale": "zh-CN"},
        "enterprise": s["enterprise"],
        "answers": answers,
        # Import recomputes the result; this copy is only for people reading the file.
        "result": {"engine": "sample", "level": None, "level_name": None, "score": None,
                   "answered": len(answers), "total": len(IDS), "dimensions": []},
    }
    out = ROOT / "src/samples" / s["file"]
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", out.relative_to(ROOT))
