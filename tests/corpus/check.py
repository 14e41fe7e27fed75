#!/usr/bin/env python3
"""Validate the report corpus in this directory (stdlib only).

For every NAME.txt there must be a NAME.expected.json; this script checks
  - the JSON shape (genre, figures, projects, not_figures and their fields);
  - every "in" (figures and projects) and every not_figures entry occurs in the text,
    on one line, 4-25 characters long;
  - the number of a figure occurs inside its "in" as a whole number (thousands
    separators allowed; a minus may be written as 下降/减少/回落; ranks and counts may
    be written in Chinese numerals: 第一, 首位, 三个);
  - the unit of a figure is written inside its "in" (ranks excepted);
  - coverage: every run of Arabic digits in the text lies inside the "in" of a
    figure or project with that number, or inside a not_figures entry;
  - length of the text (at least 1,200 Han characters, at most 3,500 characters
    without whitespace) and the number of figures (25-45, a warning only).

Usage: python3 tests/corpus/check.py [NAME ...]     exit status 1 if any error.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

KINDS = {"value", "change", "share", "progress", "rank"}
STATUSES = {"signed", "started", "building", "completed", "operating"}
FIGURE_KEYS_REQUIRED = {"number", "unit", "kind", "in"}
FIGURE_KEYS_ALLOWED = FIGURE_KEYS_REQUIRED | {"label", "of", "standalone_change"}
PROJECT_KEYS = {"name", "amount", "unit", "status", "in"}
NEGATIVE_WORDS = ("下降", "减少", "回落")
NUMBER_RE = re.compile(r"^-?\d+(\.\d+)?$")
# a run of digits as written in the text: 1,234.5 / 307.3 / 2024
DIGITS_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_RUN_RE = re.compile(r"[零一二两三四五六七八九十百]+")


def cn_to_int(s):
    """Chinese numeral (up to 999) to int, or None."""
    if not s:
        return None
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIGITS:
            cur = CN_DIGITS[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            return None
    return total + cur


def strip_separators(s):
    return re.sub(r"(?<=\d),(?=\d{3})", "", s)


def number_in(number, text, kind):
    """Is `number` (normalised, maybe negative) written in `text`?"""
    absnum = number.lstrip("-")
    plain = strip_separators(text)
    found = any(m.group(0) == absnum for m in re.finditer(r"\d+(?:\.\d+)?", plain))
    if not found and "." not in absnum:
        n = int(absnum)
        for m in CN_RUN_RE.finditer(text):
            if cn_to_int(m.group(0)) == n:
                found = True
        if n == 1 and ("首位" in text or "第一" in text):
            found = True
    if not found:
        return False, "number %s not written in %r" % (number, text)
    if number.startswith("-"):
        if not (any(w in text for w in NEGATIVE_WORDS) or ("-" + absnum) in plain):
            return False, "negative number %s but %r has no 下降/减少/回落" % (number, text)
    elif re.search("(%s)了?%s(?![\\d.])" % ("|".join(NEGATIVE_WORDS), re.escape(absnum)), plain):
        return False, "%r says 下降/减少/回落 %s: the number should be -%s" % (text, absnum, absnum)
    return True, ""


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def check_one(name):
    errors, warnings = [], []
    txt_path = os.path.join(HERE, name + ".txt")
    json_path = os.path.join(HERE, name + ".expected.json")
    text = open(txt_path, encoding="utf-8").read()
    if not os.path.exists(json_path):
        return ["missing %s.expected.json" % name], [], {}
    try:
        data = json.load(open(json_path, encoding="utf-8"))
    except ValueError as e:
        return ["%s.expected.json: invalid JSON: %s" % (name, e)], [], {}

    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    nonspace = len(re.sub(r"\s", "", text))
    if han < 1200:
        errors.append("text has %d Han characters (< 1200)" % han)
    if nonspace > 3500:
        errors.append("text has %d characters (> 3500)" % nonspace)

    if not isinstance(data, dict):
        return ["top level is not an object"], [], {}
    extra = set(data) - {"genre", "figures", "projects", "not_figures"}
    if extra:
        errors.append("unknown top-level keys: %s" % sorted(extra))
    for key, typ in (("genre", str), ("figures", list), ("projects", list), ("not_figures", list)):
        if not isinstance(data.get(key), typ):
            errors.append("%r missing or not a %s" % (key, typ.__name__))
    if errors:
        return errors, warnings, {}

    covered = []  # (start, end, number or None)

    def check_in(where, quote):
        if not isinstance(quote, str):
            errors.append("%s: 'in' is not a string" % where)
            return []
        if not 4 <= len(quote) <= 25:
            errors.append("%s: 'in' %r has %d characters (4-25)" % (where, quote, len(quote)))
        if "\n" in quote:
            errors.append("%s: 'in' %r has a line break" % (where, quote))
        occ = occurrences(text, quote)
        if not occ:
            errors.append("%s: 'in' %r does not occur in the text" % (where, quote))
        return occ

    seen = {}
    for i, f in enumerate(data["figures"]):
        where = "figure %d" % i
        if not isinstance(f, dict):
            errors.append("%s: not an object" % where)
            continue
        where = "figure %d (%s %s)" % (i, f.get("number"), f.get("in"))
        missing = FIGURE_KEYS_REQUIRED - set(f)
        unknown = set(f) - FIGURE_KEYS_ALLOWED
        if missing:
            errors.append("%s: missing %s" % (where, sorted(missing)))
            continue
        if unknown:
            errors.append("%s: unknown keys %s" % (where, sorted(unknown)))
        number, unit, kind = f["number"], f["unit"], f["kind"]
        if not isinstance(number, str) or not NUMBER_RE.match(number):
            errors.append("%s: bad number %r" % (where, number))
            continue
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (where, kind))
        if not isinstance(unit, str):
            errors.append("%s: unit is not a string" % where)
            unit = ""
        if kind == "rank" and unit != "rank":
            errors.append("%s: a rank has unit 'rank'" % where)
        if kind != "rank" and unit == "rank":
            errors.append("%s: unit 'rank' on a %s" % (where, kind))
        if kind == "value":
            if not isinstance(f.get("label"), str) or not f["label"]:
                errors.append("%s: a value needs a label" % where)
            if "of" in f:
                errors.append("%s: a value has 'label', not 'of'" % where)
        else:
            if not isinstance(f.get("of"), str) or not f["of"]:
                errors.append("%s: a %s needs 'of'" % (where, kind))
            if "label" in f:
                errors.append("%s: a %s has 'of', not 'label'" % (where, kind))
            if "standalone_change" in f:
                errors.append("%s: standalone_change only on kind value" % where)
        if "standalone_change" in f and f["standalone_change"] is not True:
            errors.append("%s: standalone_change must be true when present" % where)
        occ = check_in(where, f["in"])
        if not occ:
            continue
        ok, why = number_in(number, f["in"], kind)
        if not ok:
            errors.append("%s: %s" % (where, why))
        if kind != "rank" and unit and unit not in f["in"]:
            warnings.append("%s: unit %r not inside 'in'" % (where, unit))
        if len(occ) > 1:
            warnings.append("%s: 'in' occurs %d times in the text" % (where, len(occ)))
        key = (number, f["in"])
        if key in seen:
            errors.append("%s: same number and 'in' as figure %d" % (where, seen[key]))
        seen[key] = i
        for s, e in occ:
            covered.append((s, e, number.lstrip("-")))

    for i, p in enumerate(data["projects"]):
        where = "project %d" % i
        if not isinstance(p, dict):
            errors.append("%s: not an object" % where)
            continue
        where = "project %d (%s)" % (i, p.get("name"))
        if set(p) != PROJECT_KEYS:
            errors.append("%s: keys must be %s" % (where, sorted(PROJECT_KEYS)))
            continue
        if p["status"] not in STATUSES:
            errors.append("%s: bad status %r" % (where, p["status"]))
        if not isinstance(p["name"], str) or p["name"] not in text:
            errors.append("%s: name does not occur in the text" % where)
        occ = check_in(where, p["in"])
        amount = p["amount"]
        if amount is None:
            if p["unit"] is not None:
                errors.append("%s: unit without amount" % where)
        else:
            if not isinstance(amount, str) or not NUMBER_RE.match(amount):
                errors.append("%s: bad amount %r" % (where, amount))
                continue
            if not isinstance(p["unit"], str) or not p["unit"]:
                errors.append("%s: amount without unit" % where)
            if occ:
                ok, why = number_in(amount, p["in"], "value")
                if not ok:
                    errors.append("%s: %s" % (where, why))
                if p["unit"] and p["unit"] not in p["in"]:
                    errors.append("%s: unit %r not inside 'in'" % (where, p["unit"]))
            for s, e in occ:
                covered.append((s, e, amount))
        if occ and isinstance(p["name"], str) and p["name"] not in p["in"] \
                and not any(p["in"] in p["name"] for _ in [0]):
            warnings.append("%s: 'in' does not contain the name" % where)

    for i, nf in enumerate(data["not_figures"]):
        if not isinstance(nf, str) or not nf:
            errors.append("not_figures %d: not a non-empty string" % i)
            continue
        occ = occurrences(text, nf)
        if not occ:
            errors.append("not_figures %r does not occur in the text" % nf)
        if not re.search(r"[\d零一二两三四五六七八九十百千半]", nf):
            warnings.append("not_figures %r has no numeral" % nf)
        for s, e in occ:
            covered.append((s, e, None))

    # coverage: every digit run in the text is accounted for
    for m in DIGITS_RE.finditer(text):
        s, e = m.span()
        value = strip_separators(m.group(0))
        ok = False
        for cs, ce, num in covered:
            if cs <= s and e <= ce and (num is None or num == value):
                ok = True
                break
        if not ok:
            line = text[max(0, s - 12):e + 12].replace("\n", "⏎")
            errors.append("number %s at offset %d is not listed: …%s…" % (m.group(0), s, line))

    counts = {
        "figures": len(data["figures"]),
        "projects": len(data["projects"]),
        "not_figures": len(data["not_figures"]),
        "han": han,
    }
    if not 25 <= counts["figures"] <= 45:
        warnings.append("%d figures (aim for 25-45)" % counts["figures"])
    return errors, warnings, counts


def main(argv):
    names = argv[1:] or sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
    total_errors = 0
    print("%-36s %7s %8s %11s %5s %6s %5s" % ("report", "figures", "projects", "not_figures", "han", "errors", "warn"))
    details = []
    for name in names:
        errors, warnings, counts = check_one(name)
        total_errors += len(errors)
        print("%-36s %7s %8s %11s %5s %6d %5d" % (
            name, counts.get("figures", "-"), counts.get("projects", "-"),
            counts.get("not_figures", "-"), counts.get("han", "-"), len(errors), len(warnings)))
        details += ["%s: error: %s" % (name, e) for e in errors]
        details += ["%s: warning: %s" % (name, w) for w in warnings]
    for d in details:
        print(d)
    print("%d file(s), %d error(s)" % (len(names), total_errors))
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
