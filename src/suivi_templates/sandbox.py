"""The sandbox an app's own templates run in: what they may call, read and spend.

An app's template folder is untrusted code. On top of Jinja2's immutable sandbox (no
``_``-names, no mutation), templates here:

- call only the library's helpers and filters, Jinja2's own macros, loops and globals, and
  a short list of harmless text, date and dict methods (see :data:`SAFE_METHODS`); every
  other callable is refused, whatever object it hangs from;
- read files only inside their folder, resolving symbolic links (:class:`FolderLoader`);
- spend bounded work (:class:`TemplateLimits`): range length, loop steps and calls, call
  depth, text built, text written, number size, file size, time.

A template that goes beyond raises :class:`LimitExceeded`, which rendering turns into a
:class:`~suivi_templates.errors.TemplateProblem` naming the file and the line.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.exceptions import SecurityError, TemplateNotFound, TemplateRuntimeError
from jinja2.loaders import split_template_path
from jinja2.runtime import BlockReference, Context, LoopContext, Macro
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Cycler, Joiner, Namespace, generate_lorem_ipsum
from jinja2.visitor import NodeTransformer

from suivi_templates.errors import TemplateProblem
from suivi_templates.template_data import Record, missing_field

__all__ = [
    "SAFE_FILTERS",
    "SAFE_METHODS",
    "BoundedSandbox",
    "FolderLoader",
    "Helper",
    "LimitExceeded",
    "TemplateLimits",
    "budget",
]


@dataclass(frozen=True)
class TemplateLimits:
    """How much work an app's template may do in one render; ``render(..., limits=…)``.

    The defaults leave a hundred times the room the library's own templates need.
    """

    max_range: int = 10_000
    """Length of a ``range(…)``, and of a list or text repeated with ``*``."""
    max_steps: int = 100_000
    """Loop turns plus calls (macros, helpers, methods) in one render."""
    max_depth: int = 40
    """Macro calls nested inside each other (a recursive macro stops here)."""
    max_text: int = 100_000
    """Characters of one text built by ``~``, ``+``, ``*``, ``%``, ``join`` or ``replace``."""
    max_output: int = 1_000_000
    """Characters written in total, including what ``{% set %}`` blocks and macros capture."""
    max_number_bits: int = 4_096
    """Size of a whole number computed by ``*`` or ``**`` (4,096 bits: about 1,200 digits)."""
    max_template_bytes: int = 256_000
    """Size of one template file."""
    max_seconds: float = 5.0
    """Wall-clock time of one render, a last resort behind the limits above."""


class LimitExceeded(TemplateRuntimeError):
    """A template went beyond one of its :class:`TemplateLimits`."""


class _Budget:
    """The work left to the render under way."""

    def __init__(self, limits: TemplateLimits) -> None:
        self.limits = limits
        self.steps = 0
        self.depth = 0
        self.written = 0
        self.deadline = time.monotonic() + limits.max_seconds

    def step(self) -> None:
        self.steps += 1
        if self.steps > self.limits.max_steps:
            raise LimitExceeded(
                f"plus de {self.limits.max_steps} tours de boucle et appels (max_steps)"
            )
        if time.monotonic() > self.deadline:
            raise LimitExceeded(f"rendu plus long que {self.limits.max_seconds} s (max_seconds)")

    def write(self, count: int) -> None:
        self.written += count
        if self.written > self.limits.max_output:
            raise LimitExceeded(f"plus de {self.limits.max_output} caractères écrits (max_output)")

    @contextmanager
    def deeper(self) -> Iterator[None]:
        self.depth += 1
        try:
            if self.depth > self.limits.max_depth:
                raise LimitExceeded(
                    f"plus de {self.limits.max_depth} appels de macros imbriqués (max_depth) : "
                    "une macro qui s’appelle elle-même sans fin ?"
                )
            yield
        finally:
            self.depth -= 1


_CURRENT: ContextVar[_Budget | None] = ContextVar("suivi_templates_budget", default=None)


@contextmanager
def budget(limits: TemplateLimits) -> Iterator[None]:
    """Account the work of one render against ``limits``."""
    token = _CURRENT.set(_Budget(limits))
    try:
        yield
    finally:
        _CURRENT.reset(token)


class Helper:
    """One of the library's functions offered to templates; the sandbox calls only these."""

    __slots__ = ("_function",)

    def __init__(self, function: Callable[..., Any]) -> None:
        self._function = function

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Call the library's function."""
        return self._function(*args, **kwargs)


