"""Who may do what: moderators by permission or role, and the per-member question cooldown on a fake clock."""

from __future__ import annotations

from unittest.mock import MagicMock

import discord
import pytest
from discord_fakes import make_member

from bot.checks import Cooldown, NotModerator, OnCooldown, is_moderator, require_moderator


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


MODERATORS = frozenset({42})


def test_manage_server_administrator_or_a_moderator_role_make_a_moderator():
    assert is_moderator(make_member(manage_guild=True), MODERATORS)
    assert is_moderator(make_member(role_ids=(7, 42)), MODERATORS)
    admin = make_member()
    admin.guild_permissions = discord.Permissions(administrator=True)
    assert is_moderator(admin, MODERATORS)


def test_a_member_without_them_or_a_user_outside_a_server_is_refused_with_the_reason():
    assert not is_moderator(make_member(role_ids=(7,)), MODERATORS)
    direct_message_user = MagicMock(spec_set=discord.User)
    assert not is_moderator(direct_message_user, MODERATORS)
    with pytest.raises(NotModerator, match="^only moderators can change the articles$"):
        require_moderator(make_member(), MODERATORS)
    require_moderator(make_member(role_ids=(42,)), MODERATORS)
