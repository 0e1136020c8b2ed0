"""quizgen: fact quizzes and flashcards from news articles."""

__version__ = "0.1.0"
