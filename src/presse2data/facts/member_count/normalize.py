"""A member count's number, unit and qualifier, from the text of its span (pure, no spaCy).

>>> count_and_unit("plus de 400 entreprises membres")
(400, 'entreprises membres', 'over')
>>> count_and_unit("300 des 900 start-up")
(300, 'start-up', None)
>>> count_and_unit("une cinquantaine d'adhérents")
(50, 'adhérents', 'about')
"""

from __future__ import annotations

import re

from ...lang.numbers import parse_number, split_qualifier

_CONNECTOR_END = re.compile(r"(?<!\s)\s*(?:\bde|\bd['’])\s*$", re.IGNORECASE)  # from a run's start: linear


_WHOLE = re.compile(r"^des\s+\d[\d\s\u00a0\u202f.]*\s*")


def count_and_unit(text: str) -> tuple[int, str, str | None] | None:
    """``plus de 400 entreprises membres`` → (400, "entreprises membres", "over")."""
    qualifier, rest = split_qualifier(text)
    for cut in _unit_cuts(rest):
        number = parse_number(_CONNECTOR_END.sub("", rest[:cut]))
        if number is None:
            continue
        value = number.value
        if value != int(value) or value < 2:
            return None
        unit = _WHOLE.sub("", rest[cut:].strip())  # "300 des 900 start-up": the unit is "start-up"
        return int(value), unit, qualifier or ("about" if number.approximate else None)
    return None


def _unit_cuts(text: str) -> list[int]:
    """Candidate boundaries between count and unit, longest count first."""
    return sorted((m.start() for m in re.finditer(r"(?<=[\s'’])[^\W\d_]|(?<=\d)[^\W\d_]", text)), reverse=True)
