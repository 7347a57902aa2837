"""Names typed in lower case are read as the articles write them, and only names."""

from index.truecase import name_spellings, recased

_BODIES = [
    "Juan Guaido called on the military. SEBIN's head, Manuel Ricardo Cristopher Figuera, broke with Maduro. "
    "Guaido's Operation Liberty went on; Venezuelans fought for liberty. Victoria said nothing. "
    "Jazz wrote the blog; the band played jazz."
]
_NAMES = [
    "Juan Guaido",
    "Manuel Ricardo Cristopher Figuera",
    "SEBIN",
    "Operation Liberty",
    "Victoria",
    "Nicolas Maduro",
    "Jazz",
]


def test_a_name_typed_in_lower_case_is_written_as_the_articles_write_it():
    spellings = name_spellings(_NAMES, _BODIES)
    assert recased("which party is guaido from", spellings) == "which party is Guaido from"
    assert recased("who took over sebin after figuera quit?", spellings) == "who took over SEBIN after Figuera quit?"
    # typed without its apostrophe, a possessive is still read as one
    assert recased("how did guaidos presidency end", spellings) == "how did Guaido's presidency end"
    # accents typed or not
    assert recased("qué dijo guaidó", spellings) == "qué dijo Guaido"


def test_words_the_articles_write_in_lower_case_or_that_are_words_first_stay_as_typed():
    spellings = name_spellings(_NAMES, _BODIES)
    assert "jazz" not in spellings  # "the band played jazz"
    assert "liberty" not in spellings  # "fought for liberty"
    assert "operation" not in spellings  # a word before it is a name
    assert recased("what is operation liberty", spellings) == "what is operation liberty"
    # a word typed with a capital is left alone, and a word of two letters is never a name
    assert recased("Who is Victoria? is it in la victoria", spellings) == "Who is Victoria? is it in la Victoria"


def test_without_names_nothing_changes():
    assert recased("who is guaido", {}) == "who is guaido"
    assert name_spellings([], _BODIES) == {}