SAFE_METHODS: Mapping[type, frozenset[str]] = {
    # Each returns a result no bigger than its object: no padding, joining or replacing.
    str: frozenset(
        "capitalize casefold count endswith find index isalnum isalpha isascii isdecimal "
        "isdigit islower isnumeric isspace istitle isupper lower lstrip partition removeprefix "
        "removesuffix rfind rindex rpartition rsplit rstrip split splitlines startswith strip "
        "swapcase title upper".split()
    ),
    dict: frozenset({"get", "items", "keys", "values"}),
    list: frozenset({"count", "index"}),
    date: frozenset({"isoformat", "isoweekday", "weekday"}),
    LoopContext: frozenset({"changed", "cycle"}),
    Cycler: frozenset({"next", "reset"}),
}
"""The methods a template may call, by the type of their object."""

SAFE_FILTERS = frozenset(
    # Jinja2's filters whose result grows at most linearly with their input; ``join`` and
    # ``replace`` are kept with a bound on their result (center, indent, format, batch,
    # slice, wordwrap, pprint, tojson, urlize, xmlattr… are not offered).
    "abs attr capitalize count d default dictsort e escape first float forceescape groupby "
    "int items join last length list lower map max min reject rejectattr replace reverse "
    "round safe select selectattr sort string striptags sum title trim truncate unique upper "
    "urlencode wordcount".split()
)

_CALLABLE_TYPES = (Helper, Macro, BlockReference, LoopContext, Joiner)
# %-formatting with a width or precision of 10,000 or more, or given by an argument (*).
_WIDE_FORMAT = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(?:\*|\d{5,})|%[^%a-z]*\.(?:\*|\d{5,})")


def _limits() -> TemplateLimits | None:
    current = _CURRENT.get()
    return None if current is None else current.limits


def _check_text(value: Any) -> Any:
    limits = _limits()
    sized = isinstance(value, str | list | tuple)
    if limits is not None and sized and len(value) > limits.max_text:
        raise LimitExceeded(f"texte ou liste de plus de {limits.max_text} éléments (max_text)")
    return value


def _check_bits(bits: int) -> None:
    limits = _limits()
    if limits is not None and bits > limits.max_number_bits:
        raise LimitExceeded(
            f"nombre de plus de {limits.max_number_bits} bits (max_number_bits) ; "
            "un gabarit n’a pas besoin de si grands nombres"
        )


def _check_repeat(sequence: str | list[Any] | tuple[Any, ...], times: int) -> None:
    limits = _limits()
    if limits is not None and len(sequence) * max(times, 0) > limits.max_text:
        raise LimitExceeded(f"texte ou liste de plus de {limits.max_text} éléments (max_text)")


@jinja2.pass_context  # never folded at compile time: the work happens at render time
def _steps(context: Context, iterable: Iterable[Any]) -> Iterator[Any]:
    current = _CURRENT.get()
    for item in iterable:
        if current is not None:
            current.step()
        yield item


@jinja2.pass_context
def _written(context: Context, count: int) -> str:
    current = _CURRENT.get()
    if current is not None:
        current.write(count)
    return ""


@jinja2.pass_context
def _sized(context: Context, value: Any) -> Any:
    return _check_text(value)


@jinja2.pass_context  # also keeps Jinja2 from writing constant expressions at compile time
def _finalize(context: Context, value: Any) -> str:
    text = str(value)
    current = _CURRENT.get()
    if current is not None:
        current.write(len(text))
    return text


def _bounded_range(*args: int) -> range:
    numbers = range(*args)
    limits = _limits()
    if limits is not None and numbers.start + limits.max_range * numbers.step in numbers:
        # (len() itself overflows past sys.maxsize)
        raise LimitExceeded(f"range de plus de {limits.max_range} nombres (max_range)")
    return numbers


def _bounded_lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
    if not (0 <= n <= 20 and 0 < min <= max <= 100):
        raise LimitExceeded("lipsum : 20 paragraphes de 100 mots au plus")
    return generate_lorem_ipsum(n, html, min, max)


