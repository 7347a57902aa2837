"""Counts and sums in a passage: a number that is no year, date, time or age; a sum of money; a part of a whole.
"How many…?" is not answered by "Detained in 2014", "how much did it cost?" by "several armoured cars", nor "how many
of the troops were officers?" by the count of the troops."""

from __future__ import annotations

import re
from collections.abc import Callable

from index.identity import AGE
from index.text import A_YEAR, ENGLISH_MONTHS, NUMBER_WORDS, SPANISH_MONTH_NAMES


def has_number(text: str) -> bool:
    """Whether `text` holds a number, in figures or in words."""
    return bool(re.search(r"\d", text) or re.search(rf"\b(?:{NUMBER_WORDS})\b", text, re.IGNORECASE))


# What "how many" is not answered by: a year ("Detained in 2014", not "a crowd of 2000"), a time of day, a date
# (an English month in capitals: "30 may face charges" is a count), an age ("Guaido, 35,"), a name or a model with
# figures after its letters ("news site G1", "T-72 tanks", "the G20").
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|º|°)?"
_MONTH_EN = f"(?-i:{ENGLISH_MONTHS})"
_MONTH_ES = f"(?:{SPANISH_MONTH_NAMES})"
_NOT_COUNTS = re.compile(
    rf"\b(?:between|entre|from|de)?\s*{A_YEAR}\s*(?:-|–|and|to|y|a)\s*{A_YEAR}(?!\s+[^\W\d_]+\b(?<!\band)(?<!\bin))|"
    rf"\b(?:in|since|by|until|from|before|after|during|en|desde|hasta)\s+{A_YEAR}|"
    rf"\bthe {A_YEAR}(?=\s+(?-i:[A-Z]))|"
    rf"\b(?-i:[A-Z])[\w-]+ of {A_YEAR}\b|"  # "the Cuban Missile Crisis of 1962", not "a crowd of 2000"
    rf"\b{_MONTH_EN}\.?\s+(?:{_DAY},?\s+)?{A_YEAR}|\b{_MONTH_EN}\.? {_DAY}\b|"
    rf"\b{_DAY} (?:of )?{_MONTH_EN}(?:,?\s+{A_YEAR})?|\b{_DAY} de {_MONTH_ES}(?:\s+de\s+{A_YEAR})?|"
    r"\b\d{1,2}:\d\d\b|\b\d{1,2}\s*[ap]\.?m\b\.?|"
    rf"{AGE.pattern}|"
    r"\bone of (?:the |its |his |her |their |our )?(?:[\w-]+['’]s )?(?:main|biggest|largest|most|best|worst|key|top|"
    r"leading|bravest|closest|staunchest|fiercest|strongest|oldest|youngest|richest|greatest|toughest|harshest|"
    r"loudest|highest|longest)\b|"
    r"\b(?:uno|una) de (?:los|las|sus) (?:principales|mayores|m[aá]s|pocos|pocas)\b|"
    r"\b[^\W\d_]+-?\d[\w-]*",
    re.IGNORECASE,
)


def _has_count(text: str) -> bool:
    return has_number(_NOT_COUNTS.sub(" ", text))


