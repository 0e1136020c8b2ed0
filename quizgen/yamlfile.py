"""Reading YAML that people edit by hand: the safe loader, bounded, and a one-line error for anything it cannot read.

PyYAML's safe loader builds nested nodes by recursion and converts dates and
numbers as it reads them, so a few hundred nested brackets, an impossible
date (``2021-13-45``) or a 5,000-digit number stop it with a Python error
rather than a YAML one. Here nesting is bounded, and a value the loader cannot
convert is kept as the text it was written as, for the caller's validation to
report at its key.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError

MAX_DEPTH = 20
"""Nesting deeper than this is refused; a deck is five levels deep."""


class YamlError(ValueError):
    """Text that is not YAML this loader reads; ``line`` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


def read_yaml(text: str) -> tuple[yaml.Node | None, Any]:
    """Parse ``text``: its node tree (for line numbers) and its data. Raise ``YamlError`` for anything else."""
    loader = _BoundedLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise YamlError(_one_line(exc.problem or exc.context or "unreadable"), mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:  # the reader's errors: a character YAML does not allow
        raise YamlError(_one_line(str(exc))) from None
    except RecursionError:
        raise YamlError(f"nested deeper than {MAX_DEPTH} levels") from None
    finally:
        loader.dispose()
    return node, data


def _one_line(message: str) -> str:
    return " ".join(message.split())


class _BoundedLoader(yaml.SafeLoader):
    """The safe loader, with nesting bounded, no merge keys, and unconvertible scalars kept as text."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise ComposerError(None, None, f"nested deeper than {MAX_DEPTH} levels", mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def flatten_mapping(self, node):
        # A chain of merges ("<<: [*a, *a]") grows exponentially; no deck needs one.
        for key_node, _value in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise ConstructorError(None, None, "merge keys (<<) are not supported here", key_node.start_mark)
        super().flatten_mapping(node)


def _kept_as_text(construct):
    def construct_or_text(loader: _BoundedLoader, node: yaml.ScalarNode):
        try:
            return construct(loader, node)
        except (ValueError, OverflowError, KeyError, AttributeError, TypeError):
            return loader.construct_scalar(node)

    return construct_or_text


for _tag in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp"):
    _BoundedLoader.add_constructor(_tag, _kept_as_text(yaml.SafeLoader.yaml_constructors[_tag]))