def _bounded_join(value: Iterable[Any], separator: str = "", attribute: Any = None) -> str:
    items = [str(item) for item in _check_text(list(value))]
    if attribute is not None:
        raise SecurityError("join(attribute=…) n’est pas permis ; utilisez map(attribute=…)")
    limits = _limits()
    size = sum(map(len, items)) + len(separator) * max(len(items) - 1, 0)
    if limits is not None and size > limits.max_text:
        raise LimitExceeded(f"texte de plus de {limits.max_text} caractères (max_text)")
    return separator.join(items)


def _bounded_replace(value: Any, old: str, new: str, count: int | None = None) -> str:
    text, old, new = str(value), str(old), str(new)
    found = text.count(old) if old else len(text) + 1
    if count is not None and count >= 0:
        found = min(found, count)
    limits = _limits()
    if limits is not None and len(text) + found * (len(new) - len(old)) > limits.max_text:
        raise LimitExceeded(f"texte de plus de {limits.max_text} caractères (max_text)")
    return text.replace(old, new, -1 if count is None else count)


class _Accounting(NodeTransformer):
    """Rewrite a parsed template so that its loops, text building and output are counted."""

    def visit_For(self, node: nodes.For) -> nodes.Node:  # noqa: N802  (Jinja2's visitor names)
        """Count each turn of a loop."""
        self.generic_visit(node)
        assert isinstance(node.iter, nodes.Expr)
        node.iter = _filter(node.iter, "_suivi_steps")
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:  # noqa: N802
        """Bound the text that ``~`` builds."""
        self.generic_visit(node)
        return _filter(node, "_suivi_sized")

    def visit_Output(self, node: nodes.Output) -> nodes.Node:  # noqa: N802
        """Count the template's own text as it is written."""
        self.generic_visit(node)
        literal = sum(len(n.data) for n in node.nodes if isinstance(n, nodes.TemplateData))
        if literal:
            node.nodes.insert(0, _filter(nodes.Const(literal), "_suivi_written"))
        return node


def _filter(node: nodes.Expr, name: str) -> nodes.Filter:
    return nodes.Filter(node, name, [], [], None, None, lineno=node.lineno)


