"""The database: typed SQLAlchemy models, sessions, and the queries the web app needs.

This is the only module that knows SQLAlchemy. Decks are imported from their
YAML files and updated in place by question id, so re-importing a rebuilt
deck never loses a learner's quiz answers or review history: questions that
left the deck are retired (hidden), not deleted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import secrets
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    Engine,
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
    bindparam,
    case,
    create_engine,
    delete,
    event,
    func,
    insert as insert_statement,
    inspect,
    select,
    update,
)
from sqlalchemy import text as sql_text
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, column_property, mapped_column, relationship, sessionmaker

from quizgen import model
from quizgen.articles import ArticleError, article_bytes, load_article
from quizgen.deck import MAX_ID_LENGTH, article_location, load_deck

log = logging.getLogger(__name__)

CHOICE, TYPED = "choice", "typed"
"""Quiz modes: pick one of the options, or type the answer."""

RIGHT, ALMOST, WRONG = "right", "almost", "wrong"
"""Verdicts stored with each answer; "almost" (a typo on a name) counts as right."""


def utcnow() -> dt.datetime:
    """The current time in UTC, naive (as every timestamp in the database)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Deck(Base):
    """A deck as imported from ``decks/<name>.yaml``."""

    __tablename__ = "deck"

    id: Mapped[str] = mapped_column(String(MAX_ID_LENGTH), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    created: Mapped[dt.datetime]
    path: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    articles: Mapped[list[Article]] = relationship(
        back_populates="deck", order_by="Article.position", cascade="all, delete-orphan"
    )
    questions: Mapped[list[Question]] = relationship(
        back_populates="deck", order_by="Question.position", cascade="all, delete-orphan"
    )

    @property
    def active_questions(self) -> list[Question]:
        return [q for q in self.questions if q.active]


class Article(Base):
    """An article of a deck, with its text as read at import."""

    __tablename__ = "article"
    __table_args__ = (UniqueConstraint("deck_id", "key"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    deck_id: Mapped[str] = mapped_column(ForeignKey("deck.id"), index=True)
    key: Mapped[str] = mapped_column(String(MAX_ID_LENGTH))
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.date | None]
    text: Mapped[str] = mapped_column(Text, default="")
    body_start: Mapped[int] = mapped_column(default=0)
    source: Mapped[str] = mapped_column(Text, default="", server_default="")
    """The link or file the article came from."""

    deck: Mapped[Deck] = relationship(back_populates="articles")

    @property
    def source_is_link(self) -> bool:
        return self.source.startswith(("http://", "https://"))

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


class Question(Base):
    """A question of a deck; ``key`` is the deck's stable question id."""

    __tablename__ = "question"
    __table_args__ = (UniqueConstraint("deck_id", "key"),)

    pk: Mapped[int] = mapped_column(primary_key=True)
    deck_id: Mapped[str] = mapped_column(ForeignKey("deck.id"), index=True)
    key: Mapped[str] = mapped_column(String(MAX_ID_LENGTH))
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    kind: Mapped[str] = mapped_column(String(20))
    prompt: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    accept: Mapped[list[Any]] = mapped_column(default=list)
    choices: Mapped[list[Any]] = mapped_column(default=list)
    sources: Mapped[list[Any]] = mapped_column(default=list)
    tags: Mapped[list[Any]] = mapped_column(default=list)

    deck: Mapped[Deck] = relationship(back_populates="questions")

    @property
    def article_key(self) -> str:
        """The id of the article of the main source."""
        return self.sources[0]["article"] if self.sources else ""

    def to_model(self) -> model.Question:
        """The question as the plain dataclass the other stages take."""
        return question_model(self.key, self.kind, self.prompt, self.answer, self.accept, self.choices,
                              self.sources, self.tags)


def question_model(key: str, kind: str, prompt: str, answer: str, accept: list, choices: list,
                   sources: list, tags: list) -> model.Question:
    """A ``model.Question`` from the values of a question row."""
    source_list = [model.Source(**s) for s in sources]
    return model.Question(
        id=key,
        kind=kind,
        prompt=prompt,
        answer=answer,
        source=source_list[0],
        accept=tuple(accept),
        choices=tuple(choices),
        also=tuple(source_list[1:]),
        tags=tuple(tags),
    )


class Learner(Base):
    """One browser: its id lives in a signed cookie."""

    __tablename__ = "learner"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    created: Mapped[dt.datetime] = mapped_column(default=utcnow)


class QuizItem(Base):
    """One question of a quiz, with the learner's answer once given."""

    __tablename__ = "quiz_item"
    __table_args__ = (UniqueConstraint("quiz_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quiz.id"), index=True)
    position: Mapped[int]
    question_pk: Mapped[int] = mapped_column(ForeignKey("question.pk"), index=True)
    options: Mapped[list[Any]] = mapped_column(default=list)
    given: Mapped[str | None] = mapped_column(Text)
    verdict: Mapped[str | None] = mapped_column(String(10))
    answered_at: Mapped[dt.datetime | None]

    quiz: Mapped[Quiz] = relationship(back_populates="items")
    question: Mapped[Question] = relationship(lazy="joined")

    @property
    def correct(self) -> bool:
        return self.verdict in (RIGHT, ALMOST)


class Quiz(Base):
    """A quiz a learner started on a deck: an ordered list of questions to answer."""

    __tablename__ = "quiz"

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[str] = mapped_column(ForeignKey("learner.id"), index=True)
    deck_id: Mapped[str] = mapped_column(ForeignKey("deck.id"), index=True)
    mode: Mapped[str] = mapped_column(String(10))
    label: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Finished once every question has an answer, at the last answer: derived, so that
    # answering writes one row and two answers sent at once can never both miss the finish.
    finished_at: Mapped[dt.datetime | None] = column_property(
        select(case((func.count() == func.count(QuizItem.answered_at), func.max(QuizItem.answered_at))))
        .where(QuizItem.quiz_id == id)
        .correlate_except(QuizItem)
        .scalar_subquery()
    )

    deck: Mapped[Deck] = relationship()
    items: Mapped[list[QuizItem]] = relationship(
        back_populates="quiz", order_by="QuizItem.position", cascade="all, delete-orphan"
    )

    @property
    def answered(self) -> list[QuizItem]:
        return [i for i in self.items if i.answered_at is not None]

    @property
    def score(self) -> int:
        """How many answers were right (a near miss on a name counts)."""
        return sum(1 for i in self.items if i.correct)

    @property
    def next_position(self) -> int | None:
        """The position of the first unanswered question, or None when all are answered."""
        return next((i.position for i in self.items if i.answered_at is None), None)

    @property
    def duration(self) -> dt.timedelta | None:
        return self.finished_at - self.started_at if self.finished_at else None


class ReviewCard(Base):
    """A learner's spaced-repetition state for one question (an FSRS card as JSON)."""

    __tablename__ = "review_card"
    __table_args__ = (UniqueConstraint("learner_id", "question_pk"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[str] = mapped_column(ForeignKey("learner.id"), index=True)
    question_pk: Mapped[int] = mapped_column(ForeignKey("question.pk"), index=True)
    state: Mapped[dict[str, Any]] = mapped_column(default=dict)
    due: Mapped[dt.datetime] = mapped_column(index=True)
    reps: Mapped[int] = mapped_column(default=0)

    question: Mapped[Question] = relationship(lazy="joined")


class ReviewLog(Base):
    """One rating a learner gave a card."""

    __tablename__ = "review_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("review_card.id"), index=True)
    rating: Mapped[int]
    reviewed_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)


class DeckFileProblem(Base):
    """A deck file in a decks folder that could not be imported, and why: the library shows it."""

    __tablename__ = "deck_file_problem"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # a hash of folder and name: paths can be long
    folder: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)
    noticed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


# --- engine and sessions -----------------------------------------------------


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL mode and a busy timeout so that several workers can share it."""
    url = make_url(url)
    if url.drivername in ("postgres", "postgresql"):  # a plain PostgreSQL URL, as hosting services hand them out
        url = url.set(drivername="postgresql+psycopg")
    engine = create_engine(url, pool_pre_ping=url.get_backend_name() != "sqlite")
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions bound to ``engine``; objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


def create_tables(engine: Engine, attempts: int = 10) -> None:
    """Create missing tables; safe when several processes (gunicorn workers) start at once."""
    for attempt in range(1, attempts + 1):
        try:
            Base.metadata.create_all(engine)
            _add_missing_columns(engine)
            return
        except DatabaseError:
            # another process created a table between our check and our CREATE: look again
            if attempt == attempts:
                raise
            time.sleep(0.05 * attempt)


def _add_missing_columns(engine: Engine) -> None:
    """Add the columns newer versions added to a table that an older version created."""
    present = {column["name"] for column in inspect(engine).get_columns("article")}
    if "source" not in present:
        with engine.begin() as connection:
            connection.execute(sql_text("ALTER TABLE article ADD COLUMN source TEXT NOT NULL DEFAULT ''"))


# --- importing decks ---------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    """What importing a deck changed: whether the deck is new, its questions added, updated and retired,
    and which of its other parts changed ("title", "date", "articles")."""

    deck_id: str
    added: int = 0
    updated: int = 0
    retired: int = 0
    unchanged: bool = False
    new_deck: bool = False
    other_changes: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return not self.unchanged and bool(
            self.new_deck or self.added or self.updated or self.retired or self.other_changes
        )


def import_deck_file(session: Session, path: str | Path, name: str | None = None) -> ImportResult:
    """Import the deck YAML at ``path`` unless the same file was imported already.

    Raises ``DeckError`` for a malformed deck (its message starts with ``name``, by default the path). Commits.
    """
    path = Path(path)
    deck = load_deck(path, name)
    fingerprint = _fingerprint(path, deck)
    existing = session.get(Deck, deck.id)
    if existing is not None and existing.fingerprint == fingerprint and existing.path == str(path.resolve()):
        return ImportResult(deck.id, unchanged=True)
    try:
        result = import_deck(session, deck, path, fingerprint)
        session.commit()
    except IntegrityError:
        # another worker imported the same deck at the same moment
        session.rollback()
        return ImportResult(deck.id, unchanged=True)
    return result


def retire_missing_decks(session: Session, folder: str | Path) -> list[str]:
    """Retire the questions of every deck imported from ``folder`` whose file is gone; return their ids. Commits.

    Learners' quizzes and reviews of them are kept, and importing the file again brings the deck back.
    """
    folder = Path(folder).resolve()
    gone = [
        deck for deck in all_decks(session)
        if Path(deck.path).parent == folder and not Path(deck.path).exists() and deck.active_questions
    ]
    for deck in gone:
        deck.fingerprint = ""  # the same file put back is imported again, not skipped as unchanged
        for question in deck.questions:
            question.active = False
    session.commit()
    return [deck.id for deck in gone]


def record_deck_problems(session: Session, folder: str | Path, problems: dict[str, str]) -> None:
    """Keep ``problems`` (file name: message) as the deck files of ``folder`` that could not be imported,
    replacing what an earlier import of the folder noted. Commits."""
    folder = str(Path(folder).resolve())
    # a plain DELETE, which no other worker's deleting the same rows at start-up can make fail
    session.execute(
        delete(DeckFileProblem).where(DeckFileProblem.folder == folder, DeckFileProblem.name.not_in(problems))
    )
    for name, message in problems.items():
        key = hashlib.sha256(f"{folder}\0{name}".encode()).hexdigest()
        values = {"key": key, "folder": folder, "name": name, "message": message, "noticed_at": utcnow()}
        if _insert_unless_present(session, DeckFileProblem.__table__, values) is None:
            session.execute(update(DeckFileProblem).where(DeckFileProblem.key == key).values(message=message))
    session.commit()


def deck_problems(session: Session) -> Sequence[DeckFileProblem]:
    """The deck files that could not be imported at their folder's last import, by name."""
    return session.scalars(select(DeckFileProblem).order_by(DeckFileProblem.name, DeckFileProblem.folder)).all()


def import_deck(session: Session, deck: model.Deck, deck_path: str | Path, fingerprint: str = "") -> ImportResult:
    """Insert or update ``deck`` by id, keeping every learner's history.

    Articles are read from their files (relative to the deck's project
    folder) and their text stored. Questions are matched by id: changed ones
    are updated, new ones added, missing ones retired (the counts say how
    many of each). Does not commit.
    """
    row = session.get(Deck, deck.id)
    new_deck = row is None
    if row is None:
        row = Deck(id=deck.id, title=deck.title, created=deck.created, path="")
        session.add(row)
    other_changes = [part for part, before, now in (("title", row.title, deck.title), ("date", row.created, deck.created))
                     if before != now]
    row.title, row.created = deck.title, deck.created
    row.path, row.fingerprint, row.imported_at = str(Path(deck_path).resolve()), fingerprint, utcnow()

    articles = {a.key: a for a in row.articles}
    articles_before = {a.key: (a.position, a.title, a.date, a.text, a.body_start) for a in row.articles}
    for position, ref in enumerate(deck.articles):
        article = articles.get(ref.id) or Article(key=ref.id)
        if article.key not in articles:
            row.articles.append(article)
        article.position, article.title, article.date, article.source = position, ref.title, ref.date, ref.origin
        article.text, article.body_start = _article_text(deck_path, ref)
        if not article.title and article.text:
            article.title = ref.id
    if any(articles_before.get(a.key) != (a.position, a.title, a.date, a.text, a.body_start) for a in row.articles):
        other_changes.append("articles")

    questions = {q.key: q for q in row.questions}
    added = updated = 0
    for position, question in enumerate(deck.questions):
        content = {
            "kind": question.kind, "prompt": question.prompt, "answer": question.answer,
            "accept": list(question.accept), "choices": list(question.choices),
            "sources": [_source_to_dict(s) for s in question.sources], "tags": list(question.tags),
        }
        existing = questions.pop(question.id, None)
        if existing is None:
            existing = Question(key=question.id)
            row.questions.append(existing)
            added += 1
        elif not existing.active or any(getattr(existing, name) != value for name, value in content.items()):
            updated += 1
        existing.position, existing.active = position, True
        for name, value in content.items():
            setattr(existing, name, value)
    retired = 0
    for gone in questions.values():
        if gone.active:
            gone.active = False
            retired += 1
    session.flush()
    return ImportResult(
        deck.id, added=added, updated=updated, retired=retired, new_deck=new_deck,
        other_changes=() if new_deck else tuple(other_changes),
    )


def _fingerprint(deck_path: Path, deck: model.Deck) -> str:
    """A hash of the deck file and its article files: a change to any of them means importing again."""
    digest = hashlib.sha256(deck_path.read_bytes())
    for ref in deck.articles:
        try:
            digest.update(article_bytes(article_location(deck_path, ref)))
        except ArticleError:
            digest.update(b"missing " + ref.id.encode())
    return digest.hexdigest()


def _article_text(deck_path: str | Path, ref: model.ArticleRef) -> tuple[str, int]:
    try:
        article = load_article(article_location(deck_path, ref), ref.id)
    except ArticleError as exc:
        log.warning("article %s of deck %s not stored: %s", ref.id, deck_path, exc)
        return "", 0
    return article.text, article.body_start


def _source_to_dict(source: model.Source) -> dict[str, Any]:
    return {"article": source.article, "sentence": source.sentence, "start": source.start, "end": source.end}


# --- queries -----------------------------------------------------------------


def all_decks(session: Session) -> Sequence[Deck]:
    """Every deck, by title."""
    return session.scalars(select(Deck).order_by(Deck.title)).all()


def deck_sizes(session: Session) -> dict[str, tuple[int, int]]:
    """Per deck id: (articles, active questions)."""
    articles = dict(session.execute(select(Article.deck_id, func.count()).group_by(Article.deck_id)).all())
    questions = dict(
        session.execute(select(Question.deck_id, func.count()).where(Question.active).group_by(Question.deck_id)).all()
    )
    return {deck_id: (articles.get(deck_id, 0), questions.get(deck_id, 0)) for deck_id in articles | questions}


def find_article(session: Session, deck_id: str, key: str) -> Article | None:
    return session.scalars(select(Article).where(Article.deck_id == deck_id, Article.key == key)).first()


def find_question(session: Session, deck_id: str, key: str) -> Question | None:
    return session.scalars(
        select(Question).where(Question.deck_id == deck_id, Question.key == key, Question.active)
    ).first()


_INSERT_ON_CONFLICT = {"postgresql": postgresql_insert, "sqlite": sqlite_insert}
"""The databases whose INSERT can skip a duplicate by itself (ON CONFLICT DO NOTHING)."""


def ensure_learner(session: Session, learner_id: str) -> None:
    """Create the learner with this id unless it exists. Does not commit.

    Safe when several first requests of a new learner arrive at once (a
    double click): the insert leaves an existing row alone instead of failing.
    """
    _insert_unless_present(session, Learner.__table__, {"id": learner_id, "created": utcnow()})


def _insert_unless_present(session: Session, table, values: dict[str, Any]) -> Any:
    """INSERT ``values`` into ``table``: the new row's primary key, or None when a row with one of the
    same unique keys exists (then nothing changes). Does not commit."""
    (key,) = table.primary_key.columns
    insert = _INSERT_ON_CONFLICT.get(session.get_bind().dialect.name)
    if insert is not None:
        return session.execute(insert(table).values(values).on_conflict_do_nothing().returning(key)).scalar()
    try:  # another database: a savepoint that a duplicate rolls back
        with session.begin_nested():
            return session.execute(insert_statement(table).values(values)).inserted_primary_key[0]
    except IntegrityError:
        return None


def new_learner_id() -> str:
    return secrets.token_urlsafe(18)


# quizzes


def start_quiz(
    session: Session, learner_id: str, deck: Deck, questions: Iterable[Question], mode: str, label: str,
    options: Iterable[list[str]] | None = None,
) -> Quiz:
    """A new quiz over ``questions`` in this order; ``options`` are the choices shown for each. Commits."""
    ensure_learner(session, learner_id)
    quiz = Quiz(learner_id=learner_id, deck_id=deck.id, mode=mode, label=label, started_at=utcnow())
    options = list(options) if options is not None else None
    for position, question in enumerate(questions):
        quiz.items.append(
            QuizItem(position=position, question_pk=question.pk, options=options[position] if options else [])
        )
    session.add(quiz)
    session.commit()
    return quiz


def learner_quiz(session: Session, quiz_id: int, learner_id: str) -> Quiz | None:
    """The learner's quiz with this id; None for another learner's quiz."""
    quiz = session.get(Quiz, quiz_id)
    return quiz if quiz is not None and quiz.learner_id == learner_id else None


def quiz_item(session: Session, quiz_id: int, position: int, learner_id: str) -> QuizItem | None:
    """The question at ``position`` (from 0) of the learner's quiz, with its question; None if there is none."""
    query = (
        select(QuizItem)
        .join(Quiz)
        .where(QuizItem.quiz_id == quiz_id, QuizItem.position == position, Quiz.learner_id == learner_id)
    )
    return session.scalars(query).first()


@dataclass(frozen=True)
class OpenQuestion:
    """A quiz question about to be answered: what checking and storing an answer needs."""

    item_id: int
    answered: bool
    options: list[str]  # the choices shown, in their order; none for a typed answer
    kind: str
    answer: str
    accept: tuple[str, ...]


# Answering is the busiest write of the app. It runs on a plain connection,
# without the ORM, reading only what grading needs, with statements built once.
_item, _quiz, _question = QuizItem.__table__.c, Quiz.__table__.c, Question.__table__.c
_OPEN_QUESTION = (
    select(_item.id, _item.answered_at, _item.options, _question.kind, _question.answer, _question.accept)
    .join(Quiz.__table__, _quiz.id == _item.quiz_id)
    .join(Question.__table__, _question.pk == _item.question_pk)
    .where(_item.quiz_id == bindparam("quiz"), _item.position == bindparam("position"),
           _quiz.learner_id == bindparam("learner"))
)
_ANSWER = (
    update(QuizItem.__table__)
    .where(_item.id == bindparam("item"), _item.answered_at.is_(None))
    .values(given=bindparam("new_given"), verdict=bindparam("new_verdict"), answered_at=bindparam("now"))
)


def open_question(connection: Connection, quiz_id: int, position: int, learner_id: str) -> OpenQuestion | None:
    """The question at ``position`` (from 0) of the learner's quiz, ready to be answered; None if there is none."""
    row = connection.execute(_OPEN_QUESTION, {"quiz": quiz_id, "position": position, "learner": learner_id}).first()
    if row is None:
        return None
    return OpenQuestion(row.id, row.answered_at is not None, row.options, row.kind, row.answer, tuple(row.accept))


def record_answer(connection: Connection, item_id: int, given: str, verdict: str) -> bool:
    """Store the answer to a quiz question. Commits.

    Only the first answer counts: a second one (a reload, a double click, the
    same form sent from two tabs at once) changes nothing and returns False.
    The quiz is finished when its last question has an answer (see ``Quiz.finished_at``).
    """
    values = {"item": item_id, "new_given": given, "new_verdict": verdict, "now": utcnow()}
    taken = connection.execute(_ANSWER, values).rowcount
    connection.commit()
    return bool(taken)


def unfinished_quizzes(session: Session, learner_id: str, deck_id: str | None = None) -> Sequence[Quiz]:
    """The learner's quizzes still in progress, newest first."""
    query = select(Quiz).where(Quiz.learner_id == learner_id, Quiz.finished_at.is_(None))
    if deck_id is not None:
        query = query.where(Quiz.deck_id == deck_id)
    return session.scalars(query.order_by(Quiz.started_at.desc(), Quiz.id.desc())).all()


def finished_quizzes(session: Session, learner_id: str, deck_id: str, limit: int = 5) -> Sequence[Quiz]:
    """The learner's last finished quizzes on a deck, newest first."""
    query = (
        select(Quiz)
        .where(Quiz.learner_id == learner_id, Quiz.deck_id == deck_id, Quiz.finished_at.is_not(None))
        .order_by(Quiz.finished_at.desc())
        .limit(limit)
    )
    return session.scalars(query).all()


def answered_items(session: Session, learner_id: str, deck_id: str | None = None) -> Sequence[QuizItem]:
    """Every answer the learner gave, oldest first."""
    query = (
        select(QuizItem)
        .join(Quiz)
        .where(Quiz.learner_id == learner_id, QuizItem.answered_at.is_not(None))
        .order_by(QuizItem.answered_at)
    )
    if deck_id is not None:
        query = query.where(Quiz.deck_id == deck_id)
    return session.scalars(query).all()


def questions_answered_right(session: Session, learner_id: str) -> dict[str, int]:
    """Per deck id, how many distinct questions the learner has answered right at least once."""
    query = (
        select(Quiz.deck_id, func.count(func.distinct(QuizItem.question_pk)))
        .join(Quiz)
        .join(Question, Question.pk == QuizItem.question_pk)
        .where(Quiz.learner_id == learner_id, QuizItem.verdict.in_((RIGHT, ALMOST)), Question.active)
        .group_by(Quiz.deck_id)
    )
    return {deck_id: count for deck_id, count in session.execute(query)}


# reviews


def review_cards(session: Session, learner_id: str, deck_id: str) -> dict[int, ReviewCard]:
    """The learner's review cards on a deck, by question pk."""
    query = (
        select(ReviewCard)
        .join(Question, Question.pk == ReviewCard.question_pk)
        .where(ReviewCard.learner_id == learner_id, Question.deck_id == deck_id, Question.active)
    )
    return {card.question_pk: card for card in session.scalars(query)}


def due_counts(session: Session, learner_id: str, now: dt.datetime) -> dict[str, tuple[int, int]]:
    """Per deck id: (cards due now, questions never reviewed)."""
    due = dict(
        session.execute(
            select(Question.deck_id, func.count())
            .select_from(ReviewCard)
            .join(Question, Question.pk == ReviewCard.question_pk)
            .where(ReviewCard.learner_id == learner_id, ReviewCard.due <= now, Question.active)
            .group_by(Question.deck_id)
        ).all()
    )
    seen = dict(
        session.execute(
            select(Question.deck_id, func.count())
            .select_from(ReviewCard)
            .join(Question, Question.pk == ReviewCard.question_pk)
            .where(ReviewCard.learner_id == learner_id, Question.active)
            .group_by(Question.deck_id)
        ).all()
    )
    total = dict(
        session.execute(select(Question.deck_id, func.count()).where(Question.active).group_by(Question.deck_id)).all()
    )
    return {deck_id: (due.get(deck_id, 0), count - seen.get(deck_id, 0)) for deck_id, count in total.items()}


def review_card(session: Session, learner_id: str, question_pk: int) -> ReviewCard | None:
    """The learner's review card of one question, or None if it was never rated."""
    return session.scalars(
        select(ReviewCard).where(ReviewCard.learner_id == learner_id, ReviewCard.question_pk == question_pk)
    ).first()


_card = ReviewCard.__table__.c


def save_review(
    session: Session, learner_id: str, question: Question, version: int,
    state: dict[str, Any], due: dt.datetime, rating: int,
) -> bool:
    """Store a card's new FSRS state after a rating, and log the rating. Commits.

    ``version`` is the card's review count (``reps``) when the rating was
    given, 0 for a new card: the rating is stored only if the card is still at
    that version, so the same rating sent twice (a double click, a resent
    form, two tabs) counts once. Returns False, storing nothing, for a rating
    that came too late.
    """
    ensure_learner(session, learner_id)
    if version == 0:
        card_id = _insert_unless_present(
            session, ReviewCard.__table__,
            {"learner_id": learner_id, "question_pk": question.pk, "state": state, "due": due, "reps": 1},
        )
    else:
        card_id = session.execute(
            update(ReviewCard.__table__)
            .where(_card.learner_id == learner_id, _card.question_pk == question.pk, _card.reps == version)
            .values(state=state, due=due, reps=version + 1)
            .returning(_card.id)
        ).scalar()
    if card_id is None:
        session.rollback()
        return False
    session.add(ReviewLog(card_id=card_id, rating=rating, reviewed_at=utcnow()))
    session.commit()
    return True


def review_logs(session: Session, learner_id: str) -> Sequence[tuple[ReviewLog, Question]]:
    """Every rating the learner gave, with its question, oldest first."""
    query = (
        select(ReviewLog, Question)
        .join(ReviewCard, ReviewCard.id == ReviewLog.card_id)
        .join(Question, Question.pk == ReviewCard.question_pk)
        .where(ReviewCard.learner_id == learner_id)
        .order_by(ReviewLog.reviewed_at)
    )
    return [(log, question) for log, question in session.execute(query)]
