"""generic.* checks: a draft that reads like a template sent to everyone does harm (R2, R3, R9, R14).

Template residue and vague praise need no context. The checks that compare the draft with
the interview (foreign names, no concrete element) need one, and stay quiet without it.
What counts as a concrete element is decided in :mod:`suivi_templates.checks.concrete`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from suivi_templates.checks.anchors import finditer_near
from suivi_templates.checks.base import Check, Hit, Target
from suivi_templates.checks.concrete import names_an_item
from suivi_templates.checks.foreign_name import foreign_name
from suivi_templates.checks.identity import (
    addresses_the_person_met,
    names_role_or_company,
    names_the_person_met,
    names_which_application,
    recalls_decision_date,
    says_when_met,
    spoken_day,
)
from suivi_templates.checks.model_letter import model_letter
from suivi_templates.checks.news import brings_news, nothing_new, open_promise
from suivi_templates.checks.organisations import _from_context
from suivi_templates.checks.pushy import PUSHY_CHECKS
from suivi_templates.checks.ruledata import data_hit, data_matches
from suivi_templates.checks.same_body import same_body, same_body_batch
from suivi_templates.checks.text import (
    GAP,
    fold,
    phrases,
)
from suivi_templates.kinds import kind_of

__all__ = ["GENERIC_CHECKS"]

_SCAN_LIMIT = 200


# --- generic.template_residue ------------------------------------------------------------

_RESIDUE_RAW = re.compile(
    r"\[(?![.…\s]*\])(?!\s*(?:[Ss]i|[Ss]inon|[Ss]'il|[Ss]'ils|[Ss]'elle|[Ss]'elles|[Pp]ause|[Ss]ilence"
    r"|[Aa]ttendre|[Aa]ttendez|[Ff]acultatif|[Oo]ptionnel|[Aa]u besoin|[Ee]n cas|[Ss]ourire"
    r"|[Rr]épondeur|[Mm]essagerie|[Bb]oîte vocale|[Ss]tandard|[Aa]ccueil|[Rr]éception"
    r"|[Ff]in|[Rr]accrocher|[Bb]ip|[Ss]onnerie|[Oo]ui|[Nn]on|[Cc]onclusion)\b)"
    r"[^\[\]\n]{1,60}\]"  # [Nom], [nom de l'entreprise]; not […] nor [Si elle répond]
    r"|<(?![^<>\n]*@)(?!https?:)[A-Za-zÀ-ÿ _'’\-]{1,40}>"  # <entreprise>, not <a@b.c>
    r"|\{\{[^{}\n]{0,80}\}\}|\{%[^{}\n]{0,80}%\}"  # {{ nom }}, {% if %}
    r"|\{[A-Za-zÀ-ÿ_ ]{1,30}\}"  # {entreprise}
    r"|X(?<![^\W_]X)[Xx]+(?![^\W_])|x(?<![^\W_]x)[Xx]+(?![^\W_])"  # XXX, xx
    r"|___+"  # ____
    r"|\((?<=[^\W\d_]\()(?:e|es|ne|nes|le|les|se|ses|te|tes|trice|trices|euse|euses|ère|ères|s|x)\)"
    r"|·(?<=[^\W\d_]·)(?:e|es|ne|le|se|te|trice|euse|ère)(?![^\W_])"  # intéressé·e
    r"|•(?<=[^\W\d_]•)(?:e|es|ne|le|se|te|trice|euse|ère)(?![^\W_])"
    r"|\.(?<=[^\W\d_]\.)(?:e|es|ne|le|se|te|trice|euse|ère)(?![^\W_])"  # motivé.e
    r"|/(?<=[^\W\d_]/)(?:e|es)(?![^\W_])"  # intéressé/e
    r"|%s|\$[A-Z_]{2,20}"
)
# Every branch starts with its own literal character (the word-boundary lookbehinds are
# read after it): the regex engine then jumps from one of those characters to the next
# instead of trying each branch at every position (1 MB: 290 ms → 12 ms).
_RESIDUE_WORDS = phrases(
    r"madame,? monsieur",
    r"monsieur,? madame",
    r"madame ?/ ?monsieur",
    r"madame ou monsieur",
    r"mesdames,? messieurs",
    r"m\. ?/ ?mme",
    r"mme ?/ ?m\.",
    r"chere? (?:recruteur|recruteuse|responsable|candidat|candidate|membres? du (?:comite|jury)"
    r"|equipe (?:de recrutement|rh|des ressources humaines))",
    r"chere?s? recruteurs?(?: ?(?:/|,|et) ?recruteuses?)?",
    r"cher\(e\)",
    r"a qui de droit",
    r"lorem ipsum",
    r"a completer",
    r"nom de (?:l'entreprise|la societe|l'organisation|la personne|l'interlocut\w{1,6}|famille)",
    r"(?:votre|mon) (?:nom|prenom) ici",
    r"intitule du poste",
)


# A phone script's brackets are its stage directions (« [laisser un silence] », « [Ton
# léger, surtout pas agressif] »): there, only a bracket that names what to fill in is a
# slot left empty.
_SLOT_WORDS = re.compile(
    r"(?<![^\W_])(?:nom|prenom|poste|entreprise|societe|organisation|organisme|employeur|date"
    r"|jour|heure|titre|sujet|theme|projet|competence|qualite|numero|telephone|courriel|mail"
    r"|adresse|ville|lieu|lien|signature|destinataire|recruteu(?:r|se)|interlocut\w{1,6}"
    r"|inserer|completer|x+)(?:s|e|es)?(?![^\W_])"
)


# A slot names what to fill in and never holds a clause: a bracket with a negation, a
# condition or a final stop is a sentence to oneself (« [Ne pas raccrocher sans une date
# précise.] », « [DXF — LE DIRE SI PAS ENCORE FAIT] »), whatever words it holds.
_CLAUSE = re.compile(
    r"(?<![^\W_])(?:si|ne|pas|sans|quand|lorsque|jamais|surtout)(?![^\W_])|[.!]\s*$"
)


def _is_stage_direction(target: Target, start: int, end: int) -> bool:
    """A spoken draft's bracket that says how to speak, not what to fill in."""
    if not kind_of(target.kind).spoken or target.text[start] != "[":
        return False
    inside = target.text[start + 1 : end - 1]
    folded = fold(inside)
    if _CLAUSE.search(folded) or (_DIGIT.search(folded) and not _CROSSES.search(folded)):
        return True
    return not (inside.isupper() or _SLOT_WORDS.search(folded))


