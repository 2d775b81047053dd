"""Draws Senim's application icon: a shañyraq (the crown of a yurt's roof, the ring with
crossed bars under which a family lives) in white on a teal rounded square.

    .venv/bin/python packaging/make_icons.py

Writes resources/icons/senim-<size>.png for the sizes Linux (hicolor theme), the window
icon and the installer want, and packaging/windows/senim.ico (16-256, for the .exe, the
start menu and the installer). The outputs are committed; run this again only to change
the drawing.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen,
)

ROOT = Path(__file__).resolve().parent.parent
PNG_DIR = ROOT / "resources" / "icons"
ICO = ROOT / "packaging" / "windows" / "senim.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
TOP, BOTTOM = QColor("#2aa198"), QColor("#17606b")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    margin = s * 0.04 if size >= 32 else 0.0
    tile = QRectF(margin, margin, s - 2 * margin, s - 2 * margin)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomLeft())
    gradient.setColorAt(0, TOP)
    gradient.setColorAt(1, BOTTOM)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(gradient)
    p.drawRoundedRect(tile, s * 0.2, s * 0.2)

    # The ring, and two pairs of bars bowed like a shañyraq's, crossing inside it.
    centre = tile.center()
    radius = tile.width() * 0.33
    width = max(1.5, s * (0.075 if size <= 24 else 0.06))
    pen = QPen(QColor("white"), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(centre, radius, radius)
    if size >= 24:
        offset, bow = radius * 0.38, radius * 0.22
        for sign in (-1, 1):
            vertical = QPainterPath(QPointF(centre.x() + sign * offset, centre.y() - _chord(radius, offset)))
            vertical.quadTo(QPointF(centre.x() + sign * (offset - bow), centre.y()),
                            QPointF(centre.x() + sign * offset, centre.y() + _chord(radius, offset)))
            horizontal = QPainterPath(QPointF(centre.x() - _chord(radius, offset), centre.y() + sign * offset))
            horizontal.quadTo(QPointF(centre.x(), centre.y() + sign * (offset - bow)),
                              QPointF(centre.x() + _chord(radius, offset), centre.y() + sign * offset))
            p.drawPath(vertical)
            p.drawPath(horizontal)
    else:  # too small for bars: a cross reads better
        p.drawLine(QPointF(centre.x(), centre.y() - radius), QPointF(centre.x(), centre.y() + radius))
        p.drawLine(QPointF(centre.x() - radius, centre.y()), QPointF(centre.x() + radius, centre.y()))
    p.end()
    return image


def _chord(radius: float, offset: float) -> float:
    """Half the chord of the ring at `offset` from its centre."""
    return (radius * radius - offset * offset) ** 0.5


def write_ico(pngs: dict[int, Path]) -> None:
    from PIL import Image

    largest = Image.open(pngs[max(ICO_SIZES)])
    frames = [Image.open(pngs[n]) for n in ICO_SIZES]
    ICO.parent.mkdir(parents=True, exist_ok=True)
    # Each size drawn for itself (thicker strokes when small), not scaled down from 256.
    largest.save(ICO, format="ICO", sizes=[(n, n) for n in ICO_SIZES], append_images=frames)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # QPainter needs one
    app.setApplicationName("senim-icons")
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    pngs = {}
    for size in SIZES:
        pngs[size] = PNG_DIR / f"senim-{size}.png"
        if not draw(size).save(str(pngs[size])):
            print(f"could not write {pngs[size]}", file=sys.stderr)
            return 1
    write_ico(pngs)
    print(f"{len(pngs)} PNGs in {PNG_DIR.relative_to(ROOT)}, {ICO.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
