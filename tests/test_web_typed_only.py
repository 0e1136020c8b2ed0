"""A question without options (its deck found no three wrong answers of its kind) is asked typed, even in a multiple-choice quiz."""

import shutil
from pathlib import Path

import pytest
import yaml
from conftest import SAMPLE


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The sample project with the amount question's options removed, as the generator leaves such a question."""
    root = tmp_path / "project"
    shutil.copytree(SAMPLE, root)
    path = root / "decks" / "sample.yaml"
    deck = yaml.safe_load(path.read_text(encoding="utf-8"))
    for question in deck["questions"]:
        if question["kind"] == "amount":
            del question["choices"]
    path.write_text(yaml.safe_dump(deck, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return root


def test_a_question_without_options_asks_for_a_typed_answer_in_a_choice_quiz(client, post, start_quiz):
    quiz_id = start_quiz("choice", kind="amount")
    page = client.get(f"/quiz/{quiz_id}/q/1").get_data(as_text=True)
    assert 'name="choice"' not in page
    assert 'name="answer"' in page
    response = post(f"/quiz/{quiz_id}/q/1", {"answer": "$2.5 billion"}, follow_redirects=True)
    assert "Right!" in response.get_data(as_text=True)
