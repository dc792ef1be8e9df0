"""API errors of the handoff: each says what the console should tell the consultant."""

from __future__ import annotations

from bot.errors import ApiError, BadRequest, Forbidden, NotFound, Unauthorized

__all__ = [
    "AlreadyTaken",
    "BadRequest",
    "CaseClosed",
    "CaseLimit",
    "Forbidden",
    "NotFound",
    "NotOffered",
    "NotYourCase",
    "Unauthorized",
]


class AlreadyTaken(ApiError):
    status = 409
    code = "already_taken"


class NotOffered(ApiError):
    status = 409
    code = "not_offered"


class CaseLimit(ApiError):
    status = 409
    code = "case_limit"


class CaseClosed(ApiError):
    status = 409
    code = "case_closed"


class NotYourCase(ApiError):
    status = 403
    code = "not_your_case"
