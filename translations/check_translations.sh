#!/usr/bin/env bash
# Checks Qt Linguist .ts files: every message translated, the same placeholders and the
# same number of '&' accelerators as the English source.
#
#   translations/check_translations.sh [FILE.ts ...]
#
# Without arguments it checks every translations/tinyml-manager_*.ts next to this script.
# Fails (exit 1) with one line per problem:
#   - a message marked type="unfinished", or with an empty translation (or numerus form);
#   - a translation whose set of placeholders (%1..%9, %n) differs from the source's;
#   - a translation whose count of accelerator ampersands differs from the source's.
# In the .ts XML an accelerator is stored as &amp;X; the XML is parsed first, so XML escapes such
# as &lt; are plain characters, and in the parsed text "&&" (a literal '&'), '& ' and HTML
# entities written out in rich text (&lt; &nbsp; &#160;) do not count as accelerators.
# Messages marked vanished or obsolete are ignored (lupdate -no-obsolete drops them anyway).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ $# -eq 0 ]]; then
    shopt -s nullglob
    set -- "$here"/tinyml-manager_*.ts
    shopt -u nullglob
    if [[ $# -eq 0 ]]; then
        echo "check_translations: no .ts files found in $here" >&2
        exit 1
    fi
fi

command -v python3 >/dev/null || { echo "check_translations: python3 is needed" >&2; exit 1; }

python3 - "$@" <<'PY'
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")
# '&&' is an escaped literal ampersand; '&' followed by a space (or at the end) is not a mnemonic,
# nor is an HTML entity written out in rich text (the string itself holding "&lt;", "&#160;").
ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")
ACCEL = re.compile(r"&(?=\S)")


def accelerators(text):
    return len(ACCEL.findall(ENTITY.sub("", text.replace("&&", ""))))


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def short(text, limit=70):
    text = text.replace("\n", "\\n")
    return text if len(text) <= limit else text[: limit - 1] + "…"


failures = 0
for path in sys.argv[1:]:
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        print(f"{path}: cannot be read: {error}")
        failures += 1
        continue
    problems = []
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("vanished", "obsolete"):
                continue
            count += 1
            where = f"[{name}] \"{short(source)}\""
            if translation is None:
                problems.append(f"{where}: no <translation> element")
                continue
            if kind == "unfinished":
                problems.append(f"{where}: marked unfinished")
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
                if not forms:
                    problems.append(f"{where}: no plural forms")
            else:
                forms = [translation.text or ""]
            for i, form in enumerate(forms):
                label = where if len(forms) == 1 else f"{where} (plural form {i + 1})"
                if not form.strip():
                    problems.append(f"{label}: empty translation")
                    continue
                if placeholders(form) != placeholders(source):
                    problems.append(
                        f"{label}: placeholders {placeholders(source)} in the source but {placeholders(form)} in \"{short(form)}\"")
                if accelerators(form) != accelerators(source):
                    problems.append(
                        f"{label}: {accelerators(source)} '&' accelerator(s) in the source but {accelerators(form)} in \"{short(form)}\"")
    if problems:
        failures += len(problems)
        print(f"{path}: {len(problems)} problem(s) in {count} message(s):")
        for p in problems:
            print(f"  {p}")
    else:
        print(f"{path}: OK, {count} message(s) translated")

if failures:
    print(f"check_translations: FAILED ({failures} problem(s))")
    sys.exit(1)
PY
