"""The application's SVG icons, loaded through importlib.resources (so they load when frozen)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

#: The icons resources/icons holds (file name without ".svg").
NAMES = tuple(
    sorted(
        entry.name.removesuffix(".svg")
        for entry in (resources.files("resources") / "icons").iterdir()
        if entry.name.endswith(".svg")
    )
)


def svg_data(name: str) -> bytes:
    """The SVG source of an icon; KeyError for a name that is not one of ``NAMES``."""
    if name not in NAMES:
        raise KeyError(name)
    return (resources.files("resources") / "icons" / f"{name}.svg").read_bytes()


#: Sizes rendered in advance (QIcon picks the nearest and scales for high-DPI screens).
SIZES = (16, 20, 24, 32, 48, 64)


def _render(renderer: QSvgRenderer, size: int) -> QPixmap:
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` (see ``NAMES``)."""
    renderer = QSvgRenderer(QByteArray(svg_data(name)))
    result = QIcon()
    for size in SIZES:
        result.addPixmap(_render(renderer, size))
    return result


__all__ = ["NAMES", "icon", "svg_data"]