# A sum of money counts only when money is what is counted: "how many barrels of oil" is not answered by
# "$9billion in loans", "how many dollars" is.
_CURRENCIES = r"dollars|euros|pounds|bolivars|bol[ií]vares|d[oó]lares|rubles|roubles|yuan|pesos|reais"
_MONEY = re.compile(
    r"(?:US|R|C|A)?[$€£]\s?\d[\d,.]*(?:\s*(?:bn|m|k)\b|\s*(?:trillion|billion|million|thousand)s?\b)?|"
    rf"\b\d[\d,.]*\s*(?:(?:trillion|billion|million|thousand|millones|mil)\s+(?:de\s+)?)?(?:{_CURRENCIES})\b|"
    rf"\b(?:hundreds|thousands|millions|billions|trillions|miles|millones) (?:of|de) (?:{_CURRENCIES})\b",
    re.IGNORECASE,
)
# "¿Cuántos reales le ha prestado Moscú…?": Venezuelans' word for money, and what is lent, count money too.
_COUNTS_MONEY = re.compile(
    rf"\b(?:{_CURRENCIES}|money|dinero|reales|usd|bucks|millions|billions|trillions|bn|millones|"
    r"prestad[oa]s?|prest[oó]|prestaron|pr[eé]stamos?)\b|[$€£]",
    re.IGNORECASE,
)
_HOW_MANY = re.compile(r"\bhow many\b|\bcu[aá]nt[oa]s\b", re.IGNORECASE)
# A question about money by its currency or by what is lent, invested, spent, paid or sold: "russian loans to venezuela
# — number?" asks an amount, not a count (`index/asked_plainly.py`).
ABOUT_MONEY = re.compile(
    rf"{_COUNTS_MONEY.pattern}|\b(?:billion|million|dollar|loans?|lent|lending|debts?|owed?|invest\w*|spen[dt]\w*|"
    r"costs?|worth|price\w*|paid|pay\w*|budget|funds?|funding|aid|revenues?|purchases?|bought|sales?|sold|exports?|"
    r"imports?)\b",
    re.IGNORECASE,
)


# "How much did the armored vehicles cost?" asks for a sum of money: "several armoured cars" is no answer.
_ASKS_A_SUM = re.compile(
    r"\bhow much\b[^?]*\b(?:cost|costs|costing|pay|paid|pays|spend|spent|spends|worth|price[ds]?|charge[ds]?|"
    r"sell|sold|sells|buy|bought|buys|invest|invested|invests|lend|lent|loan|loaned|owe|owed|owes)\b|"
    r"\bcu[aá]nto (?:cuesta|cuestan|cost[oó]|costaron|pag[oó]|pagaron|gast[oó]|gastaron|vale|val[ií]a|invirti[oó])\b",
    re.IGNORECASE,
)
# Money _MONEY does not spell out: small change, other currencies, a price per unit ("120 tenge per litre").
_SMALL_CHANGE = re.compile(
    r"\b\d[\d,.]*\s*(?:cents?|centavos?|c[eé]ntimos?|tenge|rupees?|naira|rand|shillings?|francs?|dinars?|riyals?|"
    r"dirhams?|lira|liras|zloty|soles|colones|quetzales|c[oó]rdobas|bolivianos)\b|"
    r"\b\d[\d,.]*\s+\w+\s+(?:per|a|an|each|por)\s+(?:litre|liter|gallon|kilo|kg|barrel|ton|tonne|unit|month|year|day)s?\b",
    re.IGNORECASE,
)


def count_check(question: str) -> Callable[[str], bool]:
    """The count check for `question`: sums of money left out unless it counts money, and required when it asks
    what something cost."""
    if _ASKS_A_SUM.search(question):
        return lambda text: bool(_MONEY.search(text) or _SMALL_CHANGE.search(text))
    if _HOW_MANY.search(question) and not _COUNTS_MONEY.search(question):
        return lambda text: _has_count(_MONEY.sub(" ", text))
    return _has_count


PART_ASKED = (
    r"\bhow (?:many|much) of (?:the|those|these|that|this|its|his|her|their)\b|"
    r"\bcu[aá]nt[oa]s? de (?:los|las|esos|esas|estos|estas|ellos|ellas)\b"
)
_PART = re.compile(
    r"\b(?:half|third|thirds|quarter|most|majority|minority|bulk|share|proportion|mitad|mayor[ií]a|parte)\b|"
    r"\d\s?%|\bper ?cent\b|\bpor ciento\b|\b(?:of|among|de|entre) (?:them|those|whom|which|ellos|ellas)\b|"
    r"\b(?:of|de) (?:the|those|these|los|las) \d",
    re.IGNORECASE,
)


def tells_a_part(passage: str) -> bool:
    """Whether the passage tells a part of a whole: a share, "of them", "3 of the 25"."""
    return bool(_PART.search(passage))
