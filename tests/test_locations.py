"""Questions asking where a place is need a passage that says where it lies, not one that only names it."""

from __future__ import annotations

import pytest

from index.answertype import fits_answer_type


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("Where is Fort Tiuna?", "Maduro was at Fort Tiuna, a military complex in southern Caracas."),
        ("where is la victoria", "A man was shot in La Victoria, a town west of Caracas."),
        ("¿Dónde está Chimoré?", "Morales spoke from the coca-growing town of Chimoré on Sunday."),
        ("where is the air base located", "Troops gathered outside the air base near the highway."),
        ("Where is Akinci air base?", "The plotters met at Akinci air base in Ankara province."),
        ("Where is La Victoria?", "A man was shot during a protest in the city of La Victoria."),
        ("Where is Maracay?", "Maracay, in an agricultural valley of Aragua state, stayed calm."),
        ("what part of caracas is fort tiuna in", "Maduro was at Fort Tiuna, a military complex in southern Caracas."),
        ("What part of Caracas is La Carlota located in?", "La Carlota, in eastern Caracas, was the focus."),
        ("what part of caracas is fort tiuna in", "Fort Tiuna lies in Caracas's south."),
        ("Plaza Altamira is in which municipality of Caracas?", "Plaza Altamira, in the municipality of Chacao."),
        ("Which Caracas municipality is La Carlota air base located in?", "La Carlota, an air base in Chacao."),
        ("In which state is La Victoria?", "A man was shot in La Victoria, a town in Aragua state."),
        ("which caracas municipality is la carlota in", "La Carlota, an air base in the Chacao municipality."),
        ("In what part of Caracas is La Carlota?", "La Carlota, an air base in the Chacao municipality."),
        ("¿En qué municipio de Caracas está La Carlota?", "La Carlota, an air base in the Chacao municipality."),
        ("Where in Venezuela is the Fort Tiuna compound located?", "The Fort Tiuna compound lies in southern Caracas."),
        # A second question after "where is X?" is not part of the place's name.
        ("Where is Maduro? Did he flee to Cuba?", "Maduro on Tuesday attempted to flee Venezuela by plane for Cuba."),
        # Where a person is, now, is another question: the reader judges it.
        ("where is lopez now", "Lopez and his family sought refuge in the Spanish embassy."),
    ],
)
def test_a_passage_saying_where_the_place_lies_can_answer(question, passage):
    assert fits_answer_type(question, passage)


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        # The city the question names does not say what part of it the place is in.
        ("what part of caracas is plaza altamira in", "Guards threw tear gas at Plaza Altamira in Caracas."),
        ("Plaza Altamira is in which municipality of Caracas?", "Guards threw tear gas at Plaza Altamira in Caracas."),
        (
            "Which Caracas municipality is La Carlota air base located in?",
            "Crowds near the La Carlota airbase in Caracas.",
        ),
        ("which state is la victoria in", "A man was shot during a protest at La Victoria on Tuesday."),
        ("which caracas municipality is la carlota in", "Crowds near the La Carlota airbase in Caracas."),
        ("In what part of Caracas is La Carlota?", "Crowds near the La Carlota airbase in Caracas."),
        ("¿En qué municipio de Caracas está La Carlota?", "Crowds near the La Carlota airbase in Caracas."),
        ("Where in Venezuela is the Fort Tiuna compound located?", "Maduro hid at a compound called Fort Tiuna."),
        (
            "where is fort tiuna? like what part of caracas",
            "Maduro hid at a compound called Fort Tiuna, guarded by Cubans.",
        ),
        ("where exactly is fort tiuna located", "Maduro and his allies were hiding at a compound called Fort Tiuna."),
        ("In which part of Caracas is the La Carlota air base?", "Crowds near the La Carlota airbase in Caracas."),
        ("Where is Windhoek?", "Reports claimed she had flown to Windhoek, but officials there denied it."),
        ("¿Dónde está Sohag?", "Protesters attacked police stations in Minya and burned churches."),
        # "In" before a year or "an operation" says when or how, not where.
        ("Where is Akinci air base?", "Akar was held at Akinci air base and was freed in an operation on Saturday."),
        ("where is camp de gaulle", "France keeps 400 troops at Camp de Gaulle, and in 2019 it signed a deal."),
    ],
)
def test_a_passage_that_only_names_the_place_cannot_answer(question, passage):
    assert not fits_answer_type(question, passage)


WIFE_ABROAD = "A senior US official confirmed the letter. He said the general's wife is currently outside the country."


@pytest.mark.parametrize(
    "question",
    [
        "which country is the SEBIN chief's wife living in right now",
        "¿En qué país está la esposa de Figuera?",
        "the sebin chief's wife is abroad - which country exactly?",
        "In which foreign country is General Figuera's wife currently staying?",
        "what foreign country is the general's wife staying in?",
        "To which foreign country did the general's wife move?",
    ],
)
def test_which_country_someone_is_in_needs_a_country_named_as_a_place_not_as_someones(question):
    assert not fits_answer_type(question, WIFE_ABROAD)
    assert fits_answer_type(question, "The general's wife has been living in Spain since March.")


