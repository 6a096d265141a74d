from __future__ import annotations

import pydantic
import pytest

import suivi_templates as st
from suivi_templates.checks import check, check_many, checks
from suivi_templates.errors import CheckConfigError, SuiviError, UnknownCheck, UnknownKind

PUSHY = "Merci pour la migration vers SAP. Répondez-moi au plus vite. Rappelez-moi au plus vite."


def test_registry_is_immutable_and_complete() -> None:
    from suivi_templates.checks.registry import registry

    table = registry()
    with pytest.raises(TypeError):
        table["pushy.x"] = table["pushy.reproach"]  # type: ignore[index]
    assert registry() is table
    codes = [c.code for c in checks()]
    assert len(codes) == len(set(codes))
    assert {c.family for c in checks()} >= {"generic", "pushy", "style"}
    assert all(c.severity == "warning" for c in checks() if c.family == "style")


def test_import_does_not_compile_the_checks() -> None:
    import subprocess
    import sys

    code = "import sys, suivi_templates; print('suivi_templates.checks.pushy' in sys.modules)"
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == "False"


def test_config_by_code_and_family(ctx) -> None:
    assert not check(PUSHY, ctx).passed
    assert check(PUSHY, ctx, config={"pushy": "warning"}).passed
    assert check(PUSHY, ctx, config={"pushy.pressure": "off"}).passed
    report = check(PUSHY, ctx, config={"pushy": "off", "pushy.pressure": "error"})
    assert report.codes == {"pushy.pressure"}


def test_unknown_code_in_config_names_the_known_ones(ctx) -> None:
    with pytest.raises(UnknownCheck) as info:
        check(PUSHY, ctx, config={"pushy.pressur": "off"})
    assert isinstance(info.value, SuiviError)
    assert isinstance(info.value, LookupError)
    assert "pushy.pressur" in str(info.value)
    assert "pushy.pressure" in str(info.value)
    with pytest.raises(CheckConfigError):
        check(PUSHY, ctx, config={"pushy": "loud"})  # type: ignore[dict-item]
    with pytest.raises(UnknownKind):
        check(PUSHY, ctx, kind="merci")


def test_accept_one_place_only(ctx) -> None:
    first = check(PUSHY, ctx).findings[0]
    report = check(PUSHY, ctx, accept=[first])
    assert [f.fingerprint for f in report.findings] == ["pushy.pressure:au plus vite#2"]
    assert report.accepted == (first,)
    assert not report.passed
    both = check(PUSHY, ctx, accept=[first.fingerprint, "pushy.pressure:au plus vite#2"])
    assert both.passed
    with pytest.raises(UnknownCheck):
        check(PUSHY, ctx, accept=["pushy.nope:au plus vite"])


def test_fingerprint_survives_edits_elsewhere(ctx) -> None:
    first = check(PUSHY, ctx).findings[0]
    edited = "Bonjour Madame Tremblay,\n\n" + PUSHY
    report = check(edited, ctx, accept=[first])
    assert len(report.findings) == 1
    assert report.findings[0].line == 3


def test_subject_findings(ctx) -> None:
    report = check("Merci pour la migration vers SAP.", ctx, subject="URGENT : relance")
    finding = next(f for f in report.findings if f.code == "pushy.shouting")
    assert finding.where == "subject"
    assert finding.message.startswith("Dans l'objet : ")
    assert report.subject is not None
    assert finding.span is not None
    assert report.subject[slice(*finding.span)] == "URGENT"
    assert report.findings[0].where == "subject"  # subject findings come first


def test_report_is_readable(ctx) -> None:
    report = check(PUSHY, ctx)
    text = str(report)
    assert text.startswith("Refusé : 2 erreurs")
    assert "ligne 1, colonne" in text
    assert "(R15, R16)" in text
    assert str(check("Merci pour la migration vers SAP.", ctx)) == "Aucun problème relevé."


