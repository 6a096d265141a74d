"""Bounded work, files read only inside the folder, errors that name file and line (issue 9)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import suivi_templates as st

TOPIC = "{{ topics[0].subject }}\n"


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("source", "limit"),
    [
        ("{% for i in range(10**8) %}{% endfor %}", "max_range"),
        ("{% for i in range(0, 10**100, 7) %}{% endfor %}", "max_range"),
        (
            "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}",
            "max_steps",
        ),
        (
            "{% set l = range(10000)|list %}{% for a in l %}{% for b in l %}{% endfor %}"
            "{% endfor %}",
            "max_steps",
        ),
        ("{{ lipsum(10**6) }}", "lipsum"),
        ("{{ lipsum(1, max=10**9) }}", "lipsum"),
        ("{{ 9 ** (9 ** 9) }}", "max_number_bits"),
        ("{% set n = 2 ** 4000 %}{{ n * n }}", "max_number_bits"),
        ("{{ 'x' * 10**10 }}", "max_text"),
        ("{{ [1] * 10**9 }}", "max_text"),
        ("{{ '%0999999999d' % 1 }}", "largeur"),
        ("{{ '%.*f' % (10**9, 1) }}", "largeur"),
        (
            "{% set ns = namespace(s='xx') %}{% for i in range(64) %}"
            "{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
            "max_text",
        ),
        (
            "{% set ns = namespace(s='xx') %}{% for i in range(64) %}"
            "{% set ns.s = ns.s + ns.s %}{% endfor %}",
            "max_text",
        ),
        ("{{ (['x' * 90000] * 2)|join }}", "max_text"),
        ("{{ ('x' * 90000)|replace('x', 'yy') }}", "max_text"),
        ("{% for i in range(10000) %}{{ 'x' * 1000 }}{% endfor %}", "max_output"),
        ("{% for i in range(10000) %}" + "y" * 1000 + "{% endfor %}", "max_output"),
        ("{% for i in range(20) %}{{ '" + "z" * 90000 + "'|upper }}{% endfor %}", "max_output"),
        ("{% for i in range(20) %}{{ '" + "z" * 90000 + "' }}{% endfor %}", "max_output"),
        (
            "{% for i in range(10000) %}{% set s %}{{ 'x' * 1000 }}{% endset %}{% endfor %}",
            "max_output",
        ),
        ("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "max_depth"),
        (
            "{% macro m(n) %}{{ m(n) }}{{ m(n) }}{% endmacro %}{{ m(1) }}",
            "max_depth",
        ),
    ],
)
def test_unbounded_work_stops_with_the_file_and_line(
    tmp_path: Path, quebec: st.InterviewContext, source: str, limit: str
):
    path = write(tmp_path, "fr_CA/thank_you.j2", "Bonjour,\n" + source + "\n" + TOPIC)

    with pytest.raises(st.TemplateProblem) as caught:
        st.render("thank_you", quebec, template_dir=tmp_path)

    problem = caught.value
    assert (problem.template, problem.path, problem.line) == ("fr_CA/thank_you.j2", str(path), 2)
    assert limit in str(problem)
    assert "limite dépassée" in str(problem)


@pytest.mark.parametrize(
    "source",
    ['{% include "fr_CA/thank_you.j2" %}', '{% extends "fr_CA/thank_you.j2" %}'],
)
def test_a_template_that_includes_or_extends_itself_stops(
    tmp_path: Path, quebec: st.InterviewContext, source: str
):
    path = write(tmp_path, "fr_CA/thank_you.j2", "Bonjour,\n" + source + "\n")

    with pytest.raises(st.TemplateProblem, match="récursion trop profonde") as caught:
        st.render("thank_you", quebec, template_dir=tmp_path)

    assert (caught.value.path, caught.value.line) == (str(path), 2)


def test_limits_can_be_raised(tmp_path: Path, quebec: st.InterviewContext):
    write(
        tmp_path,
        "fr_CA/note.j2",
        "{% for i in range(15000) %}{% endfor %}Merci pour notre échange sur " + TOPIC,
    )

    with pytest.raises(st.TemplateProblem, match="max_range"):
        st.render("note", quebec, template_dir=tmp_path)
    roomy = st.TemplateLimits(max_range=20_000)
    assert st.render("note", quebec, template_dir=tmp_path, limits=roomy).body.startswith("Merci")


def test_limits_can_be_lowered(tmp_path: Path, quebec: st.InterviewContext):
    write(tmp_path, "fr_CA/note.j2", "Merci pour notre échange sur " + TOPIC)

    with pytest.raises(st.TemplateProblem, match="max_output"):
        st.render("note", quebec, template_dir=tmp_path, limits=st.TemplateLimits(max_output=10))


def test_a_file_that_is_not_utf8_names_its_line(tmp_path: Path, quebec: st.InterviewContext):
    path = write(tmp_path, "fr_CA/thank_you.j2", b"Bonjour,\n\nMerci \xe9norm\xe9ment\n")

    with pytest.raises(st.TemplateProblem, match="UTF-8") as caught:
        st.render("thank_you", quebec, template_dir=tmp_path)

    assert (caught.value.path, caught.value.line) == (str(path), 3)
    assert "0xe9" in str(caught.value)


def test_a_huge_template_file_is_refused(tmp_path: Path, quebec: st.InterviewContext):
    write(tmp_path, "fr_CA/thank_you.j2", "x" * 300_000)

    with pytest.raises(st.TemplateProblem, match="max_template_bytes"):
        st.render("thank_you", quebec, template_dir=tmp_path)


# --- Symbolic links ------------------------------------------------------------------------


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "outside" / "secret.txt"
    path.parent.mkdir()
    path.write_text("MOT-DE-PASSE-42 {{ topics[0].subject }}", encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "gabarits"
    (path / "fr_CA").mkdir(parents=True)
    return path


def _refused(folder: Path, quebec: st.InterviewContext, kind: str = "thank_you") -> str:
    with pytest.raises(st.TemplateProblem) as caught:
        st.render(kind, quebec, template_dir=folder)
    return str(caught.value)


def test_a_file_link_out_of_the_folder_is_refused(
    folder: Path, secret: Path, quebec: st.InterviewContext
):
    (folder / "fr_CA" / "thank_you.j2").symlink_to(secret)

    message = _refused(folder, quebec)

    assert "hors du dossier" in message
    assert "MOT-DE-PASSE" not in message


def test_a_folder_link_out_of_the_folder_is_refused(
    folder: Path, secret: Path, quebec: st.InterviewContext
):
    (folder / "fr_CA" / "up").symlink_to(secret.parent.parent, target_is_directory=True)
    write(folder, "fr_CA/thank_you.j2", '{% include "fr_CA/up/outside/secret.txt" %}\n')

    message = _refused(folder, quebec)

    assert "hors du dossier" in message
    assert "MOT-DE-PASSE" not in message


def test_an_extended_template_through_a_root_link_is_refused(
    folder: Path, quebec: st.InterviewContext
):
    (folder / "fr_CA" / "racine").symlink_to("/", target_is_directory=True)
    write(folder, "fr_CA/thank_you.j2", '{% extends "fr_CA/racine/etc/hostname" %}\n')

    assert "hors du dossier" in _refused(folder, quebec)


def test_a_link_inside_the_folder_is_followed(folder: Path, quebec: st.InterviewContext):
    write(folder, "commun/note.j2", "Merci pour notre échange sur " + TOPIC)
    (folder / "fr_CA" / "note.j2").symlink_to(folder / "commun" / "note.j2")

    assert st.render("note", quebec, template_dir=folder).body.startswith("Merci pour")


def test_a_dangling_link_is_named(folder: Path, quebec: st.InterviewContext):
    link = folder / "fr_CA" / "thank_you.j2"
    link.symlink_to(folder / "absent.j2")

    message = _refused(folder, quebec)

    assert "lien symbolique cassé" in message
    assert str(link) in message


def test_a_link_loop_is_named(folder: Path, quebec: st.InterviewContext):
    (folder / "fr_CA" / "thank_you.j2").symlink_to(folder / "fr_CA" / "thank_you.j2")

    assert "lien symbolique cassé ou en boucle" in _refused(folder, quebec)


def test_a_folder_named_like_a_template_is_named(folder: Path, quebec: st.InterviewContext):
    (folder / "fr_CA" / "thank_you.j2").mkdir()

    assert "pas un fichier" in _refused(folder, quebec)


# --- The folder is never walked -------------------------------------------------------------


def test_the_root_as_template_folder_looks_kinds_up_by_path(
    quebec: st.InterviewContext, monkeypatch: pytest.MonkeyPatch
):
    def no_walk(*args: object, **kwargs: object) -> None:
        raise AssertionError("the template folder was walked")

    monkeypatch.setattr(os, "walk", no_walk)
    monkeypatch.setattr(Path, "rglob", no_walk)

    assert st.render("thank_you", quebec, template_dir="/") == st.render("thank_you", quebec)
    with pytest.raises(st.UnknownKind) as caught:
        st.render("passwd", quebec, template_dir="/")
    assert caught.value.available == (*st.KINDS, "commitment")


@pytest.mark.parametrize("kind", ["../fr_FR/thank_you", "_common", "", "a/b", "thank_you.j2"])
def test_a_kind_is_a_plain_name(tmp_path: Path, quebec: st.InterviewContext, kind: str):
    write(tmp_path, "fr_CA/_common.j2", "Bonjour " + TOPIC)

    with pytest.raises(st.UnknownKind):
        st.render(kind, quebec, template_dir=tmp_path)


def test_kinds_of_a_subfolder_are_not_listed(tmp_path: Path):
    write(tmp_path, "fr_CA/sous/note.j2", "x")
    write(tmp_path, "fr_CA/note2.j2", "x")

    kinds = st.rendering.available_kinds("fr_CA", tmp_path)

    assert "note2" in kinds
    assert "note" not in kinds
