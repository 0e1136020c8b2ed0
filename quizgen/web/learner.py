"""Each browser is its own learner: a random id kept in Flask's signed session cookie."""

from __future__ import annotations

import re

from flask import session

from quizgen.store import new_learner_id

_VALID_ID = re.compile(r"[A-Za-z0-9_-]{16,64}")


def current_learner_id() -> str:
    """The learner id of this browser, created (and the cookie set) on its first visit."""
    learner = session.get("learner")
    if not isinstance(learner, str) or not _VALID_ID.fullmatch(learner):
        learner = new_learner_id()
        session["learner"] = learner
        session.permanent = True
    return learner
