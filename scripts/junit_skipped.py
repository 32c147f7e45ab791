"""Step of scripts/test.sh: the node ids of the tests a JUnit XML file reports as skipped, one per
line, for ``pytest @FILE`` (pytest >= 8.2).

    python scripts/junit_skipped.py JUNIT.xml OUT.txt

On the host, tests/core runs once without QGIS, GDAL and the optional packages
(scripts/test_core_noqgis.sh); the host's own suite then runs only those of its tests that
skipped there (they need GDAL or an optional package), so that every test of tests/core still
runs on the host's Python, with everything installed where it needs it, and none twice.
Exits 1 when the file cannot be read (test.sh then runs the whole of tests/core again).
"""
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def node_id(classname, name):
    """JUnit's dotted classname (module path, then any class) back to a pytest node id."""
    parts = classname.split(".")
    for i in range(len(parts), 0, -1):
        path = "/".join(parts[:i]) + ".py"
        if os.path.isfile(os.path.join(ROOT, path)):
            return "::".join([path] + parts[i:] + [name])
    raise ValueError("no test file for %s" % classname)


def main(junit, out):
    root = ET.parse(junit).getroot()
    ids = []
    for tc in root.iter("testcase"):
        if tc.find("skipped") is None:
            continue
        if tc.get("classname"):
            ids.append(node_id(tc.get("classname"), tc.get("name")))
        else:  # a whole module skipped at collection: its name is the module
            ids.append(node_id(tc.get("name"), "").rstrip(":"))
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("".join(i + "\n" for i in ids))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(*sys.argv[1:3]))
    except Exception as e:  # noqa: BLE001 - any failure means: run the whole of tests/core
        print("junit_skipped: %s" % e, file=sys.stderr)
        sys.exit(1)