def test_decomposed_accents_map_back_to_the_original() -> None:
    text = "J'atte\u0301nds votre re\u0301ponse."
    text = "Dans l'attente de votre re\u0301ponse."
    report = check(text)
    finding = next(f for f in report.findings if f.code == "pushy.waiting_for_answer")
    assert finding.span is not None
    assert text[slice(*finding.span)] == finding.excerpt
    assert finding.excerpt.endswith("re\u0301ponse")


def test_context_words_never_count_against_the_candidate() -> None:
    data = dict(st.EXAMPLE_CONTEXT)
    data["topics"] = [{"subject": "le traitement des dossiers urgents"}]
    data["company"] = {"name": "Groupe ALTITUDE"}
    ctx = st.InterviewContext.model_validate(data)
    text = "Merci pour notre échange sur le traitement des dossiers urgents chez Groupe ALTITUDE."
    assert check(text, ctx, kind="thank_you").passed


BODY = (
    "Bonjour {nom}, merci pour notre entrevue chez {ent}. J'ai apprécié la visite des bureaux "
    "et la présentation de l'équipe, et je serais heureuse de contribuer aux projets de {ent}. "
    "Mon intérêt reste entier et je reste disponible pour un deuxième entretien."
)


def test_check_many_flags_same_body_with_names_swapped(ctx) -> None:
    other = ctx.model_copy(
        update={
            "company": st.models.Company(name="Bêta Services"),
            "interviewer": st.models.Interviewer(name="Marc Gagnon", civility="Monsieur"),
        }
    )
    first = BODY.format(nom="Madame Tremblay", ent="Coopérative Horizon")
    second = BODY.format(nom="Monsieur Gagnon", ent="Bêta Services")
    reports = check_many([(first, ctx), (second, other)], kind="thank_you")
    assert all("generic.same_body" in r.codes for r in reports)
    assert "n° 2 (Bêta Services)" in next(
        f.message for f in reports[0].findings if f.code == "generic.same_body"
    )
    alone = check_many([(first, ctx), ("Tout autre chose, sur la migration vers SAP.", ctx)])
    assert not any("generic.same_body" in r.codes for r in alone)
    assert not any(
        "generic.same_body" in r.codes
        for r in check_many([(first, ctx), (second, other)], config={"generic.same_body": "off"})
    )


def test_check_many_finds_copies_in_a_large_batch_without_comparing_every_pair() -> None:
    """Above 40 texts, bodies are indexed by trigrams; a copy with names swapped is found."""
    import copy
    import random

    from suivi_templates import EXAMPLE_CONTEXT, InterviewContext

    rng = random.Random(11)
    vocabulary = (
        "quai arrivage palette tournée inventaire client fournisseur commande retard stock "
        "camion chauffeur horaire entrepôt logiciel rapport équipe sécurité formation audit "
        "budget délai qualité contrôle étiquette scanner réception expédition zone allée"
    ).split()
    items = []
    for number in range(60):
        data = copy.deepcopy(EXAMPLE_CONTEXT)
        data["company"]["name"] = f"Entreprise {number}"
        body = " ".join(rng.choice(vocabulary) for _ in range(80))
        items.append((body, InterviewContext.model_validate(data)))
    items[50] = (items[10][0].replace("quai", "dock", 1), items[50][1])
    flagged = [i for i, r in enumerate(check_many(items)) if "generic.same_body" in r.codes]
    assert flagged == [10, 50]


def test_a_context_as_json_data_is_checked_like_a_model(ctx) -> None:
    """blind43: ``check(text, data)`` with the context as loaded from a file crashed with an
    AttributeError deep in a check."""
    data = ctx.model_dump(mode="json")
    text = "Bonjour, j'ai rejoint l'équipe de Pneus Chaudière-Beauce avec plaisir."
    as_model = check(text, ctx, kind="thank_you")
    as_data = check(text, data, kind="thank_you")
    assert as_data.codes == as_model.codes
    assert "generic.foreign_name" in as_data.codes
    assert check_many([(text, data)])[0].codes == as_model.codes
    with pytest.raises(pydantic.ValidationError, match="company"):
        check(text, {**data, "company": None})
