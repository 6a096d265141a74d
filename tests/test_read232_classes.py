"""What the blind read 232 (fresh95, at 34b3377) and the pair read 233 found."""

from __future__ import annotations

from datetime import date

from suivi_templates import formatting
from suivi_templates.models import Company
from suivi_templates.phrasing import organisation, others_met, role_as_said
from suivi_templates.phrasing.announced import announced_day


def test_delays_quoted_as_the_person_met_said_them_are_waited_for() -> None:
    """Calls and reminders inside « on vous tient au courant d'ici 2 semaines » (D019, D036),
    « je vous dis ça la semaine prochaine » (D021), « on te tient au courant d'ici les fêtes »
    (D060), « cette semaine ou la prochaine » said on a Sunday (D001, D004)."""
    note = "Rappelé le 25/11, il a dit 'on vous tient au courant d'ici 2 semaines'"
    assert announced_day([note], date(2026, 11, 4)) == date(2026, 12, 9)
    monday = date(2026, 11, 23)
    assert announced_day(["'je vous dis ça la semaine prochaine'"], monday) == date(2026, 12, 4)
    sunday = date(2026, 11, 29)
    assert announced_day(["'on te tient au courant d'ici les fêtes'"], sunday) == date(2026, 12, 24)
    assert announced_day(["Il rappelle 'cette semaine ou la prochaine'"], sunday) == (
        date(2026, 12, 11)
    )
    # « la semaine prochaine » said on a Saturday is the coming week.
    assert announced_day(["il rappelle la semaine prochaine"], date(2026, 11, 21)) == (
        date(2026, 11, 27)
    )


def test_their_book_is_yours_when_written_to_them() -> None:
    """« J'ai lu avec intérêt que leur livre « Pains du monde » est sélectionné » (D027, pair
    read 233)."""
    assert formatting.your_possessives("Leur livre « Pains du monde » est sélectionné") == (
        "Votre livre « Pains du monde » est sélectionné"
    )
    assert formatting.your_possessives("et leur envoyer le devis") == "et leur envoyer le devis"


def test_a_sitting_and_a_hyphenated_particle_read_231_saw() -> None:
    """« le comité de recrutement se réunit le 10 décembre » : a reminder before it (D047);
    « Mme Desrosiers-Van Der Meer » thanked as « Mme Der Meer » (D024, pair read 234)."""
    notes = ["le comité de recrutement se réunit le 10 décembre"]
    assert announced_day(notes, date(2026, 11, 20)) == date(2026, 12, 10)
    panel = "Comité : la mairesse, M. Denis Bolduc et Mme Desrosiers-Van Der Meer (DG)"
    assert others_met(panel, "Pierrette Lafrenière") == ["M. Bolduc", "Mme Desrosiers-Van Der Meer"]


def test_what_reading_fresh95_aloud_found() -> None:
    """« poste de bedeau chez Fabrique de la paroisse… », « médecin de l'éducation
    nationale » (read aloud at the end of the session)."""
    fabrique = organisation(Company(name="Fabrique de la paroisse Sainte-Marguerite-Bourgeoys"))
    assert fabrique.article == "la"
    assert role_as_said("Médecin de l'Éducation nationale (H/F) – Aisne", "f") == (
        "médecin de l'Éducation nationale"
    )
