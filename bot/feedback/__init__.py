"""Members' feedback on answers and the question log behind it: recorder, buttons, moderators' gap list."""