# A slot says what to write; a number written out (« après 17 h », « le poste 221 ») is
# already what the caller needs. « [XX/XX/2026] » is still a slot.
_DIGIT = re.compile(r"\d")
_CROSSES = re.compile(r"(?<![^\W_])x+(?![^\W_])")


# « Nom de l'entreprise » is a slot; « le nom de la personne à rappeler » is a sentence.
_IN_A_SENTENCE = re.compile(r"(?:\ble|\bdu|\bau|\bun|\bson|\bce|\bleur|\bvotre|\bmon)[ \u00a0]$")


def template_residue(target: Target) -> Iterator[Hit]:
    """Template residue: ``[Nom]``, ``XXX``, ``<entreprise>``, ``{{ }}``, « Madame, Monsieur », « Cher recruteur », « (e) » (R9).

    A placeholder left in the text, or a greeting for an unknown reader, shows a model sent
    to everyone. Stays quiet on « […] » (an omission in a quotation), an address
    ``<julie@horizon.example>``, and « Madame, » or « Bonjour Madame Tremblay, » alone.
    """
    spans: list[tuple[int, int]] = []
    for count, match in enumerate(_RESIDUE_RAW.finditer(target.text)):
        if count >= _SCAN_LIMIT:
            break
        spans.append(match.span())
    for count, match in enumerate(finditer_near(_RESIDUE_WORDS, target.folded)):
        if count >= _SCAN_LIMIT:
            break
        if _IN_A_SENTENCE.search(target.folded, max(0, match.start() - 8), match.start()):
            continue
        spans.append(match.span())
    for start, end in sorted(spans):
        if (
            _from_context(target, start, end)
            # Inside an address (masked): « thomas.lefevre.es@… » is no « .es » ending.
            or target.masked_at(start, end)
            or _own_inclusive_agreement(target, start)
            or _is_stage_direction(target, start, end)
        ):
            continue
        excerpt = target.text[start:end]
        if excerpt.startswith("(") or excerpt[:1] in "·•./":
            suggestion = (
                "Accordez selon le genre de la personne (« intéressée » ou « intéressé »), "
                "ou tournez la phrase de façon épicène : « Ce poste m'intéresse vivement. »"
            )
        elif excerpt[:1].isalpha() and excerpt[:1] not in "Xx":
            suggestion = (
                "Saluez la personne qui vous a reçu, par son nom : « Bonjour Madame "
                "Tremblay, » ou « Madame, »."
            )
        else:
            suggestion = "Remplacez ce gabarit par le vrai nom, le vrai poste ou la vraie date."
        yield Hit(
            f"« {excerpt} » est un reste de modèle : le recruteur voit un texte envoyé à "
            "tout le monde (R9).",
            suggestion,
            (start, end),
        )


