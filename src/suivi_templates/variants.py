"""The ``{% variante %}`` tag: a template slot written in several phrasings, one chosen.

A copywriter writes the phrasings one after the other, separated by ``{% ou %}``; the tag
counts them itself, so adding or removing one never needs a number changed elsewhere::

    {% variante "merci" %}
    Merci pour notre entrevue.
    {% ou %}
    Je vous remercie de m’avoir reçue.
    {% finvariante %}

The choice comes from the template's ``pick(slot, count)``: the same context always gets
the same phrasing, and two people get different ones (see ``rendering._picker``).
"""

from __future__ import annotations

from jinja2 import nodes
from jinja2.ext import Extension
from jinja2.parser import Parser

__all__ = ["VariantExtension"]


class VariantExtension(Extension):
    """``{% variante "slot" %} a {% ou %} b {% finvariante %}`` → ``a`` or ``b``."""

    tags = frozenset({"variante"})  # type: ignore[assignment]

    def parse(self, parser: Parser) -> nodes.Node:
        """Read the branches, then build ``if pick(slot, n) == 0 … elif … else``."""
        lineno = next(parser.stream).lineno
        slot = parser.parse_expression()
        branches: list[list[nodes.Node]] = []
        while True:
            branches.append(parser.parse_statements(("name:ou", "name:finvariante")))
            if next(parser.stream).value == "finvariante":
                break
        if len(branches) == 1:
            return nodes.Scope(branches[0], lineno=lineno)
        choice = nodes.Call(
            nodes.Name("pick", "load"), [slot, nodes.Const(len(branches))], [], None, None
        )
        chosen = nodes.Name("__variante", "store")
        tests = [
            nodes.Compare(nodes.Name("__variante", "load"), [nodes.Operand("eq", nodes.Const(i))])
            for i in range(len(branches) - 1)
        ]
        elifs = [
            nodes.If(test, body, [], [], lineno=lineno)
            for test, body in zip(tests[1:], branches[1:-1], strict=True)
        ]
        return nodes.Scope(
            [
                nodes.Assign(chosen, choice, lineno=lineno),
                nodes.If(tests[0], branches[0], elifs, branches[-1], lineno=lineno),
            ],
            lineno=lineno,
        )
