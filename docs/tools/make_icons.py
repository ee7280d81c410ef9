"""Draws the site's icons and link-preview images (run once; the PNGs are committed).

.venv/bin/python docs/tools/make_icons.py   (needs Pillow and Debian's fonts-dejavu)
"""

import glob
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

BRAND = (0, 61, 115)
WHITE = (255, 255, 255)
SOFT = (242, 245, 249)
ACCENT = (181, 18, 27)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
OUT = str(Path(__file__).resolve().parents[2] / "site" / "static") + "/"


def q_mark(size, pad_ratio=0.0, bg=BRAND, round_bg=False):
    scale = 4
    S = size * scale
    im = Image.new("RGBA", (S, S), (0, 0, 0, 0) if round_bg else bg + (255,))
    d = ImageDraw.Draw(im)
    if round_bg:
        d.ellipse([0, 0, S - 1, S - 1], fill=bg + (255,))
    pad = int(S * pad_ratio)
    r = (S - 2 * pad) // 2
    c = S // 2
    ring = int(r * 0.86)
    d.ellipse([c - ring, c - ring, c + ring, c + ring], fill=WHITE + (255,))
    f = ImageFont.truetype(FONT, int(ring * 1.35))
    d.text((c, c + int(ring * 0.04)), "Q", font=f, fill=bg + (255,), anchor="mm")
    return im.resize((size, size), Image.LANCZOS)


# favicon and app icons
q_mark(32, round_bg=True).save(OUT + "icons/favicon-32.png", optimize=True)
q_mark(180).save(OUT + "icons/apple-touch-icon.png", optimize=True)  # iOS rounds the corners itself
q_mark(192, round_bg=True).save(OUT + "icons/icon-192.png", optimize=True)
q_mark(512, round_bg=True).save(OUT + "icons/icon-512.png", optimize=True)
q_mark(512, pad_ratio=0.2).save(
    OUT + "icons/icon-maskable-512.png", optimize=True
)  # safe zone: 80 %
ico = q_mark(48, round_bg=True)
ico.save(OUT + "icons/favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])


# link-preview images, 1200x630, one per section: the mark and a pictogram, no words
def pictogram(d, kind, box):
    x0, y0, x1, y1 = box
    w = x1 - x0
    h = y1 - y0
    cx = (x0 + x1) // 2
    cy = (y0 + y1) // 2
    lw = max(8, w // 22)
    if kind == "home":
        d.polygon([(x0, cy), (cx, y0), (x1, cy)], fill=WHITE)
        d.rectangle([x0 + w * 0.15, cy, x1 - w * 0.15, y1], fill=WHITE)
        d.rectangle([cx - w * 0.1, cy + h * 0.18, cx + w * 0.1, y1], fill=BRAND)
    elif kind == "guides":  # an open book
        d.polygon(
            [(x0, y0 + h * 0.1), (cx, y0 + h * 0.2), (cx, y1), (x0, y1 - h * 0.1)], fill=WHITE
        )
        d.polygon(
            [(x1, y0 + h * 0.1), (cx, y0 + h * 0.2), (cx, y1), (x1, y1 - h * 0.1)], fill=WHITE
        )
        for i in range(4):
            yy = y0 + h * (0.35 + i * 0.14)
            d.line([(x0 + w * 0.08, yy - h * 0.03), (cx - w * 0.08, yy)], fill=BRAND, width=lw // 2)
            d.line([(cx + w * 0.08, yy), (x1 - w * 0.08, yy - h * 0.03)], fill=BRAND, width=lw // 2)
        d.line([(cx, y0 + h * 0.2), (cx, y1)], fill=BRAND, width=lw // 2)
    elif kind == "courses":  # a mortarboard
        d.polygon(
            [(x0, cy - h * 0.1), (cx, y0 + h * 0.1), (x1, cy - h * 0.1), (cx, cy + h * 0.15)],
            fill=WHITE,
        )
        d.rectangle([cx - w * 0.28, cy, cx + w * 0.28, cy + h * 0.3], fill=WHITE)
        d.line(
            [(x1 - w * 0.08, cy - h * 0.08), (x1 - w * 0.08, cy + h * 0.35)], fill=WHITE, width=lw
        )
    elif kind == "community":  # a calendar
        d.rounded_rectangle([x0, y0 + h * 0.12, x1, y1], radius=w * 0.08, fill=WHITE)
        d.rectangle([x0, y0 + h * 0.12, x1, y0 + h * 0.32], fill=ACCENT)
        for i in range(3):
            for j in range(3):
                gx = x0 + w * (0.15 + j * 0.27)
                gy = y0 + h * (0.42 + i * 0.19)
                d.rectangle([gx, gy, gx + w * 0.16, gy + h * 0.11], fill=BRAND)
    elif kind == "services":  # a map pin
        d.ellipse([x0 + w * 0.15, y0, x1 - w * 0.15, y0 + h * 0.7], fill=WHITE)
        d.polygon(
            [(x0 + w * 0.2, y0 + h * 0.45), (x1 - w * 0.2, y0 + h * 0.45), (cx, y1)], fill=WHITE
        )
        d.ellipse([cx - w * 0.13, y0 + h * 0.22, cx + w * 0.13, y0 + h * 0.48], fill=BRAND)
    elif kind == "voice":  # a speech bubble
        d.rounded_rectangle([x0, y0 + h * 0.05, x1, y0 + h * 0.75], radius=w * 0.15, fill=WHITE)
        d.polygon(
            [(x0 + w * 0.2, y0 + h * 0.7), (x0 + w * 0.45, y0 + h * 0.7), (x0 + w * 0.15, y1)],
            fill=WHITE,
        )
        for i in range(3):
            d.ellipse(
                [
                    x0 + w * (0.22 + i * 0.22),
                    y0 + h * 0.34,
                    x0 + w * (0.34 + i * 0.22),
                    y0 + h * 0.46,
                ],
                fill=BRAND,
            )


for kind in ["home", "guides", "courses", "community", "services", "voice"]:
    im = Image.new("RGB", (1200, 630), BRAND)
    d = ImageDraw.Draw(im)
    d.rectangle([0, 600, 1200, 630], fill=ACCENT)
    mark = q_mark(300, round_bg=True, bg=BRAND).convert("RGBA")
    im.paste(mark, (170, 150), mark)
    pictogram(d, kind, (700, 165, 1010, 465))
    im = im.convert("P", palette=Image.ADAPTIVE, colors=16)
    im.save(OUT + f"og/{kind}.png", optimize=True)

# smaller files: a 32-colour palette keeps the anti-aliased edges
for path in glob.glob(OUT + "icons/*.png"):
    im = Image.open(path).convert("RGBA")
    im.quantize(colors=32, method=Image.Quantize.FASTOCTREE).save(path, optimize=True)
