"""Error pages: bad requests, missing pages and server errors as proper pages, never a traceback."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

bp = Blueprint("errors", __name__)

_TITLES = {
    400: "Bad request",
    404: "Page not found",
    405: "Method not allowed",
    413: "Request too large",
    500: "Something went wrong",
}


@bp.app_errorhandler(CSRFError)
def csrf_error(error: CSRFError):
    message = "The form had expired or was not sent by this site. Go back, reload the page and try again."
    return render_template("error.html", code=400, title="Form expired", message=message), 400


@bp.app_errorhandler(HTTPException)
def http_error(error: HTTPException):
    code = error.code or 500
    title = _TITLES.get(code, error.name)
    return render_template("error.html", code=code, title=title, message=error.description), code


@bp.app_errorhandler(InternalServerError)
def server_error(error: InternalServerError):
    message = error.description
    if message == InternalServerError.description:
        message = "The server could not finish this request. Your progress so far is saved; try again."
    return render_template("error.html", code=500, title=_TITLES[500], message=message), 500
