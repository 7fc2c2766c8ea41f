"""Duplicates: a scan of the whole base for records that are likely the same person/company.

The scan follows the rules of :meth:`app.contacts.ContactService.find_duplicates` (the
check made while one contact is typed), over every live record at once:

- **exact keys** — the same e-mail (lower-cased, first or second address), the same phone
  (E.164; a phone may equal another's mobile); for companies also the same SIREN (or the
  first 9 digits of the SIRET) and the same VAT number. Records are grouped by key in
  Python; a group of *k* gives every pair (a group of 3 gives 3 pairs), except very big
  groups (a shared "contact@" address), which are linked to their oldest member only.
- **similar names in the same place** — names are folded (``sort_name``), their words
  sorted (so "Marie Dupont" meets "Dupont Marie": rapidfuzz's ``token_sort_ratio``), and
  compared within blocks of the same postcode and of the same city, with
  ``rapidfuzz.process.cdist`` (vectorised, all cores, ``score_cutoff``) on the distinct
  names of the block, in chunks (for progress and cancel). A pair is similar from
  ``DUPLICATE_NAME_SCORE`` (the contacts module's threshold).

Scores (0–100; see :func:`pair_score`): the same e-mail 100, the same phone 95 (as
``find_duplicates``), similar names their similarity. Each further agreeing reason adds
``CORROBORATION_BONUS``; two people's names (a word of one with no counterpart in the
other: "Sylvie" and "Sarah Meunier", see :func:`names_agree`) lose
``DIFFERENT_NAME_PENALTY`` — a family's e-mail, a shop's phone — while an abbreviation
("M. Blanc") does not; a name-only match whose e-mails (or phones, or SIRENs) are both
known and all different loses a penalty per conflict. Pairs come sorted by score, highest
first (more reasons first at par).

Pairs the user marked "not duplicates" are stored in the ``settings`` table under
``duplicates.ignored.contact`` / ``duplicates.ignored.company`` (a list of sorted id
pairs) and left out of later scans.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process
from sqlalchemy import func, select

from app.contacts import DUPLICATE_NAME_SCORE
from app.errors import QT_TRANSLATE_NOOP
from models import Company, Contact, Setting, fold
from models.database import Database
from models.enums import BatchKind

log = logging.getLogger(__name__)

Progress = Callable[..., Any]
Cancel = Callable[[], bool]

KINDS = ("contact", "company")

#: Why two records look like one (``DuplicatePair.reasons`` holds them in this order).
REASON_SIREN = "siren"
REASON_VAT = "vat"
REASON_EMAIL = "email"
REASON_PHONE = "phone"
REASON_NAME = "name"
REASONS = (REASON_SIREN, REASON_VAT, REASON_EMAIL, REASON_PHONE, REASON_NAME)

#: Scores of the exact keys (e-mail and phone as in ``ContactService.find_duplicates``).
KEY_SCORES = {REASON_SIREN: 100, REASON_VAT: 100, REASON_EMAIL: 100, REASON_PHONE: 95}
#: The same SIREN but two different SIRETs: two establishments of one firm, maybe on purpose.
OTHER_SITE_SCORE = 88
#: Added for each further reason that agrees (the same phone *and* a similar name…).
CORROBORATION_BONUS = 3
#: The similarity given to a name and its abbreviation ("M. Blanc", "Marie Blanc").
INITIALS_SCORE = 80
#: Names less similar than this are different people ("Sylvie" and "Sarah Meunier"),
#: whatever they share: a family's e-mail, a shop's phone.
DIFFERENT_NAME_SCORE = INITIALS_SCORE
DIFFERENT_NAME_PENALTY = 15
#: Two words of names this similar may be one word misspelt ("dupont", "dupond").
SAME_WORD_SCORE = 80
#: Taken from a name-only match for each key both records know and do not share.
CONFLICT_PENALTIES = {REASON_SIREN: 25, REASON_EMAIL: 10, REASON_PHONE: 10}
#: Groups (of one e-mail, one phone, one name in one place) up to this size give every
#: pair; bigger ones are linked to their oldest member only (k - 1 pairs, not k²/2).
FULL_GROUP_LIMIT = 25
#: Distinct names compared at once against a block (bounds memory: rows × block bytes).
CHUNK_ROWS = 1024
#: Words of company names that say nothing about which company it is.
LEGAL_FORMS = frozenset(
    "sa sas sasu sarl eurl sci snc scop scp ei eirl selarl selas gie sca ets etablissements "
    "cie et and the le la les l de du des d".split()
)

MSG_READING = QT_TRANSLATE_NOOP("duplicates", "Reading the records…")
MSG_KEYS = QT_TRANSLATE_NOOP("duplicates", "Comparing e-mails and phone numbers…")
MSG_NAMES = QT_TRANSLATE_NOOP("duplicates", "Comparing names, place by place…")
MSG_SCORING = QT_TRANSLATE_NOOP("duplicates", "Scoring the pairs…")

_TOTAL = 1000
#: Rows read at once (progress and cancel between parts).
_READ_PART = 10000
_STEPS = {"read": 100, "keys": 150, "names": 950, "score": 1000}


class ScanCancelled(Exception):
    """The user cancelled the scan; nothing was written."""


@dataclass(frozen=True)
class DuplicatePair:
    """Two records that are likely the same; ``a_id`` is the older one."""

    a_id: str
    b_id: str
    score: int
    #: Why, among ``REASONS``, in that order.
    reasons: tuple[str, ...]
    #: How similar the names are (0–100), or None when one of them has no name.
    name_score: int | None

    @property
    def key(self) -> tuple[str, str]:
        """The pair's identity, whatever the order of its records."""
        return pair_key(self.a_id, self.b_id)

    def involves(self, record_id: str) -> bool:
        return record_id in (self.a_id, self.b_id)

    def other(self, record_id: str) -> str:
        return self.b_id if record_id == self.a_id else self.a_id


