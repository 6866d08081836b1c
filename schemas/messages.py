"""Every message basewatch puts on a topic: frozen pydantic v2 models, one source of truth.

Each model has a `type` literal (the discriminator, also the CloudEvents `ce_type`) and a
`schema_version`. JSON Schema files in `schemas/json/` are generated from these models
(`basewatch schemas export`); a test fails when they are stale.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from basewatch.schemas.bounds import MAX_FIELD_CHARS, ArticleText, CitedList, Count, Evidence, Id, IdList, Month, Quotes, RecentDate, ShortText

Weapon = Literal["drone", "rocket", "missile", "ballistic_missile", "mortar", "unknown"]
Side = Literal["US", "coalition", "partner", "other"]
Status = Literal["claimed", "confirmed", "reported"]
# Best first: what an official confirms, what a party claims for itself, what an outlet reports.
STATUS_RANK: dict[Status, int] = {"confirmed": 0, "claimed": 1, "reported": 2}
AlertKind = Literal["fatality", "new_target"]
Severity = Literal["critical", "high", "medium", "low"]
DateBasis = Literal["explicit", "relative", "inferred", "inherited", "publication"]
DatePrecision = Literal["day", "approximate", "unknown"]
Change = Literal["toll", "status", "date", "severity", "merged", "withdrawn", "wounded"]
# How the claim names its place: a gazetteer name, a description ("a base north of Baghdad hosting US
# troops"), a region ("western Iraq"), several places at once ("US bases in Syria"), or other.
PlaceKind = Literal["named", "described", "region", "several", "other"]
# How far a claim's attack date can be trusted: a day the text states (or that follows from one); a day
# approximated (the publication day, or a weekday read against a guessed reference); only the month;
# no date at all. The words are those the alert stage ranks ("day", "approximate", "month", "none").
ClaimDatePrecision = Literal["day", "approximate", "month", "none"]


MONTH_PATTERN = r"^\d{4}-\d{2}$"  # "2024-02": a month without its day
PREVIEW_CHARS = 200  # of a dead record's key


class Message(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    schema_version: Literal[1] = 1


class ArticleReceived(Message):
    """One news article entering the system (ingest → `articles`); every field bounded (`schemas/bounds.py`)."""

    type: Literal["article.received"] = "article.received"
    article_id: Id = Field(description="uuid5 of the normalised text: identical copies share it")
    origin_id: ShortText | None = Field(None, description="the sender's own id for the article (file name for .txt)")
    url: ShortText | None = None
    source: ShortText | None = Field(None, description="outlet name or host")
    title: ShortText | None = None
    published_at: RecentDate | None = Field(None, description="publication date when known")
    published_month: Month | None = Field(None, description="publication month when only the month is known (a 'date 2024-02' header)")
    language: str | None = Field(None, max_length=16, description="ISO 639-1 code when known or detected")
    text: ArticleText
    fingerprint: str = Field(
        max_length=MAX_FIELD_CHARS, description="bottom-k MinHash of the text's sentences (hex, 8 digits per hash), for near-duplicate detection"
    )
    duplicate_of: Id | None = Field(None, description="article_id of an earlier near-identical article")

    @property
    def resubmitted(self) -> bool:
        """The same article again (its own id): its claims are out already. A near-identical copy under another id
        (a syndicated or reposted story at another address) is another outlet's report and gives its own claims."""
        return self.duplicate_of is not None and self.duplicate_of == self.article_id


class ClaimExtracted(Message):
    """One attack on a base mentioned in one article, linked to the gazetteer when possible; every field bounded."""

    type: Literal["claim.extracted"] = "claim.extracted"
    claim_id: Id
    article_id: Id
    source: ShortText | None = None
    url: ShortText | None = None
    published_at: RecentDate | None = None
    base_id: Id | None = None
    base_name: ShortText | None = None
    link_confidence: float = Field(0.0, ge=0.0, le=1.0)
    link_method: ShortText | None = Field(None, description="alias, fuzzy, context, or null when unlinked")
    place_text: ShortText
    country: ShortText | None = None
    attack_date: RecentDate | None = None
    date_basis: DateBasis | None = Field(None, description="how attack_date was found")
    date_precision: ClaimDatePrecision | None = Field(
        None, description="day: stated in the text; approximate: the publication day or a guessed day, never to be shown as certain; null: older records"
    )
    date_month: Month | None = Field(
        None, description="the attack's month (YYYY-MM) when only the month is known (precision month); null otherwise and in older records"
    )
    date_weekday: int | None = Field(
        None, ge=0, le=6, description="the weekday the text names (0 Monday .. 6 Sunday) when no day can be fixed; null otherwise and in older records"
    )
    date_weekday_lag: int | None = Field(
        None,
        ge=1,
        le=3,
        description="days before `date_weekday` the attack may be, that weekday a statement's (claimed the morning after); null: its own",
    )
    place_kind: PlaceKind | None = Field(None, description="named (a gazetteer name), described, region, several, other; null: older records")
    actor: ShortText | None = None
    weapon: Weapon = "unknown"
    killed: Count | None = None
    wounded: Count | None = None
    casualty_side: Side | None = None
    status: Status = "reported"
    background: bool = Field(False, description="mentioned only as context for other news")
    evidence: Evidence


