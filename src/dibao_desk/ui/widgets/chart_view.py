"""A chart drawn with QPainter from a ``domain.statistics.Chart``: bars or a line, each value
written beside its bar or point (an operator reads the number, the shape only guides the eye).

When a value or a name is wider than its bar (20 villages in one chart, amounts in 万), it is
written upright, reading upwards, so every number and name stays whole and none covers another."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from dibao_desk.domain.statistics import Chart, chart_label

TITLE_HEIGHT = 20
SIDE = 10
GAP = 3  # between a bar's top and its value, and between the axis and a name


@dataclass(frozen=True)
class TextBox:
    """One value or name as drawn: ``rect`` is the room it takes in the widget; ``upright`` text
    reads upwards along the rect's height; ``wraps`` text may take two lines of the bar's width."""

    text: str
    rect: QRectF
    upright: bool
    wraps: bool
    value: bool  # a value (over its bar or point), else a name (under the axis)


@dataclass(frozen=True)
class _Layout:
    area: QRectF
    boxes: tuple[TextBox, ...]
    points: tuple[QPointF, ...]
    baseline: float  # the y of 0: the area's foot, above it when a value is negative


class ChartView(QWidget):
    def __init__(self, parent: QWidget | None = None):
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

    def chart_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def text_boxes(self) -> list[TextBox]:
        """Every value and name as it is drawn (what a person can read, for tests)."""
        return list(self._layout().boxes) if self.chart is not None else []

    def _layout(self) -> _Layout:
        c = self.chart
        assert c is not None
        fm = QFontMetricsF(self.chart_font())
        line = fm.height()
        w, h = float(self.width()), float(self.height())
        n = len(c.values)
        step = (w - 2 * SIDE) / n if n else w
        values = [self.value_text(v) for v in c.values]
        widest_value = max((fm.horizontalAdvance(t) for t in values), default=0.0)
        upright_values = widest_value > step - 2
        two_lines = 2 * line + 2
        wrap_flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        upright_names = any(fm.boundingRect(QRectF(0, 0, step, 1000), wrap_flags, name).width() > step
                            or fm.boundingRect(QRectF(0, 0, step, 1000), wrap_flags, name).height() > two_lines
                            for name in c.labels)
        widest_name = max((fm.horizontalAdvance(t) for t in c.labels), default=0.0)
        value_room = widest_value + 2 * GAP if upright_values else line + 2 * GAP
        top = TITLE_HEIGHT + value_room
        # a negative value (a month whose 追回 exceed what it pays) hangs below 0 with its value
        # under it: room for that value above the names
        low = min(min(c.values, default=0), 0)
        below = value_room if low < 0 else 0.0
        bottom = (widest_name + 2 * GAP if upright_names else two_lines + GAP) + below
        area = QRectF(SIDE, top, w - 2 * SIDE, max(h - top - bottom, 1.0))
        names_at = area.bottom() + below + GAP
        top_value = max(max(c.values, default=1), 1)
        span = top_value - low
        baseline = area.bottom() - area.height() * -low / span
        boxes: list[TextBox] = []
        points: list[QPointF] = []
        for i, (name, value, text) in enumerate(zip(c.labels, c.values, values)):
            x = area.left() + step * i
            middle = x + step / 2
            y = area.bottom() - area.height() * (value - low) / span
            points.append(QPointF(middle, y))
            if upright_values:
                advance = fm.horizontalAdvance(text)
                at = y + GAP if value < 0 else y - GAP - advance
                boxes.append(TextBox(text, QRectF(middle - line / 2, at, line, advance), True, False, True))
            else:
                boxes.append(TextBox(text, QRectF(x, y + GAP if value < 0 else y - GAP - line, step, line),
                                     False, False, True))
            if upright_names:
                advance = fm.horizontalAdvance(name)
                boxes.append(TextBox(name, QRectF(middle - line / 2, names_at, line, advance), True, False, False))
            else:
                boxes.append(TextBox(name, QRectF(x, names_at, step, two_lines), False, True, False))
        return _Layout(area, tuple(boxes), tuple(points), baseline)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        c = self.chart
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        if c is None:
            return
        p.setFont(self.chart_font())
        p.setPen(QColor("#333"))
        p.drawText(QRectF(0, 2, self.width(), TITLE_HEIGHT - 2), Qt.AlignmentFlag.AlignCenter, c.title)
        if not c.values:
            p.end()
            return
        layout = self._layout()
        area = layout.area
        p.setPen(QPen(QColor("#999"), 1))
        p.drawLine(QPointF(area.left(), layout.baseline), QPointF(area.right(), layout.baseline))
        step = area.width() / len(c.values)
        if c.kind == "bar":
            for i, point in enumerate(layout.points):
                p.fillRect(QRectF(area.left() + step * i + step * 0.15, min(point.y(), layout.baseline), step * 0.7,
                                  abs(layout.baseline - point.y())), QColor(77, 128, 191))
        if c.kind == "line" and len(layout.points) > 1:
            p.setPen(QPen(QColor(191, 77, 64), 2))
            for a, b in zip(layout.points, layout.points[1:]):
                p.drawLine(a, b)
        for box in layout.boxes:
            p.setPen(QColor("#222") if box.value else QColor("#555"))
            if box.upright:
                p.save()
                p.translate(box.rect.left(), box.rect.bottom())
                p.rotate(-90)
                p.drawText(QRectF(0, 0, box.rect.height(), box.rect.width()), Qt.AlignmentFlag.AlignCenter, box.text)
                p.restore()
            elif box.wraps:
                p.drawText(box.rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                           box.text)
            else:
                p.drawText(box.rect, Qt.AlignmentFlag.AlignCenter, box.text)
        p.end()
