"""The Unicode half of scripts/python-tables.py (loaded by it): CPython's character classes and case
mappings as the compact strings of templates/runtime/unicode-data.ts, decoded by templates/runtime/unicode.ts.
"""


def ranges(pred):
    out, start = [], None
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            p = False
        else:
            p = pred(chr(cp))
        if p and start is None:
            start = cp
        elif not p and start is not None:
            out.append((start, cp - start))
            start = None
    if start is not None:
        out.append((start, 0x110000 - start))
    return [b for s, n in out for b in (s, s + n)]


# Numbers as base-32 digits in printable ASCII: a number's last digit from TERMINAL, the others from
# CONTINUATION, so no separators are needed (denser than hex with "+" and ",", and gzip does better on it).
TERMINAL = "0123456789abcdefghijklmnopqrstuv"
CONTINUATION = "ABCDEFGHIJKLMNOPQRSTUVWXYZ()<>[]"


def encode_numbers(numbers):
    out = []
    for n in numbers:
        assert n >= 0
        digits = TERMINAL[n & 31]
        n >>= 5
        while n:
            digits = CONTINUATION[n & 31] + digits
            n >>= 5
        out.append(digits)
    return "".join(out)


def encode_ranges(toggles):
    """Ranges as numbers: gap from the previous range's end, then length."""
    return encode_numbers(t - (toggles[i - 1] if i else 0) for i, t in enumerate(toggles))


def derived_ranges(toggles, base_name, base_toggles, how=None):
    """A class as the ranges where it differs from a similar class (XOR): ID_START is mostly ALPHA."""
    return DerivedTable(base_name, encode_ranges(sorted(set(toggles) ^ set(base_toggles))), how)


def is_cased(c):
    """No table: the runtime's `uni.cased` is LOWER, UPPER or TITLE, as here."""
    return c.islower() or c.isupper() or (c.istitle() and not c.isupper())


def is_case_ignorable(c):
    if is_cased(c):
        return (" " + c + "\u03a3").lower()[-1] == "\u03c3"
    return ("A" + c + "\u03a3").lower()[-1] == "\u03c2"


def mapping(f, base=lambda c: c):
    """Code points whose mapping is not `base`'s (default: themselves): runs of one-char deltas, and
    multi-char entries. With a base, a delta 0 entry undoes the base's mapping."""
    singles, multi = [], []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        out = f(chr(cp))
        if out == base(chr(cp)):
            continue
        if len(out) == 1:
            singles.append((cp, ord(out) - cp))
        else:
            multi.append((cp, out))
    records, i = [], 0
    while i < len(singles):
        cp, d = singles[i]
        stride = singles[i + 1][0] - cp if i + 1 < len(singles) and singles[i + 1][1] == d else 1
        stride = stride if stride in (1, 2) else 1
        n = 1
        while i + n < len(singles) and singles[i + n] == (cp + n * stride, d):
            n += 1
        # a run: n code points `stride` apart, each mapped to itself + d (zigzag: d >= 0 even, d < 0 odd)
        records.append((cp, [n * 2 + stride - 1, 2 * d if d >= 0 else -2 * d - 1]))
        i += n
    # a multi-char entry: 0, then the number of characters, then their code points
    records += [(cp, [0, len(out), *map(ord, out)]) for cp, out in multi]
    records.sort()
    # each record: the gap from the previous record's code point, then its fields
    return encode_numbers(x for k, (cp, fields) in enumerate(records)
                          for x in [cp - (records[k - 1][0] if k else 0), *fields])


class DerivedTable:
    """A table written as its difference from another table of the same file (gzip cannot see the likeness).
    how: None (the base itself), "inverse" (a mapping's inverse), "domain" (the code points a mapping changes)."""

    def __init__(self, base, diff, how=None):
        self.base, self.diff, self.how = base, diff, how


def changed_by(f):
    """Range boundaries of the code points `f` maps to something else (the domain of its table)."""
    return ranges(lambda c: f(c) != c)


def unicode_table():
    t = {name: ranges(pred) for name, pred in [
        ("ALPHA", str.isalpha), ("DECIMAL", str.isdecimal), ("DIGIT", str.isdigit), ("NUMERIC", str.isnumeric),
        ("TITLE", lambda c: c.istitle() and not c.isupper()), ("CASE_IGNORABLE", is_case_ignorable),
        ("ID_START", lambda c: c.isidentifier()), ("ID_CONTINUE", lambda c: ("a" + c).isidentifier()),
        ("PRINTABLE", str.isprintable)]}
    # Each derived class differs from its base in few ranges: the smallest XORs CPython 3.11's tables allow.
    bases = {"DIGIT": "DECIMAL", "NUMERIC": "DIGIT", "ID_START": "ALPHA", "ID_CONTINUE": "ID_START",
             "PRINTABLE": "ID_CONTINUE"}
    out = {name: derived_ranges(tog, bases[name], t[bases[name]]) if name in bases else encode_ranges(tog)
           for name, tog in t.items()}
    # str.lower is mostly str.upper backwards: the inverse of TO_UPPER (for each one-char result, the
    # lowest code point mapped to it), then the few differences (K, the Kelvin sign, lowers to k; ...).
    inverse = {}
    for cp in range(0x110000):
        up = chr(cp).upper() if not 0xD800 <= cp <= 0xDFFF else chr(cp)
        if len(up) == 1 and up != chr(cp):
            inverse.setdefault(up, chr(cp))
    out.update({"TO_UPPER": mapping(str.upper), "TO_TITLE": DerivedTable("TO_UPPER", mapping(str.title, str.upper)),
                "TO_LOWER": DerivedTable("TO_UPPER", mapping(str.lower, lambda c: inverse.get(c, c)), "inverse"),
                "TO_FOLD": DerivedTable("TO_LOWER", mapping(str.casefold, str.lower))})
    # Upper case letters are mostly those str.lower changes, and lower case ones those str.upper changes.
    out["LOWER"] = derived_ranges(ranges(str.islower), "TO_UPPER", changed_by(str.upper), "domain")
    out["UPPER"] = derived_ranges(ranges(str.isupper), "TO_LOWER", changed_by(str.lower), "domain")
    return out