@dataclass(frozen=True)
class RecordSummary:
    """What the duplicates list shows of one record."""

    id: str
    name: str
    email: str
    phone: str
    postcode: str
    city: str
    #: The company of a contact; the SIREN of a company.
    detail: str
    created_at: datetime
    deleted: bool


def pair_key(a_id: str, b_id: str) -> tuple[str, str]:
    return (a_id, b_id) if a_id <= b_id else (b_id, a_id)


# --- Scoring ------------------------------------------------------------------------------


def pair_score(
    reasons: Iterable[str],
    name_score: int | None,
    conflicts: Iterable[str] = (),
    *,
    other_site: bool = False,
    different_names: bool = False,
) -> int:
    """The score (0–100) of a pair found for ``reasons``.

    ``name_score`` is the names' similarity (None when one has no name); ``conflicts`` the
    keys both records know and do not share (only count for a name-only match);
    ``other_site``: the same SIREN with two different SIRETs; ``different_names``: the
    names are those of two people (see :func:`names_agree`), or else less similar than
    ``DIFFERENT_NAME_SCORE``.
    """
    found = [reason for reason in REASONS if reason in set(reasons)]
    keys = [reason for reason in found if reason in KEY_SCORES]
    if keys:
        scores = [KEY_SCORES[reason] for reason in keys]
        if other_site and REASON_SIREN in keys:
            scores[keys.index(REASON_SIREN)] = OTHER_SITE_SCORE
        score = max(scores)
        if different_names or (name_score is not None and name_score < DIFFERENT_NAME_SCORE):
            score -= DIFFERENT_NAME_PENALTY
    elif REASON_NAME in found and name_score is not None:
        score = name_score
        for conflict in set(conflicts):
            score -= CONFLICT_PENALTIES.get(conflict, 0)
        if different_names:
            score -= DIFFERENT_NAME_PENALTY
    else:
        return 0
    score += CORROBORATION_BONUS * (len(found) - 1)
    return max(0, min(100, score))


