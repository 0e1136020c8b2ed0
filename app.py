"""Start the quizgen web app: ``python app.py`` or ``flask --app app run``.

Serves http://127.0.0.1:5000 with a SQLite database under ``instance/``
(or ``DATABASE_URL``), after importing every deck in ``decks/``. Debug mode
only when ``FLASK_DEBUG=1``.
"""

import os

from quizgen.web import create_app

app = create_app()

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=os.environ.get("FLASK_DEBUG") == "1")
