"""The review room: moderators search, read (masked), flag and annotate transcripts; NLU corrections
and masked exports; retention; the user's own privacy controls live in bot/privacy.py."""

__all__: list[str] = []