def _private(obj: Any, name: str) -> SecurityError:
    return SecurityError(f"attribut privé {name!r} de {type(obj).__name__!r}")


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """Jinja2's immutable sandbox, with an allow-list of callables and bounded work."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, limits: TemplateLimits, **options: Any) -> None:
        super().__init__(finalize=_finalize, **options)
        self.limits = limits
        self.filters = {name: f for name, f in self.filters.items() if name in SAFE_FILTERS}
        self.filters.update(
            join=_bounded_join,
            replace=_bounded_replace,
            _suivi_steps=_steps,
            _suivi_sized=_sized,
            _suivi_written=_written,
        )
        self.globals.update(range=_bounded_range, lipsum=_bounded_lipsum)
        self._safe_globals = (_bounded_range, _bounded_lipsum, Cycler, Joiner, Namespace, dict)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        accounted = _Accounting().visit(tree)
        assert isinstance(accounted, nodes.Template)
        return accounted

    def getattr(self, obj: Any, attribute: str) -> Any:
        """``obj.attribute``, refusing private names."""
        # A private name is refused at once, even where it does not exist, so that probing
        # for one reads as the attempt it is, not as a typo.
        if attribute.startswith("_"):
            raise _private(obj, attribute)
        if isinstance(obj, Record) and attribute not in obj:
            return self.undefined(missing_field(obj, attribute), obj=obj, name=attribute)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        """``obj[argument]``, refusing private names."""
        if isinstance(argument, str) and argument.startswith("_"):
            raise _private(obj, argument)
        return super().getitem(obj, argument)

    def is_safe_callable(self, obj: Any) -> bool:
        """Whether ``obj`` is on the allow-list; everything else is refused."""
        if isinstance(obj, _CALLABLE_TYPES) or any(obj is g for g in self._safe_globals):
            return True
        owner = getattr(obj, "__self__", None)
        name = getattr(obj, "__name__", None)
        return any(
            isinstance(owner, kind) and name in methods for kind, methods in SAFE_METHODS.items()
        )

    def call(
        __self,  # noqa: N805  (the names of the overridden method, which passes keywords on)
        __context: Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        """Call an allowed callable, counting the step and the depth of macro calls."""
        if isinstance(__obj, jinja2.Undefined):
            __obj()  # raises its own error: unknown name, or unsafe attribute
        if not __self.is_safe_callable(__obj):
            name = getattr(__obj, "__name__", type(__obj).__name__)
            raise SecurityError(
                f"{name!r} n’est pas une fonction permise ; un gabarit n’appelle que les "
                "fonctions et filtres de la bibliothèque, ses macros et quelques méthodes de texte"
            )
        current = _CURRENT.get()
        if current is None:
            return __context.call(__obj, *args, **kwargs)
        current.step()
        if isinstance(__obj, Macro | LoopContext | BlockReference):
            if isinstance(__obj, LoopContext) and args:  # a recursive loop's next level
                args = (_steps(__context, args[0]), *args[1:])
            with current.deeper():
                return __context.call(__obj, *args, **kwargs)
        return __context.call(__obj, *args, **kwargs)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        """``*``, ``**``, ``+`` and ``%``, refused when their result would be too big."""
        if operator == "**" and isinstance(left, int) and isinstance(right, int):
            if abs(left) > 1 and right > 0:
                _check_bits(left.bit_length() * right)
        elif operator == "*":
            if isinstance(left, int) and isinstance(right, int):
                _check_bits(left.bit_length() + right.bit_length())
            elif isinstance(left, str | list | tuple) and isinstance(right, int):
                _check_repeat(left, right)
            elif isinstance(right, str | list | tuple) and isinstance(left, int):
                _check_repeat(right, left)
        elif operator == "%" and isinstance(left, str) and _WIDE_FORMAT.search(left):
            raise LimitExceeded("largeur de formatage de plus de 9 999 caractères (max_text)")
        result = super().call_binop(context, operator, left, right)
        return _check_text(result) if operator in {"+", "%"} else result


class FolderLoader(jinja2.BaseLoader):
    """Templates of one folder, read as UTF-8, never from outside it (links are resolved)."""

    def __init__(self, folder: Path, limits: TemplateLimits) -> None:
        self.folder = folder.resolve()
        self.limits = limits

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        """The text of ``template``, its file, and whether that file is unchanged since."""
        path = self.folder.joinpath(*split_template_path(template))
        if not (path.exists() or path.is_symlink()):
            raise TemplateNotFound(template)
        real = self._inside(path, template)
        if not real.is_file():
            raise TemplateProblem("ce n’est pas un fichier", template=template, path=str(path))
        data = self._read(real, template, path)
        try:
            source = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise TemplateProblem(
                f"le fichier n’est pas en UTF-8 (octet {data[error.start]:#04x}) ; "
                "réenregistrez-le en UTF-8",
                template=template,
                line=data.count(b"\n", 0, error.start) + 1,
                path=str(path),
            ) from None
        modified = real.stat().st_mtime

        def uptodate() -> bool:
            try:
                return real.stat().st_mtime == modified
            except OSError:
                return False

        return source, str(path), uptodate

    def _inside(self, path: Path, template: str) -> Path:
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):
            raise TemplateProblem(
                "lien symbolique cassé ou en boucle ; corrigez-le ou retirez-le",
                template=template,
                path=str(path),
            ) from None
        if not real.is_relative_to(self.folder):
            raise TemplateProblem(
                f"le fichier mène hors du dossier de gabarits (vers {real}) par un lien "
                "symbolique ; un gabarit ne lit que les fichiers de son dossier",
                template=template,
                path=str(path),
            )
        return real

    def _read(self, real: Path, template: str, path: Path) -> bytes:
        with real.open("rb") as stream:
            data = stream.read(self.limits.max_template_bytes + 1)
        if len(data) > self.limits.max_template_bytes:
            raise TemplateProblem(
                f"fichier de plus de {self.limits.max_template_bytes} octets (max_template_bytes)",
                template=template,
                path=str(path),
            )
        return data

    def kinds(self, locale: str, suffix: str) -> set[str]:
        """The kinds this folder adds for ``locale``: its files, not those of subfolders."""
        folder = self.folder / locale
        if not folder.is_dir():
            return set()
        return {
            entry.name.removesuffix(suffix)
            for entry in folder.iterdir()
            if entry.name.endswith(suffix) and not entry.name.startswith("_")
        }
