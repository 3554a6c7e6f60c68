"""A chart drawn with QPainter from a ``domain.statistics.Chart``: bars or a line, each value
written beside its bar or point (an operator reads the number, the shape only guides the eye)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from dibao_desk.domain.statistics import Chart, chart_label


class ChartView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.chart: Chart | None = None
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(420, 220)

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.update()

    def value_text(self, value: int) -> str:
        return chart_label(value, self.chart is not None and self.chart.money)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        c = self.chart
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        if c is None:
            return
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        p.setFont(font)
        w, h = self.width(), self.height()
        p.setPen(QColor("#333"))
        p.drawText(QRectF(0, 2, w, 18), Qt.AlignmentFlag.AlignCenter, c.title)
        left, right, top, bottom = 10, 10, 38, 34
        area = QRectF(left, top, w - left - right, h - top - bottom)
        p.setPen(QPen(QColor("#999"), 1))
        p.drawLine(area.bottomLeft(), area.bottomRight())
        n = len(c.values)
        if n == 0:
            return
        top_value = max(max(c.values), 1)
        step = area.width() / n
        points = []
        for i, (label, value) in enumerate(zip(c.labels, c.values)):
            x = area.left() + step * i
            y = area.bottom() - area.height() * value / top_value
            if c.kind == "bar":
                p.fillRect(QRectF(x + step * 0.15, y, step * 0.7, area.bottom() - y), QColor(77, 128, 191))
            points.append(QPointF(x + step / 2, y))
            p.setPen(QColor("#222"))
            p.drawText(QRectF(x, y - 16, step, 14), Qt.AlignmentFlag.AlignCenter, self.value_text(value))
            p.setPen(QColor("#555"))
            p.drawText(QRectF(x, area.bottom() + 2, step, bottom - 4),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, label)
        if c.kind == "line" and len(points) > 1:
            p.setPen(QPen(QColor(191, 77, 64), 2))
            for a, b in zip(points, points[1:]):
                p.drawLine(a, b)
        p.end()
