"""Draw the demo illustrations (simple abstract shapes) shipped in this folder.

Run once when the set changes: ``.venv/bin/python demo/content/news/images/make_images.py``.
The JPEGs are committed so the demo loader needs nothing but the repository.
"""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SIZE = (1200, 675)
PALETTE = {
    "red": (161, 33, 27),
    "blue": (11, 83, 148),
    "sand": (245, 243, 239),
    "gold": (224, 170, 40),
    "grey": (90, 90, 90),
    "green": (46, 125, 80),
}


def gears(draw, rng):
    for _ in range(5):
        cx, cy, r = rng.randint(150, 1050), rng.randint(120, 550), rng.randint(60, 160)
        colour = rng.choice([PALETTE["red"], PALETTE["blue"], PALETTE["grey"]])
        teeth = 10
        for i in range(teeth):
            angle = 2 * math.pi * i / teeth
            x, y = cx + math.cos(angle) * r, cy + math.sin(angle) * r
            draw.rectangle([x - r * 0.15, y - r * 0.15, x + r * 0.15, y + r * 0.15], fill=colour)
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=colour)
        draw.ellipse(
            [cx - r * 0.35, cy - r * 0.35, cx + r * 0.35, cy + r * 0.35], fill=PALETTE["sand"]
        )


def network(draw, rng):
    nodes = [(rng.randint(80, 1120), rng.randint(80, 600)) for _ in range(14)]
    for a in nodes:
        for b in rng.sample(nodes, 2):
            draw.line([a, b], fill=PALETTE["grey"], width=4)
    for i, (x, y) in enumerate(nodes):
        colour = PALETTE["red"] if i % 3 == 0 else PALETTE["blue"]
        draw.ellipse([x - 28, y - 28, x + 28, y + 28], fill=colour)


def bars(draw, rng):
    base = 600
    for i in range(9):
        h = rng.randint(120, 480)
        x = 110 + i * 115
        draw.rectangle(
            [x, base - h, x + 80, base], fill=PALETTE["blue"] if i % 2 else PALETTE["green"]
        )
    draw.line([(80, base), (1140, base)], fill=PALETTE["grey"], width=6)


def booths(draw, rng):
    for row in range(2):
        for col in range(5):
            x, y = 90 + col * 210, 120 + row * 260
            draw.rectangle([x, y, x + 180, y + 200], outline=PALETTE["grey"], width=5)
            draw.polygon(
                [(x, y), (x + 180, y), (x + 90, y - 50)],
                fill=rng.choice([PALETTE["red"], PALETTE["gold"]]),
            )


def calendar(draw, rng):
    draw.rectangle([300, 110, 900, 600], fill="white", outline=PALETTE["grey"], width=6)
    draw.rectangle([300, 110, 900, 200], fill=PALETTE["red"])
    for row in range(4):
        for col in range(6):
            x, y = 330 + col * 95, 225 + row * 92
            fill = PALETTE["gold"] if rng.random() < 0.15 else PALETTE["sand"]
            draw.rectangle([x, y, x + 75, y + 72], fill=fill)


def document(draw, rng):
    draw.rectangle([380, 70, 820, 620], fill="white", outline=PALETTE["grey"], width=6)
    for i in range(10):
        width = rng.randint(220, 360)
        draw.rectangle([420, 130 + i * 42, 420 + width, 146 + i * 42], fill=PALETTE["grey"])
    draw.ellipse([690, 480, 800, 590], outline=PALETTE["red"], width=10)


def classroom(draw, rng):
    draw.rectangle([200, 80, 1000, 330], fill=PALETTE["green"])
    for row in range(2):
        for col in range(6):
            x, y = 190 + col * 150, 420 + row * 110
            draw.ellipse([x, y - 50, x + 60, y + 10], fill=PALETTE["blue"])
            draw.rectangle([x - 15, y + 20, x + 75, y + 60], fill=PALETTE["grey"])


DRAWINGS = {
    "gears": gears,
    "network": network,
    "bars": bars,
    "booths": booths,
    "calendar": calendar,
    "document": document,
    "classroom": classroom,
}


def main():
    for seed, (name, draw_shapes) in enumerate(DRAWINGS.items()):
        rng = random.Random(seed)
        image = Image.new("RGB", SIZE, PALETTE["sand"])
        draw_shapes(ImageDraw.Draw(image), rng)
        image.save(HERE / f"{name}.jpg", "JPEG", quality=70, optimize=True)


if __name__ == "__main__":
    main()
