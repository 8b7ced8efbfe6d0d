"""Several sweeps laid end to end for one vectorized pass (core.engine.evaluate_sweeps):
their columns joined into one block, and each sweep's figures read back out of it."""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping

import numpy as np

from core.inputs import Columns


def joined_columns(
    names: list[str], parts: list[Columns], shapes: list[tuple[int, ...]], total: int
) -> dict[str, np.ndarray]:
    """The named columns of several sweeps laid end to end (one block, a row per column)."""
    block = np.empty((len(names), total))
    start = 0
    for columns, shape in zip(parts, shapes, strict=True):
        stop = start + math.prod(shape)
        # A part's plain numbers (most columns of a scenario copy) go in with one assignment:
        # one per column cost ~1 µs each, most of a pass of small sweeps of other chips.
        scalar_rows: list[int] = []
        scalars: list[float] = []
        for row, name in enumerate(names):
            value = columns[name]
            if isinstance(value, np.ndarray):
                block[row, start:stop] = (value if value.shape == shape else np.broadcast_to(value, shape)).ravel()
            else:
                scalar_rows.append(row)
                scalars.append(value)
        if scalar_rows:
            block[scalar_rows, start:stop] = np.array(scalars, dtype=float)[:, None]
        start = stop
    return dict(zip(names, block, strict=True))


class PartFigures(Mapping[str, np.ndarray]):
    """One sweep's figures out of a joined pass: each made (a view of its row, in the sweep's
    shape) when first asked for. A caller reads a few of some eighty figures, and making them
    all cost more than the pass's arithmetic for a handful of small sweeps."""

    def __init__(self, index: dict[str, int], block: np.ndarray, flags: dict[str, np.ndarray],
                 shape: tuple[int, ...]) -> None:
        self._index, self._block, self._flags, self._shape = index, block, flags, shape
        self._made: dict[str, np.ndarray] = {}

    def __getitem__(self, name: str) -> np.ndarray:
        made = self._made.get(name)
        if made is None:
            flag = self._flags.get(name)
            row = flag if flag is not None else self._block[self._index[name]]
            made = self._made[name] = row.reshape(self._shape)
        return made

    def first_values(self) -> dict[str, float]:
        """Every figure's first value as a plain float, read in one go (an Outcome reads them all)."""
        values = dict(zip(self._index, self._block[:, 0].tolist(), strict=True))
        values.update((name, float(flag.reshape(-1)[0])) for name, flag in self._flags.items())
        return values

    def __iter__(self) -> Iterator[str]:
        yield from self._index
        yield from (name for name in self._flags if name not in self._index)

    def __len__(self) -> int:
        return len(self._index) + sum(name not in self._index for name in self._flags)

    def __contains__(self, name: object) -> bool:
        return name in self._index or name in self._flags
