"""Small SVG charts drawn on the server: coordinates only, the templates draw them.

No JavaScript and no chart service: a line from the baseline through each measurement, a dashed
line on to the target, a few labelled grid lines. Every chart is also given as a table beside it
(the templates), so the picture never carries information the table does not.
"""

import datetime
from decimal import Decimal

from django.utils.formats import number_format

WIDTH, HEIGHT = 320, 170
LEFT, RIGHT, TOP, BOTTOM = 44, 14, 12, 26  # room for the axis labels
BAR_ROW, BAR_LABEL = 26, 0  # horizontal bar charts: height of a row


def figure(value):
    """A number as people read it in the active language: '1.250' / '1,250', '42,5' / '42.5'."""
    if value is None:
        return ""
    value = Decimal(value)
    places = 0 if value == value.to_integral_value() else 1
    return number_format(value, decimal_pos=places, use_l10n=True, force_grouping=True)


def _nice_ceiling(value):
    """The next 'round' number at or above value: 1, 2, 2.5 or 5 times a power of ten."""
    if value <= 0:
        return Decimal(1)
    magnitude = Decimal(10) ** (len(str(int(value))) - 1)
    for step in (1, 2, Decimal("2.5"), 5, 10):
        ceiling = magnitude * step
        if ceiling >= value:
            return ceiling
    return magnitude * 10


def _coordinate(value):
    """A coordinate as SVG reads it: a string, so that templates never localise it ('12,5')."""
    return f"{value:.1f}"


def _ordinal(day):
    return day.toordinal() if isinstance(day, datetime.date) else 0


def line_chart(baseline, measurements, target):
    """Coordinates for an indicator's chart.

    `baseline` and `target` are (date, value); `measurements` a list of (date, value) sorted by
    date. Returns the plotted points, the SVG path of what was measured, the dashed segment on to
    the target, and the grid lines with their labels.
    """
    points = [baseline, *measurements]
    dates = [day for day, _ in [*points, target]]
    first, last = min(dates), max(dates)
    span = max(_ordinal(last) - _ordinal(first), 1)
    top = _nice_ceiling(max(Decimal(value) for _, value in [*points, target]))
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day):
        return _coordinate(LEFT + plot_width * (_ordinal(day) - _ordinal(first)) / span)

    def y(value):
        return _coordinate(TOP + plot_height * float(1 - Decimal(value) / top))

    plotted = [
        {"x": x(day), "y": y(value), "date": day, "value": value, "kind": "measured"}
        for day, value in measurements
    ]
    start = {"x": x(baseline[0]), "y": y(baseline[1]), "kind": "baseline"}
    goal = {"x": x(target[0]), "y": y(target[1]), "kind": "target"}
    goal["corner_x"] = _coordinate(float(goal["x"]) - 5)
    goal["corner_y"] = _coordinate(float(goal["y"]) - 5)
    path = " ".join(
        f"{'M' if index == 0 else 'L'}{point['x']},{point['y']}"
        for index, point in enumerate([start, *plotted])
    )
    latest = plotted[-1] if plotted else start
    grid = [{"y": y(value), "label": figure(value)} for value in (Decimal(0), top / 2, top)]
    numbers = {
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "label_x": LEFT - 4,
        "right": WIDTH - RIGHT,
        "bottom": HEIGHT - BOTTOM,
        "label_y": HEIGHT - 8,
        "first_year": first.year,
        "last_year": last.year,
    }
    return {
        **{name: str(value) for name, value in numbers.items()},  # never localised ("2.026")
        "grid": grid,
        "path": path,
        "baseline": start,
        "points": plotted,
        "target": goal,
        "to_target": {"x1": latest["x"], "y1": latest["y"], "x2": goal["x"], "y2": goal["y"]},
    }


def bar_chart(rows):
    """Horizontal bars for the impact report: `rows` are (label, count or None); a hidden count
    (None) gets no bar, so the picture shows nothing the table hides."""
    shown = [count for _, count in rows if count]
    top = max(shown) if shown else 1
    plot_width = WIDTH - 150 - RIGHT
    bars = []
    for index, (label, count) in enumerate(rows):
        bars.append(
            {
                "label": label,
                "text_y": str(index * BAR_ROW + 16),
                "bar_y": str(index * BAR_ROW + 4),
                "width": _coordinate(plot_width * count / top) if count else "",
                "count": count,
            }
        )
    height = str(max(len(rows), 1) * BAR_ROW)
    return {"width": str(WIDTH), "height": height, "bars": bars, "x": "150"}
