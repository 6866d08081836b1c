"""Message models shared by every basewatch stage (see `basewatch.schemas.messages`)."""

from basewatch.schemas.messages import (
    ALERT_MESSAGE,
    ANY_MESSAGE,
    AlertRaised,
    AlertRevised,
    ArticleReceived,
    ClaimExtracted,
    DeadLetter,
    EventOpened,
    EventState,
    EventUpdated,
)

__all__ = [
    "ALERT_MESSAGE",
    "ANY_MESSAGE",
    "AlertRaised",
    "AlertRevised",
    "ArticleReceived",
    "ClaimExtracted",
    "DeadLetter",
    "EventOpened",
    "EventState",
    "EventUpdated",
]
