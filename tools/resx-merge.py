#!/usr/bin/env python3
"""Adds or replaces texts in src/Casefile.Core/Localization/Messages{,.kk,.ru}.resx.

Usage: tools/resx-merge.py FILE.tsv [...]
Each line of a TSV file: name<TAB>English<TAB>Kazakh<TAB>Russian. Lines starting with # are
skipped. Entries are kept sorted by name so that diffs stay readable.
"""
import fcntl
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src" / "Casefile.Core" / "Localization"
FILES = {"en": ROOT / "Messages.resx", "kk": ROOT / "Messages.kk.resx", "ru": ROOT / "Messages.ru.resx"}

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


def load(path):
    entries = {}
    if path.exists():
        for data in ET.parse(path).getroot().findall("data"):
            entries[data.get("name")] = data.findtext("value") or ""
    return entries


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def save(path, entries):
    lines = [HEADER]
    for name in sorted(entries):
        lines.append(f'  <data name="{escape(name)}" xml:space="preserve"><value>{escape(entries[name])}</value></data>\n')
    lines.append("</root>\n")
    path.write_text("".join(lines), encoding="utf-8")


def main(paths):
    # Several people may merge at once: hold a lock over the whole read-modify-write.
    with open(ROOT / ".resx-merge.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        merge(paths)


def merge(paths):
    tables = {lang: load(path) for lang, path in FILES.items()}
    for tsv in paths:
        for number, line in enumerate(Path(tsv).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 4 or not all(p.strip() for p in parts):
                sys.exit(f"{tsv}:{number}: expected name, en, kk, ru separated by tabs")
            name, en, kk, ru = (p.strip() for p in parts)
            tables["en"][name], tables["kk"][name], tables["ru"][name] = en, kk, ru
    for lang, path in FILES.items():
        save(path, tables[lang])


if __name__ == "__main__":
    main(sys.argv[1:])
