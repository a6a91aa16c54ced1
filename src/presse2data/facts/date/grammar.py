"""The date vocabulary (``models/date/*.txt``) as tables and regexes, and the clean-up of a phrase
(case, apostrophes, spaces, leading prepositions) before it is read."""

from __future__ import annotations

import re
from functools import cache

from ...lang.modelfiles import lexicon_alternation, load_lexicon


@cache
def _table(name: str) -> dict[str, str]:
    """``word value`` lexicon lines as a dict (the value is the last field)."""
    out = {}
    for entry in load_lexicon(name):
        word, _, value = entry.rpartition(" ")
        out[word] = value
    return out


def _months() -> dict[str, int]:
    return {k: int(v) for k, v in _table("date/months").items()}


@cache
def _re() -> dict[str, re.Pattern]:
    """Regexes built once from the lexicons (month, season, weekday, number words)."""
    month = lexicon_alternation("date/months")
    season = lexicon_alternation("date/seasons")
    weekday = lexicon_alternation("date/weekdays")
    num = rf"(?:\d{{1,3}}|{lexicon_alternation('date/numbers')})"
    day = r"(?:1er|1ᵉʳ|premier|[12]\d|3[01]|0?[1-9])"
    year = r"(?:1[0-9]\d\d|20\d\d)"
    unit = r"(?:ans?|années?|mois|semaines?|jours?)"
    ordw = r"(?:premi[eè]re?|1er|1re|deuxième|2e|2ème|seconde?|troisième|3e|3ème|quatrième|4e|4ème|cinquième|5e|derni[eè]re?)"
    return {
        # anchored on another date of the article (or the reference): see relative._anchored
        "anchored_day": re.compile(
            r"^(la veille|l'avant-veille|le lendemain|le surlendemain|(?:le )?jour (?:d'avant|précédent|d'après|suivant))"
            r"(?: (?:du|de) (.+))?$"
        ),
        "anchored_offset": re.compile(
            rf"^({num}) ({unit})( et demie?)? (plus tôt|plus tard|auparavant|après|avant)$"
        ),
        "anchored_named": re.compile(
            r"^(l'an|l'année|le mois|la semaine) (suivante?|précédente?|d'après|d'avant|qui suit|qui précède)$"
        ),
        "anchored_weekday": re.compile(
            rf"^({weekday}) (suivant|précédent|d'après|d'avant)$"
            rf"|^({weekday}) (?:de )?la semaine (suivante|précédente|d'après|d'avant)$"
        ),
        # counted inside a month (monthly.py)
        "month_week": re.compile(
            rf"^({ordw}) semaine (?:de |d'|du mois de |du mois d')({month})(?: ({year}))?$"
        ),
        "month_fortnight": re.compile(
            rf"^(premi[eè]re|1re|deuxième|2e|seconde|derni[eè]re) quinzaine (?:de |d'|du mois de |du mois d')({month})(?: ({year}))?$"
        ),
        "month_day": re.compile(
            rf"^({ordw}|\d{{1,2}}(?:e|ème|eme)) jour (?:de |d'|du mois de |du mois d')({month})(?: ({year}))?$"
        ),
        "month_weekday": re.compile(
            rf"^({ordw}) ({weekday}) (?:(?:de |d'|du mois de |du mois d')({month})(?: ({year}))?"
            r"|du mois (prochain|dernier|passé|en cours)|de ce mois)$"
        ),
        "ago": re.compile(rf"^il y a ({num}) ({unit})( et demie?)?$"),
        "within": re.compile(rf"^(?:d'ici(?: à)?|dans) ({num}) ({unit})( et demie?)?$"),
        "m": re.compile(rf"^(?:mois (?:de |d'))?({month})(?: (dernier|prochain|passé))?$"),
        "y": re.compile(rf"^(?:l'an |l'année |année |an )?({year})$"),
        "decade": re.compile(r"^(?:les |des )?années (\d\d\d0|\d0)$"),
        "decade_words": re.compile(r"^(?:les |des )?années (vingt|trente|quarante|cinquante|soixante|soixante-dix|quatre-vingts?|quatre-vingt-dix)$"),
        "century": re.compile(r"^([ivxl]+)(?:e|ème|è|eme) siècle$"),
        "season": re.compile(rf"^({season})(?: (?:de l'année |de )?({year}))?$"),
        "holiday": re.compile(rf"^({lexicon_alternation('date/holidays')})(?: ({year}))?$"),
        "week_of": re.compile(r"^semaine du (.+)$"),
        "nth_week": re.compile(rf"^(première|1re|deuxième|2e|dernière) semaine (?:de |d')({year})$"),
        "short_part": re.compile(rf"^([ts])([1-4]) ({year})$"),
        "part_rel": re.compile(r"^(premier|1er|deuxième|2e|2ème|second|troisième|3e|3ème|quatrième|4e|4ème|dernier) (trimestre|semestre)$"),
        "season_rel": re.compile(rf"^(?:(ce|cet) ({season})|({season}) (dernier|prochain|passé))$"),
        "weekday_week": re.compile(
            rf"^({weekday}) (?:de )?(cette semaine|la semaine (?:prochaine|dernière|passée))$|^({weekday}) en (huit|8|quinze|15)$"
        ),
        "day_alone": re.compile(r"^(?:le|dès le|depuis le|jusqu'au|avant le|après le) (1er|[12]\d|3[01]|[1-9])$"),
        "weekday_day": re.compile(rf"^({weekday}) ({day})$"),
        "weekday": re.compile(rf"^(?:(ce) )?({weekday})(?: (dernier|prochain|passé))?(?: (?:matin|soir|après-midi))?$"),
        "part": re.compile(
            r"^(premier|1er|deuxième|2e|2ème|second|troisième|3e|3ème|quatrième|4e|4ème|dernier)"
            rf" (trimestre|semestre)(?: de l'année| de)? ({year})$"
        ),
        "range_head": re.compile(r"^(?:du |de |d'|entre (?:le )?)"),
        "range_split": re.compile(r" ?[-–/] ?| jusqu'au | au | à | a | et (?:le )?"),
        "range_weekday": re.compile(rf"(?:(?<= )|^)(?:{weekday}) (?=\d|1er|premier)"),
        "day_word": re.compile(rf"(?<![\w-])({lexicon_alternation('date/day_words')})(?![\w-])(?= (?:au|et|jusqu'au|{month})\b|$)"),  # "vingt et un" ends a range too
        "ordinal_day": re.compile(r"(?<!\w)(\d{1,2})(?:e|ème)(?= )"),
    }