_INCLUSIVE_MARKS = "·•."
"""The point médian and its keyboard stand-ins: how inclusive writing agrees a word."""
_READER_WORDS = frozenset({"cher", "recruteur", "directeur", "interlocuteur", "lecteur"})
_LAST_WORD = re.compile(r"[^\W\d_]{1,30}$")


def _own_inclusive_agreement(target: Target, start: int) -> bool:
    """True for « prêt·e », « motivé·es » written by a candidate of gender « n » (their own agreement).

    A candidate of gender n agrees the words about themselves with the point médian (or
    « • », « . » when the keyboard lacks it): that is their agreement, not a slot left
    open. The parenthesis « intéressé(e) » stays residue, whoever writes it: it is the mark
    of a form (« Je soussigné(e) »), which inclusive writing guides advise against because
    it sets the feminine aside. For a candidate of gender f or m, the drafts agree in full,
    and « ·e » is residue. The reader's words (« Cher·e ») are never the candidate's.
    """
    context = target.context
    if context is None or context.candidate.gender != "n":
        return False
    if target.text[start] not in _INCLUSIVE_MARKS:
        return False
    word = _LAST_WORD.search(target.text, max(0, start - 30), start)
    return word is not None and fold(word.group()) not in _READER_WORDS


# --- generic.no_concrete_element, generic.vague_praise -------------------------------------


def _is_pushy(target: Target) -> bool:
    """True when a pushy check the caller left on finds something in the draft."""
    return any(
        target.hits(check)
        for check in PUSHY_CHECKS
        if target.enabled is None or check.code in target.enabled
    )


