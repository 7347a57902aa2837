"""The per-member question cooldown on a fake clock: the limit, the wait it announces, and the window passing."""

from __future__ import annotations

import pytest

from bot.checks import Cooldown, OnCooldown


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