# ---------------------------------------------------------------- helpers

_LEADING = (
    "jusqu'en", "jusqu'à", "jusqu'au", "à partir de", "à partir d'", "à l'horizon", "à horizon", "horizon",
    "d'ici à", "d'ici", "depuis", "dès", "pour", "en", "avant", "après", "à la", "à l'", "au", "aux",
    "à", "le", "la", "les", "l'", "dans le", "dans la", "dans les", "dans l'", "dans", "de la", "de l'",
)
_CONNECT = ("du mois de", "du mois d'", "des", "de", "d'", "du")
_CONNECT_YEAR = re.compile(r"^(?:de l'année|de l'an|d'année|de l'exercice) ?(?=\d)")


def _clean(text: str) -> str:
    """Lowercase, one kind of apostrophe and space, no surrounding punctuation."""
    s = text.lower().replace("’", "'").replace("ʼ", "'")
    s = re.sub(r"[\s\u00a0\u202f]+", " ", s)
    s = re.sub(r"' ", "'", s)
    s = s.replace("–", "-").replace("—", "-")
    return s.strip(" ()[],;:.«»\"“”″′")


def _strip_prefix(s: str, words) -> tuple[str, str | None]:
    """Remove one leading word (or phrase) among ``words``; return the rest and what was removed."""
    for word in sorted(words, key=len, reverse=True):
        sep = "" if word.endswith(("'", "-")) else " "
        if s.startswith(word + sep) and len(s) > len(word + sep):
            return s[len(word + sep):].lstrip(), word
    return s, None


def _strip_leading(s: str) -> str:
    for _ in range(3):
        s, removed = _strip_prefix(s, _LEADING)
        if removed is None:
            break
    return s


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = _table("date/numbers").get(word)
    return int(value) if value else None
