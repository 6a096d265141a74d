"""Properties that hold for every input: no crash, spans inside the text, sorted findings."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st_

from suivi_templates.checks import check
from suivi_templates.checks.registry import _sort_key

FRENCH = st_.sampled_from(
    [
        "j'attends",
        "votre",
        "réponse",
        "au plus vite",
        "URGENT",
        "!!!",
        "??",
        "Madame,",
        "Monsieur",
        "[Nom]",
        "(e)",
        "chez",
        "Desjardins",
        "poste de",
        "toujours pas",
        "de nouvelles",
        "malgré mes relances",
        "SAP",
        "migration",
        "\u00a0",
        "’",
        "\n",
        "e\u0301",
        "«",
        "»",
        "suite à",
        "je suis",
        "intéressé",
        "dans l'attente de",
        "pour la troisième fois",
        "je vous rappellerai",
        "cet après-midi",
        "{{",
        "}}",
        "<",
        ">",
    ]
)
TEXTS = st_.one_of(st_.text(max_size=400), st_.lists(FRENCH, max_size=60).map(" ".join))


def _assert_well_formed(report, text: str, subject: str | None) -> None:
    keys = [_sort_key(f) for f in report.findings]
    assert keys == sorted(keys)
    for finding in report.findings:
        assert finding.severity in ("error", "warning")
        assert finding.message
        assert finding.code.count(".") == 1
        if finding.span is not None:
            start, end = finding.span
            within = text if finding.where == "body" else subject or ""
            assert 0 <= start <= end <= len(within)
            assert within[start:end].startswith(finding.excerpt[:50])
    assert report.passed == (not report.errors)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS, subject=st_.none() | TEXTS)
def test_check_never_raises_without_context(text: str, subject: str | None) -> None:
    _assert_well_formed(check(text, subject=subject), text, subject)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=TEXTS, kind=st_.sampled_from([None, "thank_you", "reminder", "phone_script", "voicemail"])
)
def test_check_never_raises_with_context(ctx, text: str, kind: str | None) -> None:
    _assert_well_formed(check(text, ctx, kind=kind, subject=text[:80]), text, text[:80])


ADVERSARIAL = [
    "a" * 200_000,
    "attends " * 40_000,
    "au plus vite " * 25_000,
    "AAAAA " * 50_000,
    "!?" * 100_000,
    "[" * 100_000 + "]" * 100_000,
    "chez " * 60_000,
    "poste de " * 40_000,
    ("j'" + "a" * 30 + " ") * 20_000,
    "{{" * 100_000,
    "e\u0301" * 100_000,
]


def test_adversarial_inputs_are_handled(ctx) -> None:
    """Structural safety: each input of ~0.2-1 MB completes, with a bounded report."""
    for text in ADVERSARIAL:
        report = check(text, ctx, kind="thank_you", subject=text[:1000])
        assert len(report.findings) <= 25 * 40


def test_growth_is_linear(ctx) -> None:
    """Work grows like the text: 8x the text must cost far less than 64x (no quadratic path).

    Uses process time with a generous ratio rather than an absolute bound.
    """
    import time

    unit = "Je vous attends au plus vite chez Desjardins, URGENT !!! Madame, Monsieur. " * 200

    def cost(text: str) -> float:
        start = time.process_time()
        check(text, ctx, kind="reminder")
        return time.process_time() - start

    small = min(cost(unit) for _ in range(3))
    large = min(cost(unit * 8) for _ in range(2))
    assert large < 30 * max(small, 0.002)