@pytest.mark.parametrize(
    ("question", "without", "with_it"),
    [
        # A country's word qualifying a noun ("the Venezuelan people") names no place he went to.
        (
            "Which country did Cristopher Figuera flee to?",
            "In a letter directed to the Venezuelan people, Figuera said he had always been loyal.",
            "Figuera fled to the United States on Tuesday.",
        ),
        # Countries to visit are named as places: a trip "to Europe" names none.
        (
            "Shanahan cancelled his Europe trip - which countries was he supposed to visit?",
            "Acting defence chief Patrick Shanahan has cancelled a planned trip to Europe.",
            "Shanahan had been due to travel to Belgium and Germany.",
        ),
    ],
)
def test_which_country_someone_went_to_needs_one_named_as_a_place(question, without, with_it):
    assert not fits_answer_type(question, without)
    assert fits_answer_type(question, with_it)


def test_which_country_does_something_is_not_asked_where():
    assert fits_answer_type("Which country backs Maduro most heavily?", "Russia heavily backs Maduro's regime.")
    assert fits_answer_type("Which country is Maduro currently president of?", "Venezuela's President Maduro spoke.")


def test_which_district_is_the_best_is_not_asked_where():
    assert fits_answer_type("Which district is the most dangerous?", "Crowds gathered near the air base.")
    # "where's" may ask where a person, an event or a thing is (stop 36's review): left to the reader
    assert fits_answer_type("Where's Leopoldo Lopez?", "Lopez and his family sought refuge at the residence.")
    assert fits_answer_type("where's the 25 soldiers", "25 troops have applied for asylum in Brazil's embassy.")


@pytest.mark.parametrize(
    ("question", "passage", "answers"),
    [
        # Where someone is now: a passage naming no place at all cannot say.
        (
            "Where is Figuera now?",
            "‘The hour has arrived for us to look for other ways of doing politics,’ Figuera wrote.",
            False,
        ),
        ("where's guaido now", "Still, Guaido hasn’t given up yet, calling for “Operation Liberty” to go on.", False),
        ("¿Dónde está López ahora?", "Lopez said he had been freed by soldiers loyal to Guaido.", False),
        ("Where is Lopez now?", "They later moved to the Spanish embassy.", True),
        ("where is figuera's wife now", "He said the general's wife is currently outside the country.", True),
        # Someone's wife is a person, not a place to be located: asked without "now", where she is still answers.
        ("¿Dónde está la esposa del general Figuera?", WIFE_ABROAD, True),
        ("Where is Guaido now?", "Guaido was seen in Caracas on Wednesday morning.", True),
        # "Rebuild the country" says no place; where someone lives is asked as where they are.
        ("¿Dónde está Figuera ahora?", "Figuera said it is now time to rebuild the country.", False),
        ("¿Dónde vive Maduro?", "Support for Nicolas Maduro's regime comes from Russia, China and Iran.", False),
        ("Where does Maduro live?", "Maduro lives in the Miraflores palace.", True),
        # Where someone is "metido" (holed up) is asked as where they are hiding.
        (
            "¿Dónde está metido Maduro según Bolton?",
            "Bolton told a radio show that Maduro and his top military allies were hiding out at a compound called "
            "Fort Tiuna.",
            True,
        ),
        ("¿Dónde está metido Figuera?", "Figuera said it is now time to rebuild the country.", False),
    ],
)
def test_where_someone_is_now_needs_a_place_said(question, passage, answers):
    assert fits_answer_type(question, passage) is answers


SHANAHAN = "Washington's acting defence chief Patrick Shanahan has cancelled a planned trip to Europe."
MADURO_PLANE = "The Secretary of State claimed that Maduro wanted to leave the country on a plane to Cuba."


@pytest.mark.parametrize(
    ("question", "passage", "places"),
    [
        # Where someone named went is told only of them, or of "he" or "they": Maduro's plane is no trip of Shanahan's.
        ("where in europe was Shanahan supposed to go before he cancelled", MADURO_PLANE, False),
        ("where was Shanahan supposed to go before he cancelled", SHANAHAN, True),
        # A passage opening with "he" speaks of someone, whoever it quotes.
        ("where was Bolsonaro when he said this", "He said at the ministry: 'I recognise Juan Guaido's spirit'.", True),
        ("Where did Lopez go after the Chilean residence?", "Guaido's wife later moved to the Spanish embassy.", False),
        (
            "Where did Lopez go after the Chilean residence?",
            "Julio Borges said they moved to the Spanish embassy.",
            False,
        ),
        # Spoken of as "they", with no one else named, they may be the ones asked.
        ("Where did Lopez go after the Chilean residence?", "They later moved to the Spanish embassy.", True),
        ("Where did Lopez go after the Chilean residence?", "Mr Lopez later moved to the Spanish embassy.", True),
        # Someone's relative is asked, not the one named after her.
        ("¿Dónde está la esposa del general Figuera?", "He said the general's wife is outside the country.", True),
    ],
)
def test_where_someone_named_went_needs_a_passage_naming_them(question, passage, places):
    assert fits_answer_type(question, passage) is places


@pytest.mark.parametrize(
    ("question", "passage", "places"),
    [
        ("where did Figuera end up fleeing to", "'The hour has arrived,' Figuera wrote in his letter.", False),
        ("Where did Svetlana Tikhanovskaya flee to?", "Tikhanovskaya fled to Lithuania the day after the vote.", True),
        ("Where did Svetlana Tikhanovskaya flee to?", "Exiled opposition leader Svetlana Tikhanovskaya said…", True),
    ],
)
def test_where_someone_went_needs_a_place_said(question, passage, places):
    assert fits_answer_type(question, passage) is places
