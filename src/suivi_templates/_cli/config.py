"""Project settings for ``verifier``: ``[tool.suivi-templates]`` or ``.suivi-templates.toml``.

Like ruff and Vale, the nearest settings file above the current folder applies::

    [tool.suivi-templates]              # in pyproject.toml (or a .suivi-templates.toml
    ignorer = ["style.calque"]          # holding the same keys at top level)
    niveaux = { pushy = "warning", "style.too_long" = "off" }

``ignorer`` turns codes or families off; ``niveaux`` sets them to ``off``, ``warning`` or
``error``. The command line's ``--ignorer`` adds to ``ignorer``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from suivi_templates._cli.common import UsageError, decode, parse_data, read_bytes
from suivi_templates.checks import FAMILIES, Level, checks
from suivi_templates.errors import did_you_mean

__all__ = ["Settings", "find_settings", "known_codes", "load_settings"]

_KEYS = ("ignorer", "niveaux")
_LEVELS = ("off", "warning", "error")


@dataclass(frozen=True)
class Settings:
    """Levels per code or family, and the file they come from (None: defaults)."""

    levels: Mapping[str, Level] = field(default_factory=dict)
    source: Path | None = None


def known_codes() -> tuple[str, ...]:
    """Every family and every check code, as ``config`` accepts them."""
    return (*FAMILIES, *(item.code for item in checks()))


def check_code(code: str, where: str) -> str:
    """``code`` if the registry knows it, else a French error with the nearest code."""
    known = known_codes()
    if code not in known:
        raise UsageError(
            f"{where} : code de vérification inconnu {code!r}.{did_you_mean(code, known)}"
        )
    return code


def find_settings(start: Path) -> Path | None:
    """The nearest ``.suivi-templates.toml``, or ``pyproject.toml`` with our table."""
    for folder in (start, *start.parents):
        own = folder / ".suivi-templates.toml"
        if own.is_file():
            return own
        project = folder / "pyproject.toml"
        if project.is_file() and b"[tool.suivi-templates" in read_bytes(project, "pyproject.toml"):
            return project
    return None


def _table(path: Path) -> Mapping[str, Any]:
    data = parse_data(decode(read_bytes(path, "fichier de réglages"), path), path, toml=True)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("suivi-templates", {})
    if not isinstance(data, dict):
        raise UsageError(f"{path} : [tool.suivi-templates] doit être une table")
    return cast(Mapping[str, Any], data)


def load_settings(path: Path | None, ignored: list[str]) -> Settings:
    """The settings of ``path`` (if any), with the codes of ``--ignorer`` switched off."""
    levels: dict[str, Level] = {}
    if path is not None:
        table = _table(path)
        for key in table:
            if key not in _KEYS:
                hint = did_you_mean(key, _KEYS)
                raise UsageError(
                    f"{path} : réglage inconnu {key!r} (connus : ignorer, niveaux).{hint}"
                )
        ignore = table.get("ignorer", [])
        if not isinstance(ignore, list) or not all(isinstance(c, str) for c in ignore):
            raise UsageError(f'{path} : ignorer doit être une liste de codes, p. ex. ["style"]')
        for code in ignore:
            levels[check_code(code, f"{path}, ignorer")] = "off"
        chosen = table.get("niveaux", {})
        if not isinstance(chosen, dict):
            raise UsageError(
                f'{path} : niveaux doit être une table, p. ex. {{ pushy = "warning" }}'
            )
        for code, level in chosen.items():
            check_code(code, f"{path}, niveaux")
            if level not in _LEVELS:
                raise UsageError(
                    f"{path}, niveaux.{code} : niveau {level!r} inconnu ; utilisez "
                    '"off", "warning" ou "error"'
                )
            levels[code] = level
    for code in ignored:
        levels[check_code(code, "--ignorer")] = "off"
    return Settings(levels=levels, source=path)