class EventState(Message):
    """An attack event folded from claims; the body of EventOpened and EventUpdated. Bounded: lists name the
    first MAX_LISTED / MAX_CITED / MAX_QUOTED entries (`schemas/bounds.py`), so a message fits a default broker."""

    event_id: Id
    version: int = Field(ge=1)
    base_id: Id | None
    base_name: ShortText | None = None
    country: ShortText | None = None
    attack_date: RecentDate | None
    actor: ShortText | None = None
    weapon: Weapon = "unknown"
    claim_ids: IdList
    article_ids: IdList
    sources: CitedList
    killed: Count | None = Field(None, description="highest killed figure reported")
    killed_min: Count | None = Field(None, description="lowest killed figure reported: outlets that disagree give a range")
    wounded: Count | None = Field(None, description="highest wounded figure reported")
    casualty_side: Side | None = None
    status: Status = "reported"
    date_precision: DatePrecision = Field("unknown", description="day (a report dates the attack), approximate (only guessed days) or unknown")
    urls: CitedList = Field((), description="source URLs of the reports, sorted")
    first_seen: RecentDate | None = Field(None, description="earliest publication date among the reports")
    evidence: Quotes = ()
    merged_into: Id | None = Field(None, description="set on an event's last message when it was folded into another event")


class EventOpened(EventState):
    type: Literal["event.opened"] = "event.opened"


class EventUpdated(EventState):
    type: Literal["event.updated"] = "event.updated"


class AlertBody(Message):
    alert_id: Id = Field(description="uuid5 of (kind, subject): the same alert always has the same id")
    kind: AlertKind
    severity: Severity
    revision: int = Field(ge=0, description="0 when raised, then 1, 2, ... per revision")
    event_id: Id
    base_id: Id | None
    base_name: ShortText | None = None
    country: ShortText | None = None
    attack_date: RecentDate | None = None
    killed: Count | None = None
    killed_min: Count | None = Field(None, description="lowest killed figure reported (a range when outlets disagree)")
    wounded: Count | None = None
    casualty_side: Side | None = None
    status: Status = "reported"
    date_precision: DatePrecision = "unknown"
    first_seen: RecentDate | None = Field(None, description="earliest publication date among the event's reports")
    sources: CitedList = ()
    urls: CitedList = ()
    article_ids: IdList = ()
    evidence: Quotes = ()
    summary: str = Field(max_length=3 * MAX_FIELD_CHARS, description="one line built from the base's and country's names and a few words")


class AlertRaised(AlertBody):
    type: Literal["alert.raised"] = "alert.raised"


class AlertRevised(AlertBody):
    type: Literal["alert.revised"] = "alert.revised"
    previous_killed: Count | None = None
    changes: tuple[Change, ...] = Field(
        (), max_length=4, description="what this revision changed: toll, status, date, severity, merged (superseded), or withdrawn (no deaths)"
    )
    superseded_by: Id | None = Field(None, description="the alert that now covers this attack, when two events proved one")


class DeadLetter(Message):
    """A record a stage could not process, kept with the reason on `<topic>.dlq`: bounded, whatever the record's size."""

    type: Literal["dead.letter"] = "dead.letter"
    topic: ShortText
    partition: int | None = None
    offset: int | None = None
    reason: ShortText
    key: str | None = Field(None, max_length=PREVIEW_CHARS, description=f"the first {PREVIEW_CHARS} characters of the record's key, decoded leniently")
    key_size: int = Field(0, ge=0, description="the key's size in bytes")
    value_preview: str = Field(max_length=MAX_FIELD_CHARS, description="the first 2,000 characters of the value, decoded leniently")
    value_size: int = Field(ge=0)


EventMessage = Annotated[EventOpened | EventUpdated, Field(discriminator="type")]
AlertMessage = Annotated[AlertRaised | AlertRevised, Field(discriminator="type")]
AnyMessage = Annotated[
    ArticleReceived | ClaimExtracted | EventOpened | EventUpdated | AlertRaised | AlertRevised | DeadLetter,
    Field(discriminator="type"),
]

ANY_MESSAGE: TypeAdapter[AnyMessage] = TypeAdapter(AnyMessage)
EVENT_MESSAGE: TypeAdapter[EventMessage] = TypeAdapter(EventMessage)
ALERT_MESSAGE: TypeAdapter[AlertMessage] = TypeAdapter(AlertMessage)

EXPORTED: dict[str, type[BaseModel]] = {
    "article.received": ArticleReceived,
    "claim.extracted": ClaimExtracted,
    "event.opened": EventOpened,
    "event.updated": EventUpdated,
    "alert.raised": AlertRaised,
    "alert.revised": AlertRevised,
    "dead.letter": DeadLetter,
}
