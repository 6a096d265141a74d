"""The debrief's context file: TOML written with tomli-w, checked, then moved into place.

The file is written only once every answer is in and the context validates; the text is
read back with :mod:`tomllib` and must give the same context before it is written, by
:func:`~suivi_templates.output.write_file` (atomically: the whole file or nothing).

>>> import suivi_templates as st
>>> text = context_toml(st.InterviewContext.model_validate(st.EXAMPLE_CONTEXT))
>>> print(text.splitlines()[2])
locale = "fr_CA"
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from suivi_templates.errors import DebriefFileProblem, SuiviError
from suivi_templates.models import InterviewContext
from suivi_templates.output import write_file

__all__ = ["check_output", "context_toml", "read_answers", "save"]

_HEADER = (
    "# Contexte d’entrevue écrit par « suivi-templates debrief ».\n"
    "# Pour le relire ou le compléter : suivi-templates debrief --reprendre {name}\n"
)


def _without_empties(value: Any) -> Any:
    """TOML has no null: drop None, and the empty lists and tables they leave behind."""
    if isinstance(value, dict):
        kept = {key: _without_empties(item) for key, item in value.items()}
        return {key: item for key, item in kept.items() if item not in (None, [], {})}
    if isinstance(value, list):
        return [_without_empties(item) for item in value]
    return value


def context_toml(context: InterviewContext, name: str = "contexte.toml") -> str:
    """The context as TOML text, without the defaults, that reads back as the same context."""
    import tomli_w  # imported here: `import suivi_templates` stays light

    data = _without_empties(context.model_dump(mode="python", exclude_defaults=True))
    text = _HEADER.format(name=name) + tomli_w.dumps(data)
    if InterviewContext.model_validate(tomllib.loads(text)) != context:  # pragma: no cover
        raise AssertionError("the TOML text does not read back as the same context")
    return text


def read_answers(path: Path) -> dict[str, Any]:
    """An existing context file's data, valid or not (its answers become the defaults)."""
    if path.suffix.lower() != ".toml":
        raise DebriefFileProblem(
            f"--reprendre {path} : le débriefing relit un fichier .toml qu’il a écrit"
        )
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DebriefFileProblem(f"fichier à reprendre introuvable : {path}") from None
    except UnicodeDecodeError:
        raise DebriefFileProblem(f"{path} n’est pas un texte en UTF-8") from None
    except tomllib.TOMLDecodeError as error:
        raise DebriefFileProblem(f"{path} n’est pas un TOML valide : {error}") from None
    except OSError as error:
        raise DebriefFileProblem(f"impossible de lire {path} : {error.strerror}") from None


def check_output(path: Path, *, may_replace: bool) -> None:
    """Refuse, before any question, an output that could not be written."""
    if path.suffix.lower() != ".toml":
        raise DebriefFileProblem(f"--sortie {path} : utilisez l’extension .toml")
    if not may_replace and path.exists():
        raise DebriefFileProblem(
            f"Le fichier {path} existe déjà : pour le relire et le modifier, lancez "
            f"suivi-templates debrief --reprendre {path} ; sinon, choisissez un autre nom "
            "avec --sortie."
        )
    if not path.parent.is_dir():
        raise DebriefFileProblem(f"le dossier {path.parent} n’existe pas : créez-le d’abord")


def save(context: InterviewContext, path: Path, *, may_replace: bool) -> Path:
    """Write the context to ``path`` atomically; replace a file only when resuming it."""
    data = context_toml(context, path.name).encode("utf-8")
    try:
        return write_file(path, data, overwrite=may_replace)
    except SuiviError:
        raise
    except OSError as error:
        raise DebriefFileProblem(f"impossible d’écrire {path} : {error.strerror}") from None
