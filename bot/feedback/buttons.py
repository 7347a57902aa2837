"""👍 / 👎 under answers and declines, the 👎 reasons and the "other" text box.

The buttons' custom ids carry the question's log id, and `VoteButton` is registered with the bot as a
dynamic item, so a click lands on the right answer however long ago (and however many restarts ago) it was
sent, for as long as the log keeps the question.
"""

from __future__ import annotations

import logging
from typing import Any

import discord

from bot.errors import handle_interaction_error
from bot.feedback.recorder import LogUnavailable, QuestionRecorder
from index.questionlog import DOWN_REASONS

log = logging.getLogger(__name__)
NO_PINGS = discord.AllowedMentions.none()
TEMPLATE = r"cronista:vote:(?P<vote>up|down):(?P<question>[0-9]{1,20})(?P<declined>:d)?"
REASON_CHOICES = ("not_answered", "outdated", "wrong_quote", "other")
MAX_NOTE_CHARS = 200

THANKS_UP = "Thanks, your 👍 is recorded. You can change your vote at any time."
THANKS_DECLINE = "Thanks: moderators will see this question among the ones the articles should answer (`/gaps`)."
ASK_REASON = "Thanks, your 👎 is recorded. What was wrong? (optional)"
GONE = "This answer is no longer in the question log (it is older than the log keeps, or was deleted)."
UNAVAILABLE = "I couldn't record your vote right now; please try again later."
FEEDBACK_OFF = "Feedback is turned off on this bot."


def custom_id(question_id: int, vote: str, declined: bool = False) -> str:
    """The custom id of a vote button: what it votes, on which logged question."""
    return f"cronista:vote:{vote}:{question_id}" + (":d" if declined else "")


def vote_buttons(question_id: int, declined: bool) -> list[discord.ui.Button]:
    """The two buttons sent under an answer (or a decline, where 👎 means "this should have been answered")."""
    down_label = "Should have been answered" if declined else None
    grey = discord.ButtonStyle.secondary
    return [
        discord.ui.Button(emoji="👍", style=grey, custom_id=custom_id(question_id, "up", declined)),
        discord.ui.Button(emoji="👎", label=down_label, style=grey, custom_id=custom_id(question_id, "down", declined)),
    ]


def recorder_of(client: Any) -> QuestionRecorder | None:
    """The bot's question recorder, or None when the log is off (or the feedback cog is not loaded)."""
    cog = client.get_cog("Feedback") if client is not None else None
    return getattr(cog, "recorder", None)


async def _send(interaction: discord.Interaction, text: str, **kwargs: Any) -> None:
    await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS, **kwargs)


class VoteButton(discord.ui.DynamicItem[discord.ui.Button], template=TEMPLATE):
    """A 👍 or 👎 click, rebuilt from its custom id: one vote per member per answer, changeable."""

    def __init__(self, question_id: int, vote: str, declined: bool = False) -> None:
        emoji = "👍" if vote == "up" else "👎"
        super().__init__(discord.ui.Button(emoji=emoji, custom_id=custom_id(question_id, vote, declined)))
        self.question_id, self.vote, self.declined = question_id, vote, declined

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button, match: Any) -> VoteButton:
        """What discord.py calls for a click on any message, even one sent before a restart."""
        return cls(int(match["question"]), match["vote"], bool(match["declined"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        """Record the vote; a 👎 on an answer then asks for the reason."""
        try:
            await self._vote(interaction)
        except Exception as error:  # discord.py would only log it: the member gets a reply instead
            await handle_interaction_error(interaction, error)

    async def _vote(self, interaction: discord.Interaction) -> None:
        recorder = recorder_of(interaction.client)
        if recorder is None:
            await _send(interaction, FEEDBACK_OFF)
            return
        vote, reason = (1, "") if self.vote == "up" else (-1, "should_answer" if self.declined else "")
        try:
            stored = await recorder.vote(self.question_id, interaction.user.id, vote, reason)
        except LogUnavailable:
            await _send(interaction, UNAVAILABLE)
            return
        if not stored:
            await _send(interaction, GONE)
        elif vote > 0:
            await _send(interaction, THANKS_UP)
        elif self.declined:
            await _send(interaction, THANKS_DECLINE)
        else:
            await _send(interaction, ASK_REASON, view=ReasonView(recorder, self.question_id))


class ReasonView(discord.ui.View):
    """The choice of reasons shown (privately) after a 👎."""

    def __init__(self, recorder: QuestionRecorder, question_id: int, timeout: float = 600) -> None:
        super().__init__(timeout=timeout)
        self.recorder, self.question_id = recorder, question_id

    @discord.ui.select(
        placeholder="Why was the answer not good?",
        options=[discord.SelectOption(label=DOWN_REASONS[key].capitalize(), value=key) for key in REASON_CHOICES],
    )
    async def reason(self, interaction: discord.Interaction, select: discord.ui.Select) -> None:
        """A reason is stored with the vote; "other" opens a text box first."""
        chosen = select.values[0]
        if chosen == "other":
            await interaction.response.send_modal(OtherReasonModal(self.recorder, self.question_id))
            return
        try:
            stored = await self.recorder.vote(self.question_id, interaction.user.id, -1, chosen)
        except LogUnavailable:
            stored = None
        text = f"Noted: {DOWN_REASONS[chosen]}. Thank you." if stored else (GONE if stored is False else UNAVAILABLE)
        await interaction.response.edit_message(content=text, view=None)
        self.stop()

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item) -> None:
        """A failing choice gets the same short reply as a failing command."""
        await handle_interaction_error(interaction, error)


class OtherReasonModal(discord.ui.Modal, title="What was wrong with the answer?"):
    """A short free-text reason (at most 200 characters), stored with the 👎."""

    note: discord.ui.TextInput = discord.ui.TextInput(
        label="What was wrong?", style=discord.TextStyle.paragraph, max_length=MAX_NOTE_CHARS, required=True
    )

    def __init__(self, recorder: QuestionRecorder, question_id: int) -> None:
        super().__init__()
        self.recorder, self.question_id = recorder, question_id

    async def on_submit(self, interaction: discord.Interaction) -> None:
        """Store the 👎 with reason "other" and the text."""
        text = str(self.note.value).strip()[:MAX_NOTE_CHARS]
        try:
            stored = await self.recorder.vote(self.question_id, interaction.user.id, -1, "other", text)
        except LogUnavailable:
            await _send(interaction, UNAVAILABLE)
            return
        await _send(interaction, "Noted, thank you. Moderators read these." if stored else GONE)

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        """A failing submission gets the same short reply as a failing command."""
        await handle_interaction_error(interaction, error)
