"""Who may do what: moderators by permission or role, and the per-member question cooldown on a fake clock."""

from __future__ import annotations

from unittest.mock import MagicMock

import discord
import pytest
from discord_fakes import make_member

from bot.checks import (
    NOT_LISTED,
    OTHER_SERVER,
    Cooldown,
    ModerationPolicy,
    NotModerator,
    OnCooldown,
    refusal,
    require_moderator,
)


class FakeClock:
    """A monotonic clock that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_a_member_can_ask_again_once_the_window_has_passed(clock):
    cooldown = Cooldown(rate=2, per=30, clock=clock)
    cooldown.hit(1)
    cooldown.hit(1)
    with pytest.raises(OnCooldown):
        cooldown.hit(1)
    clock.now += 30
    cooldown.hit(1)  # both earlier questions are now out of the window
    cooldown.hit(1)
    with pytest.raises(OnCooldown):
        cooldown.hit(1)


def test_the_wait_announced_is_until_the_oldest_question_leaves_the_window(clock):
    cooldown = Cooldown(rate=2, per=30, clock=clock)
    cooldown.hit(1)
    clock.now += 10
    cooldown.hit(1)
    clock.now += 5
    with pytest.raises(OnCooldown) as refused:
        cooldown.hit(1)
    assert refused.value.retry_after == pytest.approx(15)
    assert "15s" in str(refused.value)
    clock.now += 14.9
    with pytest.raises(OnCooldown):
        cooldown.hit(1)
    clock.now += 0.1
    cooldown.hit(1)  # the first question left the window; the second is still in it
    with pytest.raises(OnCooldown) as refused:
        cooldown.hit(1)
    assert refused.value.retry_after == pytest.approx(10)


def test_a_refused_question_does_not_count(clock):
    cooldown = Cooldown(rate=1, per=30, clock=clock)
    cooldown.hit(1)
    for _ in range(5):
        clock.now += 5
        with pytest.raises(OnCooldown):
            cooldown.hit(1)
    clock.now += 5
    cooldown.hit(1)


def test_each_member_has_their_own_window(clock):
    cooldown = Cooldown(rate=1, per=30, clock=clock)
    cooldown.hit(1)
    cooldown.hit(2)
    with pytest.raises(OnCooldown):
        cooldown.hit(1)


SERVER = 7
POLICY = ModerationPolicy(guilds=frozenset({SERVER}), roles=frozenset({42}), users=frozenset({99}))
MANAGE_ONLY = ModerationPolicy(guilds=frozenset({SERVER}))


def test_a_listed_role_or_user_moderates_in_the_chosen_server():
    assert refusal(make_member(role_ids=(5, 42)), SERVER, POLICY) is None
    listed = make_member()
    listed.id = 99
    assert refusal(listed, SERVER, POLICY) is None
    direct_message_user = MagicMock(spec_set=discord.User)
    direct_message_user.id = 99
    assert refusal(direct_message_user, SERVER, POLICY) is None
    require_moderator(make_member(role_ids=(42,)), SERVER, POLICY)


def test_with_no_list_manage_server_or_administrator_moderates():
    assert refusal(make_member(manage_guild=True), SERVER, MANAGE_ONLY) is None
    admin = make_member()
    admin.guild_permissions = discord.Permissions(administrator=True)
    assert refusal(admin, SERVER, MANAGE_ONLY) is None
    assert refusal(make_member(), SERVER, MANAGE_ONLY) == NOT_LISTED


def test_manage_server_is_not_enough_once_the_operator_lists_roles_or_users():
    assert refusal(make_member(manage_guild=True), SERVER, POLICY) == NOT_LISTED
    only_users = ModerationPolicy(guilds=frozenset({SERVER}), users=frozenset({99}))
    assert refusal(make_member(manage_guild=True), SERVER, only_users) == NOT_LISTED


def test_everyone_else_is_refused_with_the_reason():
    assert refusal(make_member(role_ids=(5,)), SERVER, POLICY) == NOT_LISTED
    assert refusal(MagicMock(spec_set=discord.User), SERVER, POLICY) == NOT_LISTED
    assert refusal(make_member(role_ids=(42,)), 8, POLICY) == OTHER_SERVER  # another server
    assert refusal(make_member(role_ids=(42,)), None, POLICY) == OTHER_SERVER  # a direct message
    with pytest.raises(NotModerator) as refused:
        require_moderator(make_member(), SERVER, POLICY)
    assert str(refused.value) == NOT_LISTED
