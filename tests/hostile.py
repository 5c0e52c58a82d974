"""The known nasty strings, shared by the hostile-input contract (tests/website/
test_hostile_inputs.py) and the few tests that check more than "never a 5xx"."""

# The strings that broke something, somewhere, once: markup, quotes and parentheses (SQLite's
# full-text syntax), NUL bytes, numbers out of every range, long and exotic text.
NASTY = [
    "",
    "abc",
    "-1",
    "0",
    "99999999999999999999",
    "%00",
    "\x00",
    "lãi\x00suất",
    "x" * 5000,
    " ".join(f"t{i}" for i in range(300)),
    '"""""(((((',
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "NEAR(a b) AND OR NOT *",
    "công:* & | ! <->",
    "\u200b\u200b",
    "Ωmega 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \U0001f600",
    "2024-02-30",
]
