"""Small counts that cannot be seen, nor worked out from totals: the impact report's one rule.

A *population* (the enrolments, the completions, the Tu voz messages…) is a list of records, each
a tuple of category values, one per *breakdown* (course, month, nationality…). The report shows
one table per breakdown. The rule:

1. A group under `SMALL` (5) in any breakdown is **hidden**: shown and exported as "< 5".
2. Its records are **left out of every table** of that population, so each table's total is
   exactly the sum of the figures it shows (subtracting gives 0, never a hidden group) and every
   table of the population has the same total.
3. Leaving records out can bring another group under 5: the rule repeats until nothing changes.
4. The number left out is shown. So that it cannot be a single hidden group's count (for example,
   by comparing with a total published elsewhere), while it is between 1 and `LEFT_OUT_MIN` - 1
   the smallest group still shown is hidden too (shown as "hidden", not "< 5": it is not small)
   and its records are left out as well.

Counts are of records (an enrolment, a message, a vote); nothing here identifies anyone.
"""

from collections import Counter
from dataclasses import dataclass, field

SMALL = 5
LEFT_OUT_MIN = 10
SMALL_LABEL = "< 5"


@dataclass
class Cell:
    value: object  # the category (a course id, "2026-11", "VE"…)
    count: int | None  # None when hidden
    small: bool = False  # hidden because under SMALL (else hidden to protect another group)

    @property
    def shown(self):
        """The figure as the report shows and exports it."""
        if self.count is not None:
            return self.count
        return SMALL_LABEL if self.small else None


@dataclass
class Table:
    breakdown: str
    cells: list[Cell] = field(default_factory=list)
    total: int = 0


@dataclass
class Result:
    tables: list[Table]
    total: int  # records in every table
    left_out: int  # records left out of every table

    @property
    def left_out_shown(self):
        """Left out, as shown: "< 10" only when nothing at all could be shown."""
        if 0 < self.left_out < LEFT_OUT_MIN:
            return f"< {LEFT_OUT_MIN}"
        return self.left_out


def suppress(records, breakdowns):
    """Apply the rule to `records` (tuples, one value per breakdown). Returns a `Result`."""
    records = list(records)
    everyone = Counter()
    for record in records:
        for index, value in enumerate(record):
            everyone[index, value] += 1
    hidden = {}  # (breakdown index, value) → small?
    kept = list(range(len(records)))

    def leave_out(index, value, small):
        hidden[index, value] = small
        return [i for i in kept if records[i][index] != value]

    while True:
        counts = Counter((i, records[r][i]) for r in kept for i in range(len(breakdowns)))
        small = [key for key, count in counts.items() if count < SMALL]
        if small:
            for index, value in small:
                kept = leave_out(index, value, everyone[index, value] < SMALL)
            continue
        left_out = len(records) - len(kept)
        if 0 < left_out < LEFT_OUT_MIN and counts:
            (index, value), _ = min(counts.items(), key=lambda item: (item[1], str(item[0])))
            kept = leave_out(index, value, everyone[index, value] < SMALL)
            continue
        break

    tables = []
    for index, name in enumerate(breakdowns):
        table = Table(breakdown=name, total=len(kept))
        values = sorted({record[index] for record in records}, key=lambda value: str(value))
        for value in values:
            if (index, value) in hidden:
                table.cells.append(Cell(value, None, small=hidden[index, value]))
            else:
                table.cells.append(Cell(value, counts.get((index, value), 0)))
        # groups with nothing left after others were left out are hidden too (not "0", which
        # would tell that all of them are in a small group of another breakdown)
        for cell in table.cells:
            if cell.count == 0:
                cell.count = None
                cell.small = everyone[index, cell.value] < SMALL
        tables.append(table)
    return Result(tables=tables, total=len(kept), left_out=len(records) - len(kept))
