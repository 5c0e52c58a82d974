"""Compile every .po file to .mo with polib, so no GNU gettext is needed.

With --check, fail when a committed .mo differs from what its .po compiles to.
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def main(check: bool) -> int:
    stale = []
    for po_path in sorted(ROOT.glob("*/locale/*/LC_MESSAGES/django.po")):
        if ".venv" in po_path.parts:
            continue
        mo_path = po_path.with_suffix(".mo")
        po = polib.pofile(str(po_path))
        tmp = mo_path.with_suffix(".mo.tmp")
        po.save_as_mofile(str(tmp))
        fresh = tmp.read_bytes()
        if check:
            tmp.unlink()
            if not mo_path.exists() or mo_path.read_bytes() != fresh:
                stale.append(str(mo_path.relative_to(ROOT)))
        else:
            tmp.replace(mo_path)
    if stale:
        print("Out-of-date translations (run `make messages`):", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv))