def name_key(folded: str, *, company: bool = False) -> str:
    """A folded name with its words sorted (and, for a company, its legal form dropped)."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in folded).split() if w]
    if company:
        kept = [w for w in words if w not in LEGAL_FORMS]
        words = kept or words
    return " ".join(sorted(words))


def name_similarity(a: str, b: str) -> int:
    """``token_sort_ratio`` of two name keys (already sorted: a plain ratio); a name
    abbreviated from the other ("blanc m" for "blanc marie claire") scores at least
    ``INITIALS_SCORE``: not a clue in itself, but no sign of two different people."""
    score = int(fuzz.ratio(a, b))
    if score < INITIALS_SCORE and abbreviates(a, b):
        return INITIALS_SCORE
    return score


def names_agree(a: str, b: str) -> bool:
    """Whether two name keys may be one person's: every word of the shorter one has a
    counterpart in the other (the same, shortened, or misspelt), so "dupond jean" agrees
    with "dupont jean" and "a andre" with "andre anne laure", but "denis loic" not with
    "denis leonie". A missing name agrees with anything."""
    short, long = sorted((a.split(), b.split()), key=len)
    left = list(long)
    rest = []
    for word in short:
        if word in left:
            left.remove(word)
        else:
            rest.append(word)
    for word in rest:
        scores = [(_word_score(word, other), other) for other in left]
        best = max(scores, default=(0, ""))
        if best[0] < SAME_WORD_SCORE:
            return False
        left.remove(best[1])
    return True


def _word_score(word: str, other: str) -> int:
    if word.startswith(other) or other.startswith(word):
        return 100
    return int(fuzz.ratio(word, other))


def abbreviates(a: str, b: str) -> bool:
    """Whether one name key is the other with words shortened or left out."""
    short, long = sorted((a.split(), b.split()), key=len)
    if not short:
        return False
    left = list(long)
    rest = []
    for word in short:  # whole words first: "a andre" is "andre" and an "a…"
        if word in left:
            left.remove(word)
        else:
            rest.append(word)
    if len(rest) == len(short) or not any(len(word) > 1 for word in short if word not in rest):
        return False
    for word in rest:
        match = next((w for w in left if w.startswith(word) or word.startswith(w)), None)
        if match is None:
            return False
        left.remove(match)
    return True


# --- The scan -----------------------------------------------------------------------------


class _Records:
    """The live records as parallel lists; index order = age order (oldest first)."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.names: list[str] = []
        self.postcodes: list[str] = []
        self.cities: list[str] = []
        #: reason -> per record, the tuple of its values for that key.
        self.keys: dict[str, list[tuple[str, ...]]] = {}
        #: Per record, its SIRET (companies only).
        self.sites: list[str] = []
        #: Companies (their names are not people's: word by word checks do not apply).
        self.companies = False

    def __len__(self) -> int:
        return len(self.ids)


def _reporter(progress: Progress | None) -> Callable[[int, str], None]:
    def report(done: int, message: str) -> None:
        if progress is not None:
            progress(done, _TOTAL, message)

    return report


def _check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise ScanCancelled()


