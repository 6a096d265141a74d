"""The templates ship inside the wheel: build it, install it in a fresh venv, render."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
import suivi_templates as st
from pathlib import Path
assert "site-packages" in st.__file__, st.__file__
for locale, data in st.EXAMPLES.items():
    ctx = st.InterviewContext.model_validate(data)
    for kind in st.KINDS:
        draft = st.render(kind, ctx)
        assert draft.report.passed and draft.body
print("templates:", Path(st.__file__).parent / "templates")
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("suivi_templates-*.whl")
    return built


def test_wheel_contains_the_templates_of_both_locales(wheel: Path) -> None:
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    for locale in ("fr_CA", "fr_FR"):
        for kind in ("thank_you", "reminder", "phone_script", "voicemail"):
            assert f"suivi_templates/templates/{locale}/{kind}.j2" in names
    assert "suivi_templates/py.typed" in names


def test_installed_wheel_renders_every_kind_and_locale(wheel: Path, tmp_path: Path) -> None:
    env = tmp_path / "venv"
    venv.create(env, with_pip=False)
    python = env / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    # The dependencies come from this environment, the package only from the wheel: a plain
    # path in a .pth file adds this site-packages without running its editable-install hook.
    site_packages = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(site_packages, "outer.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "-q",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    result = subprocess.run(
        [str(python), "-I", "-c", SCRIPT], check=True, capture_output=True, text=True, cwd=tmp_path
    )
    assert str(env) in result.stdout


def test_editable_checkout_finds_the_repository_templates() -> None:
    from suivi_templates.rendering import _builtin_template_folder

    assert (_builtin_template_folder() / "fr_CA" / "thank_you.j2").is_file()
