"""A post holder the articles place in another leader's team does not hold the post asked of a leader or a country."""

from __future__ import annotations

from index.teams import Teams, of_another_leaders_team, read_teams

JAWBONING = (
    "For all the jawboning from President Trump, Vice President Mike Pence, Secretary of State Mike Pompeo and NSA "
    "John Bolton, it appears Guaido's most powerful ally is himself."
)
PRESIDENTS = "Venezuelan President Nicolas Maduro spoke. Brazilian President Jair Bolsonaro said the army was split."
PENCE = (1, 'Vice President Mike Pence tweeted in support of Guaido. "To Juan Guaido and the people of Venezuela."')


def test_the_members_listed_after_a_leader_are_his_team_and_a_countrys_president_is_read_with_its_adjective():
    teams = read_teams([JAWBONING, PRESIDENTS])
    assert teams.leader_of == {"pence": "trump", "pompeo": "trump", "bolton": "trump"}
    assert teams.presidents == {"venezuela": frozenset({"maduro"}), "brazil": frozenset({"bolsonaro"})}


def test_a_leader_listed_after_another_is_a_peer_not_a_member_of_his_team():
    listed = "President Trump, President Emmanuel Macron and Vice President Mike Pence, the White House said."
    teams = read_teams([listed])
    assert teams.leader_of == {"pence": "trump"}


def test_another_leaders_team_member_holds_no_post_asked_of_a_country_or_its_leader():
    teams = read_teams([JAWBONING, PRESIDENTS])
    for question in [
        "who's Venezuela's vice president right now",
        "Who is Venezuela's vice president under Maduro?",
        "¿Quién es el vicepresidente de Maduro?",
    ]:
        assert of_another_leaders_team(question, [PENCE], teams) == {1}, question


def test_the_team_is_read_the_same_whatever_the_question_opens_with_and_for_any_post_of_the_team():
    # Moved from holders' check of the leader named just before the post, which `teams` now stands for.
    teams = read_teams([JAWBONING])
    jawboning = (3, JAWBONING)
    assert of_another_leaders_team("Who's Maduro's vice president?", [jawboning], teams) == {3}
    # The engine checks a question with the names it types in lower case as the articles write them ("Maduro").
    assert of_another_leaders_team("who is Maduro's secretary of state", [jawboning], teams) == {3}
    assert of_another_leaders_team("who was Maduro's vice president when all this happened", [jawboning], teams) == {3}
    assert of_another_leaders_team("Who is Trump's secretary of state?", [jawboning], teams) == set()


def test_a_holder_of_no_known_team_or_of_the_asked_leaders_team_is_left_to_the_reader():
    teams = read_teams([JAWBONING, PRESIDENTS])
    rodriguez = (2, "Vice President Delcy Rodriguez said the coup had failed.")
    assert of_another_leaders_team("Who is Venezuela's vice president?", [PENCE, rodriguez], teams) == {1}
    assert of_another_leaders_team("who is Trump's vice president", [PENCE], teams) == set()
    # No leader or country asked about: nothing to tell teams apart by.
    assert of_another_leaders_team("who is the vice president", [PENCE], teams) == set()
    assert of_another_leaders_team("Who is Venezuela's vice president?", [PENCE], Teams()) == set()
