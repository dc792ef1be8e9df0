"""One root exception for the helpline; subclasses carry what a caller needs."""

from __future__ import annotations

__all__ = [
    "BadRequest",
    "ConfigError",
    "Forbidden",
    "Gone",
    "HelplineError",
    "NotFound",
    "TooLarge",
    "Unauthorized",
]


class HelplineError(Exception):
    """Root of every error this application raises on purpose."""


class ConfigError(HelplineError):
    """A setting is missing or malformed; the message names the variable."""


class ApiError(HelplineError):
    """An error answered to an API client as JSON with an HTTP status."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadRequest(ApiError):
    status = 400
    code = "bad_request"


class Unauthorized(ApiError):
    status = 401
    code = "unauthorized"


class Forbidden(ApiError):
    status = 403
    code = "forbidden"


class NotFound(ApiError):
    status = 404
    code = "not_found"


class Gone(ApiError):
    status = 410
    code = "expired"


class TooLarge(ApiError):
    status = 413
    code = "too_large"
