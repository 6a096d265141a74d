"""Writing files for the caller: atomically, and never over an existing file unless asked.

A draft holds personal data, so a file is written only where the caller asks, in full or
not at all: the bytes go to a temporary file in the same folder, which is then moved into
place. A crash leaves either the old file or the new one, never half of one, and no
temporary file behind.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> write_file(folder / "note.txt", "Merci\\u00a0!".encode()).name
'note.txt'
>>> write_file(folder / "note.txt", b"autre")
Traceback (most recent call last):
  ...
suivi_templates.errors.OutputExists: Le fichier ... existe déjà : ...
>>> import shutil; shutil.rmtree(folder)
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from suivi_templates.errors import OutputExists

__all__ = ["write_file"]


def write_file(path: str | os.PathLike[str], data: bytes, *, overwrite: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically and return the path.

    The file is readable by its owner only (it holds personal data). Without
    ``overwrite``, an existing file is left untouched and :class:`OutputExists` is raised,
    even if another process creates the file meanwhile.

    Raises:
        OutputExists: ``path`` exists and ``overwrite`` is false.
        OSError: the folder does not exist or cannot be written.

    """
    target = Path(path)
    descriptor, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if overwrite:
            os.replace(temporary, target)
        else:
            _move_if_absent(Path(temporary), target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    return target


def _move_if_absent(temporary: Path, target: Path) -> None:
    """Put ``temporary`` at ``target`` unless ``target`` exists, without a race."""
    try:
        # A hard link fails if the target exists, atomically; the temporary name is then
        # removed by the caller.
        os.link(temporary, target)
    except FileExistsError:
        raise OutputExists(str(target)) from None
    except OSError:
        # A file system without hard links (some network or FAT drives): claim the name
        # with O_EXCL, which fails if the file exists or another writer claimed it first,
        # then move the written file over our own empty claim.
        _claim(target)
        try:
            os.replace(temporary, target)
        except BaseException:
            target.unlink(missing_ok=True)
            raise


def _claim(target: Path) -> None:
    try:
        descriptor = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        raise OutputExists(str(target)) from None
    os.close(descriptor)
