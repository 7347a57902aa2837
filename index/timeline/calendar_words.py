"""Month and weekday names in English and Spanish (folded: lower case, no accents), with their numbers."""

from __future__ import annotations

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan", "enero"),
            ("february", "feb", "febrero"),
            ("march", "mar", "marzo"),
            ("april", "apr", "abril"),
            ("may", "mayo"),
            ("june", "jun", "junio"),
            ("july", "jul", "julio"),
            ("august", "aug", "agosto"),
            ("september", "sept", "sep", "septiembre", "setiembre"),
            ("october", "oct", "octubre"),
            ("november", "nov", "noviembre"),
            ("december", "dec", "diciembre"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            ("monday", "lunes"),
            ("tuesday", "martes"),
            ("wednesday", "miercoles"),
            ("thursday", "jueves"),
            ("friday", "viernes"),
            ("saturday", "sabado"),
            ("sunday", "domingo"),
        ]
    )
    for name in names
}
SPANISH_MONTHS = frozenset(
    ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre")
    + ("octubre", "noviembre", "diciembre")
)
