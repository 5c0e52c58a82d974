"""The items of the plan's part III-B, the departments' tasks, in the plan's order.

The plan prints this part as a second "II" and numbers two items 13; the portal calls the part
III-B and the two items 13a and 13b (demo/content/SOURCES.md). Each item is one body's group of
tasks, and its code is also the item's anchor on the plan page.
"""

GROUP_CODES = [
    "III-B-1",
    "III-B-2",
    "III-B-3",
    "III-B-4",
    "III-B-5",
    "III-B-6",
    "III-B-7",
    "III-B-8",
    "III-B-9",
    "III-B-10",
    "III-B-11",
    "III-B-12",
    "III-B-13a",
    "III-B-13b",
    "III-B-14",
    "III-B-15",
]
