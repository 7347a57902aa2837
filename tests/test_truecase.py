"""Names typed in lower case are read as the articles write them, and only names."""

from index.truecase import name_spellings, recased, written_in_lower_case

_NAMES = [
    "Juan Guaido",
    "Manuel Ricardo Cristopher Figuera",
    "SEBIN",
    "Operation Liberty",
    "Victoria",
    "Jazz",
    "Mario Diaz-Balart",
]
_PASSAGES = [
    "Juan Guaido called on the military. SEBIN's head, Manuel Ricardo Cristopher Figuera, broke with Maduro.",
    "Jazz wrote the blog; the band played jazz.",
    "Guaido's Operation Liberty went on.",
]


def _common(word: str) -> bool:
    return written_in_lower_case(word, _PASSAGES)


def test_a_name_typed_in_lower_case_is_written_as_the_articles_write_it():
    spellings = name_spellings(_NAMES)
    assert recased("which party is guaido from", spellings, _common) == "which party is Guaido from"
    assert recased("who took over sebin after figuera quit?", spellings, _common) == (
        "who took over SEBIN after Figuera quit?"
    )
    # typed without its apostrophe, a possessive is still read as one
    assert recased("how did guaidos presidency end", spellings, _common) == "how did Guaido's presidency end"
    # accents typed or not
    assert recased("qué dijo guaidó", spellings, _common) == "qué dijo Guaido"
    # a hyphenated name typed without its hyphen, as two words
    assert recased("what did carlson say after diaz balart said that", spellings, _common) == (
        "what did carlson say after Diaz-Balart said that"
    )


def test_a_name_typed_with_a_slip_is_read_as_the_name_in_english_only():
    spellings = name_spellings(_NAMES)
    assert recased("what political party is guiado from", spellings, _common) == ("what political party is Guaido from")
    assert recased("where did figeura go", spellings, _common) == "where did Figuera go"
    assert recased("¿a quién ha guiado maduro?", spellings, _common) == "¿a quién ha guiado maduro?"
    # Only a letter left out or two swapped: "marido" and "medico" are no slips of "Mario" and "Mexico".
    others = name_spellings(["Mario Diaz-Balart", "Mexico"])
    assert recased("what did the marido say", others) == "what did the marido say"
    assert recased("the medico said", others) == "the medico said"


def test_words_the_articles_write_in_lower_case_or_that_are_words_first_stay_as_typed():
    spellings = name_spellings(_NAMES)
    assert recased("who is jazz", spellings, _common) == "who is jazz"  # "the band played jazz"
    assert recased("who is jazz", spellings) == "who is Jazz"
    assert "liberty" not in spellings and "operation" not in spellings  # words first
    # a word typed with a capital is left alone, and a word of two letters is never a name
    assert recased("Who is Victoria? is it in la victoria", spellings, _common) == (
        "Who is Victoria? is it in la Victoria"
    )


def test_a_word_is_written_in_lower_case_only_as_a_word_of_its_own():
    assert written_in_lower_case("jazz", ["the band played jazz."])
    assert not written_in_lower_case("jazz", ["Jazz wrote it.", "Jazz's post", "jazzman"])
    assert not written_in_lower_case("guaido", ["pro-Guaido protesters"])


def test_without_names_nothing_changes():
    assert recased("who is guaido", {}) == "who is guaido"
    assert name_spellings([]) == {}


def test_an_index_reads_its_own_names_and_the_words_it_writes_in_lower_case(tmp_path, fake_embedders, monkeypatch):
    import index.words_in_use
    from index.library import Library

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    front = "---\ntitle: Venezuela story\nsource: Wire\npublished: 2019-05-01\n---\n"
    body = (
        "Opposition leader Juan Guaido spoke in Caracas with Leopoldo Lopez.\n\n"
        "Later Juan Guaido met Jazz Martinez, and Jazz Martinez left.\n\n"
        "The band played jazz all night; Russia sold S-300 missiles to Venezuela in 2009."
    )
    (corpus / "story.md").write_text(f"{front}{body}\n")
    library = Library(corpus, tmp_path / "index", fake_embedders)
    library.build(who="test")
    words = library.engine.state.words_in_use
    assert words.name_spellings["guaido"] == "Guaido"
    assert not words.written_in_lower_case("guaido")
    assert words.written_in_lower_case("jazz")
    assert recased("who is guaido with jazz", words.name_spellings, words.written_in_lower_case) == (
        "who is Guaido with jazz"
    )
    assert words.has_designation("s300") and not words.has_designation("su30")
    # when more passages hold the number than are read, the designation is taken as named
    monkeypatch.setattr(index.words_in_use, "DESIGNATION_PASSAGES_READ", 0)
    state = library.engine.state
    assert index.words_in_use.WordsInUse(state.entities, state.lexical, state.passage_text).has_designation("t2009")
