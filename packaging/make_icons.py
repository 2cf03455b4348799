"""Draw Passerelle's icon (a footbridge over water) at every size and write PNG + ICO files.

uv run python packaging/make_icons.py      # writes resources/icons/
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int, tray: bool = False) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    rect = QRectF(8 * s, 8 * s, 240 * s, 240 * s)
    if not tray:
        gradient = QLinearGradient(rect.topLeft(), rect.bottomLeft())
        gradient.setColorAt(0, QColor("#1f6fb2"))
        gradient.setColorAt(1, QColor("#0d4a7c"))
        p.setBrush(gradient)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(rect, 48 * s, 48 * s)
    ink = QColor("#ffffff") if not tray else QColor("#1f6fb2")
    pen = QPen(
        ink, max(1.5, 16 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    arch = QPainterPath(QPointF(40 * s, 150 * s))
    arch.quadTo(QPointF(128 * s, 40 * s), QPointF(216 * s, 150 * s))
    p.drawPath(arch)
    p.drawLine(QPointF(36 * s, 150 * s), QPointF(220 * s, 150 * s))
    for x in (84, 128, 172):
        top = 150 - (110 * (1 - ((x - 128) / 88) ** 2)) * 0.9
        p.drawLine(QPointF(x * s, top * s), QPointF(x * s, 150 * s))
    if size >= 32:
        wave = QPen(
            QColor("#9fd3ff") if not tray else QColor("#5aa6e0"),
            max(1.0, 10 * s),
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
        )
        p.setPen(wave)
        for y in (190, 218):
            path = QPainterPath(QPointF(56 * s, y * s))
            for i in range(4):
                x0 = 56 + i * 36
                path.quadTo(QPointF((x0 + 9) * s, (y - 10) * s), QPointF((x0 + 18) * s, y * s))
                path.quadTo(QPointF((x0 + 27) * s, (y + 10) * s), QPointF((x0 + 36) * s, y * s))
            p.drawPath(path)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes, PySide6 wants str
    return bytes(data.data())


def write_ico(path: Path, images: list[QImage]) -> None:
    """An ICO container of PNG-compressed entries (valid since Windows Vista)."""
    blobs = [png_bytes(i) for i in images]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries = b""
    for image, blob in zip(images, blobs, strict=True):
        w = image.width() if image.width() < 256 else 0
        entries += struct.pack("<BBBBHHII", w, w, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    path.write_bytes(header + entries + b"".join(blobs))


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    images = [draw(n) for n in SIZES]
    for n, image in zip(SIZES, images, strict=True):
        image.save(str(OUT / f"passerelle-{n}.png"))
    images[-1].save(str(OUT / "passerelle.png"))
    write_ico(OUT / "passerelle.ico", images)
    draw(64, tray=True).save(str(OUT / "tray.png"))
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