def _read(
    db: Database, statement: Any, report: Callable[[int, str], None], cancel: Cancel | None
) -> list[Any]:
    """The rows of ``statement``, fetched in parts (progress and cancel between them)."""
    counted = select(func.count()).select_from(statement.order_by(None).subquery())
    rows: list[Any] = []
    with db.read() as session:
        total = session.scalar(counted) or 0
        for part in session.execute(statement).partitions(_READ_PART):
            rows.extend(part)
            report(_STEPS["read"] * len(rows) // max(1, total), MSG_READING)
            _check(cancel)
    return rows


def _load_contacts(
    db: Database, report: Callable[[int, str], None], cancel: Cancel | None
) -> _Records:
    records = _Records()
    emails: list[tuple[str, ...]] = []
    phones: list[tuple[str, ...]] = []
    statement = (
        select(
            Contact.id,
            Contact.sort_name,
            Contact.email,
            Contact.email2,
            Contact.phone_e164,
            Contact.mobile_e164,
            Contact.postcode,
            Contact.city,
        )
        .where(Contact.deleted_at.is_(None))
        .order_by(Contact.created_at, Contact.id)
    )
    rows = _read(db, statement, report, cancel)
    keys: dict[str, str] = {}
    cities: dict[str | None, str] = {}
    for contact_id, sort_name, email, email2, phone, mobile, postcode, city in rows:
        records.ids.append(contact_id)
        name = sort_name or ""
        key = keys.get(name)
        if key is None:
            key = keys[name] = name_key(name)
        records.names.append(key)
        records.postcodes.append((postcode or "").strip().upper())
        folded = cities.get(city)
        if folded is None:
            folded = cities[city] = fold(city)
        records.cities.append(folded)
        emails.append(_distinct((email or "").strip().lower(), (email2 or "").strip().lower()))
        phones.append(_distinct(phone or "", mobile or ""))
    records.keys = {REASON_EMAIL: emails, REASON_PHONE: phones}
    return records


def _load_companies(
    db: Database, report: Callable[[int, str], None], cancel: Cancel | None
) -> _Records:
    records = _Records()
    records.companies = True
    sirens: list[tuple[str, ...]] = []
    vats: list[tuple[str, ...]] = []
    emails: list[tuple[str, ...]] = []
    phones: list[tuple[str, ...]] = []
    statement = (
        select(
            Company.id,
            Company.sort_name,
            Company.siren,
            Company.siret,
            Company.vat_number,
            Company.email,
            Company.phone_e164,
            Company.postcode,
            Company.city,
        )
        .where(Company.deleted_at.is_(None))
        .order_by(Company.created_at, Company.id)
    )
    rows = _read(db, statement, report, cancel)
    for company_id, sort_name, siren, siret, vat, email, phone, postcode, city in rows:
        records.ids.append(company_id)
        records.names.append(name_key(sort_name or "", company=True))
        records.postcodes.append((postcode or "").strip().upper())
        records.cities.append(fold(city))
        site = _digits(siret)
        records.sites.append(site if len(site) == 14 else "")
        number = _digits(siren)
        if len(number) != 9 and len(site) == 14:
            number = site[:9]
        sirens.append((number,) if len(number) == 9 else ())
        vat_text = "".join((vat or "").split()).upper()
        vats.append((vat_text,) if vat_text else ())
        emails.append(_distinct((email or "").strip().lower()))
        phones.append(_distinct(phone or ""))
    records.keys = {
        REASON_SIREN: sirens,
        REASON_VAT: vats,
        REASON_EMAIL: emails,
        REASON_PHONE: phones,
    }
    return records


def _digits(value: str | None) -> str:
    return "".join(c for c in (value or "") if c.isdigit())


def _distinct(*values: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


class _Pairs:
    """The pairs found so far, by (older index, newer index)."""

    def __init__(self) -> None:
        self.reasons: dict[tuple[int, int], set[str]] = {}
        self.name_scores: dict[tuple[int, int], int] = {}

    def add(self, i: int, j: int, reason: str, name_score: int | None = None) -> None:
        key = (i, j) if i < j else (j, i)
        found = self.reasons.get(key)
        if found is None:
            self.reasons[key] = {reason}
        else:
            found.add(reason)
        if name_score is not None and name_score > self.name_scores.get(key, -1):
            self.name_scores[key] = name_score

    def add_group(self, members: Sequence[int], reason: str, name_score: int | None = None) -> None:
        """Pairs within one group of records sharing a key (sorted by age)."""
        if len(members) <= FULL_GROUP_LIMIT:
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    self.add(i, j, reason, name_score)
        else:
            head = members[0]
            for j in members[1:]:
                self.add(head, j, reason, name_score)

    def add_across(self, left: Sequence[int], right: Sequence[int], score: int) -> None:
        """Pairs between two groups of similar names."""
        if len(left) * len(right) <= FULL_GROUP_LIMIT * FULL_GROUP_LIMIT:
            for i in left:
                for j in right:
                    self.add(i, j, REASON_NAME, score)
        else:
            for j in right:
                self.add(left[0], j, REASON_NAME, score)
            for i in left[1:]:
                self.add(i, right[0], REASON_NAME, score)


def _exact_keys(records: _Records, pairs: _Pairs) -> None:
    for reason, values in records.keys.items():
        groups: dict[str, list[int]] = defaultdict(list)
        for index, keys in enumerate(values):
            for key in keys:
                groups[key].append(index)
        for members in groups.values():
            if len(members) > 1:
                pairs.add_group(sorted(set(members)), reason)


def _blocks(records: _Records) -> list[dict[str, list[int]]]:
    """Per postcode and per city: the distinct names and who bears each (age order)."""
    by_postcode: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    by_city: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for index, name in enumerate(records.names):
        if not name:
            continue
        if records.postcodes[index]:
            by_postcode[records.postcodes[index]][name].append(index)
        if records.cities[index]:
            by_city[records.cities[index]][name].append(index)
    blocks = [dict(block) for block in by_city.values()]
    for block in by_postcode.values():
        # A postcode whose records all have one city adds nothing to that city's block.
        cities = {records.cities[i] for members in block.values() for i in members}
        if len(cities) > 1 or "" in cities:
            blocks.append(dict(block))
    return [block for block in blocks if sum(len(m) for m in block.values()) > 1]


def _nonzero(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.nonzero`` of a sparse uint8 matrix, eight cells at a time."""
    flat = matrix.reshape(-1)
    whole = flat.size // 8 * 8
    words = np.flatnonzero(flat[:whole].view(np.uint64))
    cells = (words[:, None] * 8 + np.arange(8)).reshape(-1)
    cells = cells[flat[cells] != 0]
    tail = np.flatnonzero(flat[whole:]) + whole
    cells = np.concatenate([cells, tail])
    return np.divmod(cells, matrix.shape[1])


def _similar_names(
    records: _Records,
    pairs: _Pairs,
    report: Callable[[int, str], None],
    cancel: Cancel | None,
) -> None:
    blocks = _blocks(records)
    # Work of a block ~ the upper triangle of its distinct names.
    work = [len(block) * (len(block) + 1) // 2 for block in blocks]
    total = max(1, sum(work))
    done = 0
    start_step, end_step = _STEPS["keys"], _STEPS["names"]
    for block in blocks:
        names = list(block)
        for members in block.values():
            if len(members) > 1:
                pairs.add_group(members, REASON_NAME, 100)
        count = len(names)
        for start in range(0, count, CHUNK_ROWS):
            _check(cancel)
            stop = min(count, start + CHUNK_ROWS)
            if count - start > 1:
                matrix = process.cdist(
                    names[start:stop],
                    names[start:],
                    scorer=fuzz.ratio,
                    score_cutoff=DUPLICATE_NAME_SCORE,
                    dtype=np.uint8,
                    workers=-1,
                )
                rows, columns = _nonzero(matrix)
                upper = columns > rows  # the column is names[start + column]
                for row, column in zip(rows[upper].tolist(), columns[upper].tolist(), strict=True):
                    score = int(matrix[row, column])
                    pairs.add_across(block[names[start + row]], block[names[start + column]], score)
            rows_done = stop - start
            done += rows_done * (count - start) - rows_done * (rows_done - 1) // 2
            report(start_step + (end_step - start_step) * min(done, total) // total, MSG_NAMES)


def _conflicts(keys: list[tuple[str, list[tuple[str, ...]]]], i: int, j: int) -> tuple[str, ...]:
    """The keys (among ``CONFLICT_PENALTIES``) both records know and do not share."""
    found: tuple[str, ...] = ()
    for reason, values in keys:
        left, right = values[i], values[j]
        if left and right and not any(value in right for value in left):
            found += (reason,)
    return found


def _score_all(
    records: _Records,
    pairs: _Pairs,
    ignored: set[tuple[str, str]],
    report: Callable[[int, str], None],
    cancel: Cancel | None,
) -> list[DuplicatePair]:
    found: list[tuple[int, int, int, int, DuplicatePair]] = []
    ids, names, sites = records.ids, records.names, records.sites
    keys = [(r, records.keys[r]) for r in CONFLICT_PENALTIES if r in records.keys]
    name_scores = pairs.name_scores
    # (reasons, name score, conflicts, other site) -> (score, ordered reasons): few kinds.
    scored: dict[tuple[Any, ...], tuple[int, tuple[str, ...]]] = {}
    only_name = frozenset({REASON_NAME})
    agreements: dict[tuple[str, str], bool] = {}
    total = max(1, len(pairs.reasons))
    for count, ((i, j), found_reasons) in enumerate(pairs.reasons.items()):
        if count % 20000 == 0:
            _check(cancel)
            report(
                _STEPS["names"] + (_STEPS["score"] - _STEPS["names"]) * count // total, MSG_SCORING
            )
        a_id, b_id = ids[i], ids[j]
        if ignored and pair_key(a_id, b_id) in ignored:
            continue
        name_score = name_scores.get((i, j))
        if name_score is None and names[i] and names[j]:
            name_score = name_similarity(names[i], names[j])
        reasons = frozenset(found_reasons)
        if name_score is not None and name_score >= DUPLICATE_NAME_SCORE:
            reasons |= only_name
        conflicts = _conflicts(keys, i, j) if reasons == only_name else ()
        other_site = bool(
            REASON_SIREN in reasons and sites and sites[i] and sites[j] and sites[i] != sites[j]
        )
        different = False
        if names[i] != names[j] and names[i] and names[j] and not records.companies:
            couple = (names[i], names[j])
            agree = agreements.get(couple)
            if agree is None:
                agree = agreements[couple] = names_agree(*couple)
            different = not agree
        kind = (reasons, name_score, conflicts, other_site, different)
        known = scored.get(kind)
        if known is None:
            score = pair_score(
                reasons, name_score, conflicts, other_site=other_site, different_names=different
            )
            known = scored[kind] = (score, tuple(r for r in REASONS if r in reasons))
        score, ordered = known
        if score <= 0:
            continue
        pair = DuplicatePair(a_id, b_id, score, ordered, name_score)
        found.append((-score, -len(ordered), i, j, pair))
    found.sort(key=lambda item: item[:4])  # the best first; more reasons first at par
    return [item[4] for item in found]


def _scan(
    db: Database,
    kind: str,
    loader: Callable[[Database, Callable[[int, str], None], Cancel | None], _Records],
    progress: Progress | None,
    cancel: Cancel | None,
) -> list[DuplicatePair]:
    report = _reporter(progress)
    report(0, MSG_READING)
    _check(cancel)
    records = loader(db, report, cancel)
    ignored = ignored_pairs(db, kind)
    report(_STEPS["read"], MSG_KEYS)
    _check(cancel)
    pairs = _Pairs()
    _exact_keys(records, pairs)
    report(_STEPS["keys"], MSG_NAMES)
    _similar_names(records, pairs, report, cancel)
    report(_STEPS["names"], MSG_SCORING)
    result = _score_all(records, pairs, ignored, report, cancel)
    report(_STEPS["score"], MSG_SCORING)
    return result


def scan_contacts(
    db: Database, progress: Progress | None = None, cancel: Cancel | None = None
) -> list[DuplicatePair]:
    """Every pair of live contacts that look like one person, highest score first.

    ``progress(done, total, message)`` is called as it goes; ``cancel()`` returning True
    stops it with :class:`ScanCancelled`.
    """
    return _scan(db, "contact", _load_contacts, progress, cancel)


def scan_companies(
    db: Database, progress: Progress | None = None, cancel: Cancel | None = None
) -> list[DuplicatePair]:
    """Every pair of live companies that look like one firm, highest score first."""
    return _scan(db, "company", _load_companies, progress, cancel)


def scan(
    db: Database, kind: str, progress: Progress | None = None, cancel: Cancel | None = None
) -> list[DuplicatePair]:
    """``scan_contacts`` or ``scan_companies``, by ``kind`` ("contact" or "company")."""
    if kind == "contact":
        return scan_contacts(db, progress, cancel)
    if kind == "company":
        return scan_companies(db, progress, cancel)
    raise ValueError(f"unknown kind of record: {kind}")


# --- What the list shows ------------------------------------------------------------------

_SUMMARY_CHUNK = 500


def summaries(db: Database, kind: str, ids: Iterable[str]) -> dict[str, RecordSummary]:
    """The records' names, e-mails, phones and places, by id (tombstoned ones included)."""
    wanted = sorted(set(ids))
    found: dict[str, RecordSummary] = {}
    with db.read() as session:
        for start in range(0, len(wanted), _SUMMARY_CHUNK):
            chunk = wanted[start : start + _SUMMARY_CHUNK]
            if kind == "contact":
                rows = session.execute(
                    select(
                        Contact.id,
                        Contact.first_name,
                        Contact.last_name,
                        Contact.email,
                        Contact.phone,
                        Contact.mobile,
                        Contact.postcode,
                        Contact.city,
                        Company.name,
                        Contact.created_at,
                        Contact.deleted_at,
                    )
                    .outerjoin(Company, Company.id == Contact.company_id)
                    .where(Contact.id.in_(chunk))
                ).all()
                for row in rows:
                    name = f"{row[1] or ''} {row[2] or ''}".strip() or (row[3] or "")
                    found[row[0]] = RecordSummary(
                        id=row[0],
                        name=name,
                        email=row[3] or "",
                        phone=row[4] or row[5] or "",
                        postcode=row[6] or "",
                        city=row[7] or "",
                        detail=row[8] or "",
                        created_at=row[9],
                        deleted=row[10] is not None,
                    )
            elif kind == "company":
                rows = session.execute(
                    select(
                        Company.id,
                        Company.name,
                        Company.email,
                        Company.phone,
                        Company.postcode,
                        Company.city,
                        Company.siren,
                        Company.created_at,
                        Company.deleted_at,
                    ).where(Company.id.in_(chunk))
                ).all()
                for row in rows:
                    found[row[0]] = RecordSummary(
                        id=row[0],
                        name=row[1] or "",
                        email=row[2] or "",
                        phone=row[3] or "",
                        postcode=row[4] or "",
                        city=row[5] or "",
                        detail=row[6] or "",
                        created_at=row[7],
                        deleted=row[8] is not None,
                    )
            else:
                raise ValueError(f"unknown kind of record: {kind}")
    return found


# --- "Not duplicates" ---------------------------------------------------------------------


def ignored_key(kind: str) -> str:
    """The settings key of the pairs of ``kind`` marked "not duplicates"."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of record: {kind}")
    return f"duplicates.ignored.{kind}"


def ignored_pairs(db: Database, kind: str) -> set[tuple[str, str]]:
    """The pairs (sorted ids) the user said are not duplicates."""
    with db.read() as session:
        setting = session.get(Setting, ignored_key(kind))
        value = setting.value if setting is not None else None
    return _as_pairs(value)


def _as_pairs(value: Any) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for item in value or ():
        if isinstance(item, list | tuple) and len(item) == 2:
            pairs.add(pair_key(str(item[0]), str(item[1])))
    return pairs


def ignore_pairs(db: Database, kind: str, pairs: Iterable[tuple[str, str]]) -> int:
    """Mark pairs as "not duplicates" (one small batch); returns how many were new."""
    wanted = {pair_key(a, b) for a, b in pairs if a != b}
    key = ignored_key(kind)
    noun = "contacts" if kind == "contact" else "companies"
    label = f"Mark {noun} as not duplicates"
    with db.write(BatchKind.EDIT, label) as session:
        setting = session.get(Setting, key)
        known = _as_pairs(setting.value if setting is not None else None)
        new = wanted - known
        if not new:
            return 0
        value = [list(pair) for pair in sorted(known | new)]
        if setting is None:
            session.add(Setting(key=key, value=value))
        else:
            setting.value = value  # a new list: JSON columns do not see in-place changes
    return len(new)


def ignore_pair(db: Database, kind: str, a_id: str, b_id: str) -> bool:
    """Mark one pair as "not duplicates"; False if it already was."""
    return ignore_pairs(db, kind, [(a_id, b_id)]) == 1


__all__ = [
    "CORROBORATION_BONUS",
    "DIFFERENT_NAME_PENALTY",
    "DIFFERENT_NAME_SCORE",
    "DUPLICATE_NAME_SCORE",
    "KEY_SCORES",
    "KINDS",
    "REASONS",
    "REASON_EMAIL",
    "REASON_NAME",
    "REASON_PHONE",
    "REASON_SIREN",
    "REASON_VAT",
    "DuplicatePair",
    "RecordSummary",
    "ScanCancelled",
    "ignore_pair",
    "ignore_pairs",
    "ignored_key",
    "ignored_pairs",
    "name_key",
    "names_agree",
    "name_similarity",
    "pair_key",
    "pair_score",
    "scan",
    "scan_companies",
    "scan_contacts",
    "summaries",
]
