"""The ten RFM segments: the R × F grid, and what each segment calls for.

A customer's segment follows from their recency score R and frequency score F (1–5 each,
see :mod:`app.analytics.rfm`), by the widely used grid::

            F1              F2              F3              F4          F5
    R5      New             Potential loyalists             Champions   Champions
    R4      Promising       Potential loyalists             Loyal       Loyal
    R3      About to sleep  About to sleep  Need attention  Loyal       Loyal
    R2      Hibernating     Hibernating     At risk         At risk     Can't lose them
    R1      Hibernating     Hibernating     At risk         At risk     Can't lose them

Every segment calls for one of four strategies — keep loyal, develop, win back,
rationalise — and comes with a concrete suggested action for a small shop.

The names, strategies, actions and descriptions are English strings marked for Qt's
translation tools (context ``"analytics"``); the GUI shows their translation, the CLI
and the exported files the English text. Codes never change: files and settings use them.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import QT_TRANSLATE_NOOP

# -- strategies ---------------------------------------------------------------------------

STRATEGY_KEEP_LOYAL = QT_TRANSLATE_NOOP("analytics", "Keep loyal")
STRATEGY_DEVELOP = QT_TRANSLATE_NOOP("analytics", "Develop")
STRATEGY_WIN_BACK = QT_TRANSLATE_NOOP("analytics", "Win back")
STRATEGY_RATIONALISE = QT_TRANSLATE_NOOP("analytics", "Rationalise")

#: The four strategies, from the best customers to the least worth spending on.
STRATEGIES: tuple[str, ...] = (
    STRATEGY_KEEP_LOYAL,
    STRATEGY_DEVELOP,
    STRATEGY_WIN_BACK,
    STRATEGY_RATIONALISE,
)

# -- segment codes ------------------------------------------------------------------------

CHAMPIONS = "champions"
LOYAL = "loyal"
POTENTIAL_LOYALISTS = "potential_loyalists"
NEW = "new"
PROMISING = "promising"
NEED_ATTENTION = "need_attention"
ABOUT_TO_SLEEP = "about_to_sleep"
AT_RISK = "at_risk"
CANT_LOSE = "cant_lose"
HIBERNATING = "hibernating"


@dataclass(frozen=True)
class SegmentInfo:
    """One segment: its stable code and the English texts the user sees (translated)."""

    code: str
    name: str
    strategy: str
    action: str
    description: str


#: The segments in display order, best first.
SEGMENTS: tuple[SegmentInfo, ...] = (
    SegmentInfo(
        CHAMPIONS,
        QT_TRANSLATE_NOOP("analytics", "Champions"),
        STRATEGY_KEEP_LOYAL,
        QT_TRANSLATE_NOOP(
            "analytics",
            "Thank them: early access to new products, invite them to tastings; "
            "ask for reviews and referrals.",
        ),
        QT_TRANSLATE_NOOP(
            "analytics", "Bought very recently and buy the most often: your best customers."
        ),
    ),
    SegmentInfo(
        LOYAL,
        QT_TRANSLATE_NOOP("analytics", "Loyal"),
        STRATEGY_KEEP_LOYAL,
        QT_TRANSLATE_NOOP(
            "analytics",
            "Reward their loyalty: a loyalty card or a gift at the next visit; "
            "suggest products that go with what they usually buy.",
        ),
        QT_TRANSLATE_NOOP(
            "analytics", "Buy often and came back not long ago: regulars to look after."
        ),
    ),
    SegmentInfo(
        POTENTIAL_LOYALISTS,
        QT_TRANSLATE_NOOP("analytics", "Potential loyalists"),
        STRATEGY_DEVELOP,
        QT_TRANSLATE_NOOP(
            "analytics",
            "Offer the loyalty card and a reason to come back soon: "
            "a tasting, a seasonal selection, a bundle offer.",
        ),
        QT_TRANSLATE_NOOP(
            "analytics", "Recent customers who have bought a few times: future regulars."
        ),
    ),
    SegmentInfo(
        NEW,
        QT_TRANSLATE_NOOP("analytics", "New"),
        STRATEGY_DEVELOP,
        QT_TRANSLATE_NOOP(
            "analytics",
            "Welcome them: a thank-you message with the shop's story and tips on "
            "what they bought, and a small discount on their second visit.",
        ),
        QT_TRANSLATE_NOOP(
            "analytics", "Very recent customers with very few orders: often a first purchase."
        ),
    ),
    SegmentInfo(
        PROMISING,
        QT_TRANSLATE_NOOP("analytics", "Promising"),
        STRATEGY_DEVELOP,
        QT_TRANSLATE_NOOP(
            "analytics",
            "Make them come back: invite them to the next tasting or event, "
            "send the newsletter with a small welcome-back offer.",
        ),
        QT_TRANSLATE_NOOP("analytics", "Bought fairly recently, but very few times so far."),
    ),
    SegmentInfo(
        NEED_ATTENTION,
        QT_TRANSLATE_NOOP("analytics", "Need attention"),
        STRATEGY_DEVELOP,
        QT_TRANSLATE_NOOP(
            "analytics",
            "Get back in touch personally: a call or a note with a selection "
            "chosen for them and a limited-time offer.",
        ),
        QT_TRANSLATE_NOOP(
            "analytics",
            "Average on recency and frequency, and their last purchase is getting older.",
        ),
    ),
    SegmentInfo(
        ABOUT_TO_SLEEP,
        QT_TRANSLATE_NOOP("analytics", "About to sleep"),
        STRATEGY_WIN_BACK,
        QT_TRANSLATE_NOOP(
            "analytics",
            "Wake them up before they forget the shop: a seasonal reminder "
            "(Christmas, summer wines) with a time-limited discount.",
        ),
        QT_TRANSLATE_NOOP(
            "analytics",
            "Few orders, the last one a while ago: they are starting to forget the shop.",
        ),
    ),
    SegmentInfo(
        AT_RISK,
        QT_TRANSLATE_NOOP("analytics", "At risk"),
        STRATEGY_WIN_BACK,
        QT_TRANSLATE_NOOP(
            "analytics",
            "Win them back: a personal message reminding them of what they liked, "
            "with a generous offer; ask whether anything went wrong.",
        ),
        QT_TRANSLATE_NOOP("analytics", "Used to buy fairly often, but not for a long time."),
    ),
    SegmentInfo(
        CANT_LOSE,
        QT_TRANSLATE_NOOP("analytics", "Can't lose them"),
        STRATEGY_WIN_BACK,
        QT_TRANSLATE_NOOP(
            "analytics",
            "Call them yourself: find out why they stopped coming, fix it, "
            "and invite them back with a special gesture.",
        ),
        QT_TRANSLATE_NOOP(
            "analytics",
            "Among the customers who bought the most often, but not for a long time.",
        ),
    ),
    SegmentInfo(
        HIBERNATING,
        QT_TRANSLATE_NOOP("analytics", "Hibernating"),
        STRATEGY_RATIONALISE,
        QT_TRANSLATE_NOOP(
            "analytics",
            "Spend little on them: keep them in the general newsletter only, "
            "and stop costly mailings if they do not react.",
        ),
        QT_TRANSLATE_NOOP(
            "analytics", "Bought rarely, and long ago: little to gain from costly efforts."
        ),
    ),
)

_BY_CODE: dict[str, SegmentInfo] = {info.code: info for info in SEGMENTS}

#: ``GRID[r - 1][f - 1]`` is the segment code of the cell (R = r, F = f).
GRID: tuple[tuple[str, ...], ...] = (
    (HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE),  # R1
    (HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE),  # R2
    (ABOUT_TO_SLEEP, ABOUT_TO_SLEEP, NEED_ATTENTION, LOYAL, LOYAL),  # R3
    (PROMISING, POTENTIAL_LOYALISTS, POTENTIAL_LOYALISTS, LOYAL, LOYAL),  # R4
    (NEW, POTENTIAL_LOYALISTS, POTENTIAL_LOYALISTS, CHAMPIONS, CHAMPIONS),  # R5
)


def segment_for(r_score: int, f_score: int) -> str:
    """The code of the segment of a customer with these recency and frequency scores."""
    if not (1 <= r_score <= 5 and 1 <= f_score <= 5):
        raise ValueError(f"scores run from 1 to 5 (got R{r_score} F{f_score})")
    return GRID[r_score - 1][f_score - 1]


def segment_info(code: str) -> SegmentInfo:
    """The segment of this code; ``KeyError`` for an unknown code."""
    return _BY_CODE[code]


__all__ = [
    "ABOUT_TO_SLEEP",
    "AT_RISK",
    "CANT_LOSE",
    "CHAMPIONS",
    "GRID",
    "HIBERNATING",
    "LOYAL",
    "NEED_ATTENTION",
    "NEW",
    "POTENTIAL_LOYALISTS",
    "PROMISING",
    "SEGMENTS",
    "STRATEGIES",
    "STRATEGY_DEVELOP",
    "STRATEGY_KEEP_LOYAL",
    "STRATEGY_RATIONALISE",
    "STRATEGY_WIN_BACK",
    "SegmentInfo",
    "segment_for",
    "segment_info",
]
