"""Compile every .po file to .mo with polib, so no GNU gettext is needed.

With --check, fail when a committed .mo differs from what its .po compiles to, or when a
non-English catalogue has an untranslated or fuzzy entry (fuzzy entries are not compiled,
so the English text would show on Vietnamese pages).
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def main(check: bool) -> int:
    stale, incomplete = [], []
    for po_path in sorted(ROOT.glob("*/locale/*/LC_MESSAGES/django.po")):
        if ".venv" in po_path.parts:
            continue
        mo_path = po_path.with_suffix(".mo")
        po = polib.pofile(str(po_path))
        if po_path.parts[-3] != "en":
            # English is the source language; every other catalogue must be complete.
            incomplete += [
                f"{po_path.relative_to(ROOT)}: {entry.msgid!r}"
                for entry in po.untranslated_entries() + po.fuzzy_entries()
            ]
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
    if incomplete:
        print("Untranslated or fuzzy entries:", *incomplete, sep="\n  ")
    return 1 if stale or (check and incomplete) else 0


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv))
