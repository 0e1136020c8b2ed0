"""The package as pip installs it: the same dependencies as requirements.txt, and a ``quizgen`` command."""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def requirement_lines(path: Path) -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("-")]


def test_pyproject_dependencies_are_requirements_txt():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["dependencies"] == requirement_lines(ROOT / "requirements.txt")


def test_the_quizgen_command_runs_the_command_line(capsys):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    module, function = project["scripts"]["quizgen"].split(":")
    main = getattr(importlib.import_module(module), function)
    assert main(["check", str(ROOT / "tests" / "data" / "sample" / "decks" / "sample.yaml")]) == 0
    assert capsys.readouterr().out.endswith("ok, 4 questions (1 who_met, 1 when, 1 amount, 1 role) from 2 articles\n")
