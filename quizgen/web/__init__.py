"""The web app: deck library, quizzes, reviews, articles and stats in a browser.

``create_app`` builds the app: configuration from the environment, the
database (tables created, decks in the decks folder imported), CSRF
protection and one blueprint per area of the site.
"""

from __future__ import annotations

from pathlib import Path

from flask import Flask, request
from flask_wtf.csrf import CSRFProtect

from quizgen.web import articles, db, errors, library, quiz, review, stats
from quizgen.web.config import PROJECT_ROOT, instance_folder, instance_secret_key, settings_from_environment
from quizgen.web.highlight import highlight_answer
from quizgen.web.learner import current_learner_id
from quizgen.web.routing import CONVERTERS
from quizgen.web.text import duration_text, kind_label

csrf = CSRFProtect()

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'"
)
"""Everything comes from the app itself (no CDN); inline style attributes draw the progress bars."""


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app; ``test_config`` overrides settings read from the environment."""
    app = Flask(
        __name__,
        instance_path=str(instance_folder()),
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
    )
    app.config.from_mapping(settings_from_environment(Path(app.instance_path)))
    if test_config:
        app.config.from_mapping(test_config)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = instance_secret_key(Path(app.instance_path))

    app.url_map.converters.update(CONVERTERS)
    csrf.init_app(app)
    db.init_app(app)
    for blueprint in (library.bp, quiz.bp, review.bp, articles.bp, stats.bp, errors.bp):
        app.register_blueprint(blueprint)

    app.jinja_env.filters.update(highlight=highlight_answer, duration=duration_text, kind_label=kind_label)

    @app.before_request
    def identify_learner() -> None:
        if request.endpoint != "static":
            current_learner_id()

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        return response

    with app.app_context():
        for line in db.import_decks(app.config["QUIZGEN_DECKS"]):
            app.logger.info(line)
    # connections opened during start-up must not be shared by forked workers
    app.extensions["quizgen.engine"].dispose()
    return app

