"""One name per method: every piece of algorithm ``<id>`` has the id in its file name (the
rule of the README's "Layout"), so a reader finds them all by the name."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: ids whose science is a shared core module (README, "Layout")
SHARED_CORE = {"reclassifybytable": "core/classify.py", "ecologicalsources": "core/patches.py"}
#: tools that hold no science (no core module); tested under the name of what they do
TOOLS = {"installdependencies": "tests/algorithms/test_install_packages.py"}


def _ids():
    out = {}
    for p in ROOT.glob("algorithms/*/*.py"):
        m = re.search(r"^\s+NAME\s*=\s*[\"'](\w+)[\"']", p.read_text(encoding="utf-8"), re.M)
        if m:
            out[m.group(1)] = p
    return out


def test_every_piece_of_a_method_is_named_by_its_id():
    ids = _ids()
    assert len(ids) >= 22
    for alg, path in ids.items():
        assert path.stem == alg, path
        if alg in TOOLS:
            assert (ROOT / TOOLS[alg]).exists(), alg
            for f in ("resources/help/%s.md", "resources/help/%s.zh_CN.md", "i18n/zh_CN/%s.ts"):
                assert (ROOT / (f % alg)).exists(), f % alg
            continue
        core = list(ROOT.glob("core/*/%s.py" % alg)) + list(ROOT.glob("core/%s.py" % alg))
        assert core or (ROOT / SHARED_CORE[alg]).exists(), alg
        for f in ("resources/help/%s.md", "resources/help/%s.zh_CN.md", "i18n/zh_CN/%s.ts"):
            assert (ROOT / (f % alg)).exists(), f % alg
        tests = [p for p in ROOT.glob("tests/*/test_*.py")
                 if re.search(r"(test_|_)%s(_|$)" % alg, p.stem)]
        assert tests, alg


def test_no_file_keeps_an_old_name():
    old = {"awy", "hq", "sdr", "kde", "coagg", "clues", "metrics", "lp", "esv", "ahp",
           "connectivity", "corridors", "resistance", "synthesis", "habitat", "carbon"}
    for p in list(ROOT.glob("tests/**/*.py")) + list(ROOT.glob("benchmarks/**/*")) + list(
            ROOT.glob("i18n/zh_CN/*.ts")) + list(ROOT.glob("core/**/*.py")):
        if p.name == "coagg_tables.py":  # the tables of coagglomeration, named so by issue 12
            continue
        assert not old & set(p.stem.lower().split("_")), p