def no_concrete_element(target: Target) -> Iterator[Hit]:
    """Nothing from this interview: no topic, commitment, highlight or company fact (R2, R3, R9, R14).

    Applies to thank-you and reminder bodies when the context holds at least one such
    element. Key nouns match whatever the case, accents, elision and plural, in any order.
    A phone script or a voicemail is short: it passes when it says when the interview was
    or names one of its items, as R20 and R21 ask (« who you are and when you met »). A
    voicemail may instead name the person met, who will place the call, and then says which
    application it asks about, if any (« au sujet de ma candidature » fits them all); a live
    call must say more, because the person answering may not be the one met. The role or the company
    alone do not identify the interview: the candidate may have applied to several posts,
    and a bare « le poste de conseiller » fits any of them.
    """
    if target.part != "body" or target.words is None:
        return
    # Short spoken kinds must at least say which interview they follow (R20, R21).
    if kind_of(target.kind).spoken:
        met = names_the_person_met(target)
        if (
            names_an_item(target)
            or says_when_met(target)
            or (met and target.kind == "voicemail" and names_which_application(target))
        ):
            return
        # A pushy call that names the role, the company or the person met is pushy first:
        # the authors label it pushy alone, and the pushy findings say what to write instead
        # (R15, R21).
        if (met or names_role_or_company(target)) and _is_pushy(target):
            return
        role = target.context.role.title if target.context else "…"
        day = spoken_day(target.context.interview.date) if target.context else "…"
        lacking = (
            "Nommer la personne rencontrée ne suffit pas dans un appel : ce message ne dit ni "
            "la date de l'entrevue ni un sujet abordé"
            if met
            else "Rien dans ce message ne dit quelle entrevue il suit (ni la personne "
            "rencontrée, ni la date de l'entrevue, ni un sujet abordé)"
        )
        yield Hit(
            f"{lacking} : le poste ou l'entreprise seuls ne suffisent pas, il pourrait suivre "
            "n'importe quelle candidature (R9, R20).",
            "Dites qui vous êtes, qui vous avez rencontré et quand : « Nous nous sommes "
            f"rencontrés le {day} pour le poste de {role} ».",
            None,
        )
        return
    if not kind_of(target.kind).personal:
        return
    if target.kind == "reminder" and (recalls_decision_date(target) or brings_news(target)):
        return
    items = target.words.items
    if not items or names_an_item(target):
        return
    # A pushy reminder written to the person met is pushy first: what it lacks is courtesy,
    # and the pushy findings already say what to write instead (R14, R15). One that could
    # be sent to anyone (« Bonjour, » and nothing named) is both.
    if target.kind == "reminder" and addresses_the_person_met(target) and _is_pushy(target):
        return
    example = next((i for i in items if i.kind == "topic"), items[0])
    promise = next((i for i in items if i.kind == "commitment"), None)
    suggestion = f"Reprenez un point précis de l'entrevue, par exemple « {example.text} »"
    if promise is not None:
        suggestion += f", ou tenez votre engagement : « {promise.text} » (R3)"
    yield Hit(
        "Rien dans ce texte ne vient de cette entrevue (aucun sujet abordé, engagement ou "
        "détail du contexte) : le recruteur y reconnaît un modèle envoyé à tous (R9).",
        suggestion + ".",
        None,
    )


_SPECIFIC = re.compile(
    rf"(?<![^\W_])(?:vous{GAP}(?:m'{GAP}?)?(?:avez|aviez){GAP}(?:evoque|mentionne|parle|souligne|explique"
    rf"|presente|decrit|aborde|pose|precise|indique|confie|expose|demande|raconte|montre)"
    rf"|(?:notre|nos){GAP}(?:echange|discussion|conversation)s?{GAP}(?:sur|au{GAP}sujet|concernant"
    rf"|a{GAP}propos|autour)|question{GAP}(?:sur|concernant|au{GAP}sujet|a{GAP}propos)|comme{GAP}promis"
    rf"|ci-joint|piece{GAP}jointe|notamment|en{GAP}particulier|projet{GAP}(?:de|d'|du))(?![^\W_])"
    r"|\d|«"
)


def vague_praise(target: Target) -> Iterator[Hit]:
    """Only vague praise: « votre entreprise dynamique », « ce poste passionnant », and nothing concrete (R9).

    Each cliché fires only when the draft has nothing concrete: with a context, no topic,
    commitment, highlight or fact is mentioned; without one, no precise detail (a question
    discussed, a project, a number, a quotation). Praise next to a real detail passes.
    """
    if target.part != "body":
        return
    # The clichés are data: checks/rules/fr/generic.toml, « generic.vague_praise.* ».
    matches = list(data_matches("generic.vague_praise", target, masked=False))
    if not matches:
        return
    if target.words is not None and target.words.items:
        if names_an_item(target):
            return
    elif _SPECIFIC.search(target.folded):
        return
    for rule, match in matches:
        yield data_hit(rule, match, target)


GENERIC_CHECKS: tuple[Check, ...] = (
    Check("generic.template_residue", "error", template_residue),
    Check("generic.foreign_name", "error", foreign_name),
    Check("generic.no_concrete_element", "error", no_concrete_element),
    Check("generic.vague_praise", "error", vague_praise),
    Check("generic.model_letter", "error", model_letter),
    Check("generic.same_body", "error", same_body, batch=same_body_batch),
    Check("generic.nothing_new", "warning", nothing_new),
    Check("generic.open_promise", "warning", open_promise),
)
