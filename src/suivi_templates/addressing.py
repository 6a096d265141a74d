"""How the person met is addressed: « Maître », « Docteur », « Madame la Proviseure ».

The civility (``interviewer.civility``) is the default. Some professions and offices are
addressed otherwise, in France as in Québec (docs/conventions.md, « Salutations »):
lawyers and notaries are « Maître » and physicians « Docteur » in every kind; the holder
of an office (a mayor, a head teacher, an inspector of the Éducation nationale) is greeted
by it, « Bonjour Madame la Proviseure, », in writing and on the telephone.
"""

from __future__ import annotations

import re

from suivi_templates.models import InterviewContext
from suivi_templates.names import civility_of_given_name, typed_civility, without_civility

__all__ = ["address_form", "asked_for", "keeps_distance", "office_form"]

# Notaries and lawyers (huissiers, now commissaires de justice) are addressed « Maître », in
# France and in Québec, whatever their civility; not whoever works for one (« clerc de
# notaire », « adjointe de l'avocat »).
_MAITRE = re.compile(
    r"(?<!\bde )(?<!\bdu )(?<!\bdes )(?<!\bd')(?<!\bd’)(?<!\bl')(?<!\bl’)"
    r"\b(?:notaire|avocate?|huissière|huissier|commissaire de justice|commissaire-priseure?)s?\b",
    re.IGNORECASE,
)
# « Me Philippe-Henri Van Hove » : the notes name a Maître so (read 186: « Bonjour Monsieur »
# to an auctioneer typed « Me »).
_NAMED_MAITRE = re.compile(r"(?:Me|Maître)\.?\s+\S")
# « avocate, présidente du conseil d'administration » met the candidate as the board's
# president: her profession before the comma does not make the letter « Maître » (read 116).
# So is a title that starts with the chair (« président du conseil d'administration
# (avocat) »): the profession in brackets is an aside (read 158).
_BOARD_CHAIR = re.compile(r"(?:^|,)\s*(?:président|présidente)\b", re.IGNORECASE)
# Physicians, named by their specialty as often as by « médecin »: « Monsieur » to an
# oncologist read as a slip (read 152). Psychologists and other « -logues » are not doctors.
_DOCTOR = re.compile(
    r"(?<!\bde )(?<!\bdu )(?<!\bd')(?<!\bd’)"
    # « docteur en œnologie » holds a doctorate, and is « Monsieur » (read 164).
    r"\b(?:médecin|docteure?(?!\s+(?:en|ès)\s+(?!médecine|pharmacie|chirurgie))"
    # « orthodontiste propriétaire » (read 220: « Bonjour Madame, » to the Dre Nguyen).
    r"|dentiste|\w+dontiste|radiologue|\w+iatre|chirurgienne?"
    r"|urgentiste|anesthésiste|omnipraticienne?|(?:onco|cardio|neuro|pneumo|néphro|rhumato"
    r"|endocrino|uro|gynéco|ophtalmo|dermato|hémato|gastro-entéro|diabéto|néonato"
    # « microbiologiste-infectiologue » (read 331: « Bonjour Madame » to the Dre Ben Amor).
    r"|infectio|immuno|allergo|hépato|angio|stomato)logue)s?\b",
    re.IGNORECASE,
)
_OPTOMETRIST = re.compile(r"\boptométristes?\b", re.IGNORECASE)

# Offices whose holder a letter greets by the office (« Madame la Maire », « Monsieur le
# Proviseur »), when the title begins with it. Feminine forms are those of each variety:
# « la Maire » in France (Académie, 2019 usage of the ministries), « la Mairesse » in
# Québec (OQLF). A « directeur principal » or an « inspecteur des bâtiments » is not one.
_OFFICES: tuple[tuple[re.Pattern[str], str, str, str], ...] = (
    (
        re.compile(r"(?:maire|mairesse)\b(?!\s+adjoint)", re.I),
        "le Maire",
        "la Maire",
        "la Mairesse",
    ),
    (
        re.compile(r"proviseure?\b(?!\s+adjoint)", re.I),
        "le Proviseur",
        "la Proviseure",
        "la Proviseure",
    ),
    (
        re.compile(r"principale?\s+(?:du|de)\s+(?:collège|coll\.)", re.I),
        "le Principal",
        "la Principale",
        "la Principale",
    ),
    (
        re.compile(r"inspect(?:eur|rice)\b.*(?:éducation nationale|\bIEN\b|\bIA-IPR\b)", re.I),
        "l’Inspecteur",
        "l’Inspectrice",
        "l’Inspectrice",
    ),
    (re.compile(r"(?:recteur|rectrice)\b", re.I), "le Recteur", "la Rectrice", "la Rectrice"),
    (re.compile(r"(?:préfet|préfète)\b", re.I), "le Préfet", "la Préfète", "la Préfète"),
    # « procureur de la République près le tribunal judiciaire » (read 214: « Bonjour
    # Monsieur, »), a magistrate greeted by the office.
    (
        re.compile(r"procureure?\s+(?:de\s+la\s+République|général)", re.I),
        "le Procureur",
        "la Procureure",
        "la Procureure",
    ),
    # The chair of a board, a member of parliament, a port's or a unit's commander (pair
    # read 234: « Bonjour Madame » to a coop's president and to a deputy; read 236:
    # « Monsieur » to the president of a university's board and to a harbour master).
    # The chair of a body, not a firm's owner (« président » alone, « président et
    # estimateur »), greeted by name in Québec's business letters.
    (
        re.compile(
            r"présidente?\s+(?:du|de\s+la|de\s+l['’]|des|bénévole|départementale?|régionale?)\b",
            re.I,
        ),
        "le Président",
        "la Présidente",
        "la Présidente",
    ),
    (re.compile(r"députée?\b", re.I), "le Député", "la Députée", "la Députée"),
    # The dean of a faculty (read 299: « Bonjour Monsieur » to the dean of a law faculty,
    # four drafts).
    (re.compile(r"doyen(?:ne)?\b", re.I), "le Doyen", "la Doyenne", "la Doyenne"),
    (re.compile(r"commandante?\b", re.I), "le Commandant", "la Commandante", "la Commandante"),
)


def address_form(context: InterviewContext, typed_name: str = "") -> str | None:
    """« Maître » for a notary or a lawyer, « Docteur » for a physician, else the civility.

    ``typed_name`` is the name as the notes typed it, before its « Me » was taken off.

    A woman physician is « Docteure » in Québec (OQLF), « Docteur » in France.
    """
    title = context.interviewer.title or ""
    civility = context.interviewer.civility
    maitre = _MAITRE.search(title) or _NAMED_MAITRE.match(typed_name or context.interviewer.name)
    if maitre and not _BOARD_CHAIR.search(title):
        return "Maître"
    # In Québec an optometrist is « Dre » too, as the profession's order writes it (read 161).
    optometrist = context.locale == "fr_CA" and _OPTOMETRIST.search(title)
    if civility and (_DOCTOR.search(title) or optometrist):
        feminine = civility == "Madame" and context.locale == "fr_CA"
        return "Docteure" if feminine else "Docteur"
    return civility


# The clergy, greeted by their title (Clés de la rédaction, « clergé (appel et salutation) »):
# « Monsieur l'Abbé », « Monseigneur », « Monsieur le Chanoine », « Monsieur le Curé ». Read
# 222 put four drafts to a vicar general at 2 for « Bonjour Monsieur, », « Monsieur Abbé ».
# The second form is how a switchboard is asked for them, the family name after it when the
# title was typed before the name (read 224: « Monsieur Gérard Tétrault » to a parish).
_CLERGY: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"(?:l['’])?abb[ée]\b", re.I), "Monsieur l’Abbé", "à l’abbé"),
    (re.compile(r"(?:Mgr|Monseigneur|(?:arch)?év[êe]que)\b", re.I), "Monseigneur", "à Monseigneur"),
    (re.compile(r"chanoine\b", re.I), "Monsieur le Chanoine", "au chanoine"),
    (re.compile(r"curé\b", re.I), "Monsieur le Curé", "à Monsieur le Curé"),
    # « Sœur Jeannine Lagacé » (read 236: « Bonjour Madame, » to a nun).
    (re.compile(r"s(?:œ|oe)ur\s", re.I), "ma Sœur", "à sœur"),
    # « Père Augustin de La Motte », a religious (read 339: « Bonjour Monsieur de La Motte »).
    (re.compile(r"p[èe]re\s", re.I), "mon Père", "au père"),
)
# « Père Gérard Tétrault », a religious: asked for as « le père Tétrault ».
_FATHER = re.compile(r"p[èe]re\s", re.I)
# « Pr Hélène Saint-Aubin » : a professor (of medicine, often), greeted « Madame la
# Professeure » (reads 223 and 224: « Monsieur Pr Jean-Marc Hoarau », « Bonjour Docteur »).
_PROFESSOR = re.compile(r"(?:Pre?|Prof|Professeure?)\.?\s", re.I)


def _clergy_form(typed_name: str, title: str) -> str | None:
    """The title a member of the clergy is greeted by, typed before the name or heading it."""
    for said, form, _ in _CLERGY:
        if said.match(typed_name.strip()) or said.match(title.strip()):
            return form
    return None


def _civility(context: InterviewContext, typed: str) -> str | None:
    """The civility noted, or the one the name typed or its given name says.

    A given name that says it says it here too (read 236: « Bonjour Monsieur, » to « Me
    Louis-Charles Desrosiers-Sauvé », president of the board).
    """
    met = context.interviewer
    return (
        met.civility
        or typed_civility(typed)
        or civility_of_given_name(
            without_civility(met.name), met.email, context.notes_on_the_person_met
        )
    )


def _professor_form(typed_name: str, civility: str | None) -> str | None:
    """« Madame la Professeure » for a name typed after « Pr », when the civility is known."""
    if not _PROFESSOR.match(typed_name.strip()) or civility is None:
        return None
    return "Monsieur le Professeur" if civility == "Monsieur" else "Madame la Professeure"


def asked_for(context: InterviewContext, typed_name: str = "") -> str | None:
    """How a call asks for a priest or a professor: « au père Tétrault », « à l'abbé Côté ».

    None for anyone else: the script asks for them by civility and name.

    >>> from suivi_templates.models import as_context
    >>> def asked(name, title=None, civility="Monsieur"):
    ...     return asked_for(as_context({
    ...         "locale": "fr_FR", "candidate": {"name": "Léa Roy", "gender": "f"},
    ...         "interviewer": {"name": name, "civility": civility, "title": title},
    ...         "company": {"name": "CHU"}, "role": {"title": "interne"},
    ...         "interview": {"date": "2026-11-20"}}))
    >>> asked("Père Gérard Tétrault", "curé"), asked("abbé Réginald Côté", "vicaire général")
    ('au père Tétrault', 'à l’abbé Côté')
    >>> asked("Gérard Tétrault", "curé"), asked("Pr Hélène Saint-Aubin", "cardiologue", "Madame")
    ('à Monsieur le Curé', 'à la professeure Saint-Aubin')
    >>> print(asked("Hélène Saint-Aubin", "cardiologue", "Madame"))
    None
    >>> asked("Pr Hélène Saint-Aubin", "cardiologue", None)  # the greeting's civility
    'à la professeure Saint-Aubin'
    >>> asked("Odile Fournier", "maire", "Madame")
    'à Madame la Maire'
    >>> print(asked("Anne-Sophie Théberge", "présidente du conseil d'administration", "Madame"))
    None
    """
    typed = (typed_name or context.interviewer.name).strip()
    title = (context.interviewer.title or "").strip()
    surname = context.interviewer.surname
    # The same civility as the greeting's (« Madame la Professeure »), guessed or noted.
    professor = _professor_form(typed, _civility(context, typed))
    if professor is not None:
        feminine = professor.startswith("Madame")
        return f"{'à la professeure' if feminine else 'au professeur'} {surname}"
    if _FATHER.match(typed):
        return f"au père {surname}"
    for said, _, asked in _CLERGY:
        if said.match(typed) or said.match(title):
            # « à Monsieur le Curé » is asked for by the office alone.
            return asked if asked.startswith("à Monsieur") else f"{asked} {surname}"
    # « Pourrais-je parler à Madame la Maire ? », as the letters greet her (read 331:
    # « à Madame Odile Fournier » at the town hall's switchboard).
    office = office_form(context, typed_name)
    return f"à {office}" if office is not None and _ASKED_BY_OFFICE.search(office) else None


# The offices a switchboard is asked for by title; the chair of a board is asked for by
# name (read 339: « Pourrais-je parler à Madame la Présidente ? » at a coop read incongruous).
_ASKED_BY_OFFICE = re.compile(
    r"\b(?:Maire|Mairesse|Proviseure?|Principale?|Inspect|Rect|Préf|Procureur)"
)


def office_form(context: InterviewContext, typed_name: str = "") -> str | None:
    """« Madame la Proviseure » when the title begins with an office so addressed, or None.

    >>> from suivi_templates.models import as_context
    >>> def office(title, civility="Madame", locale="fr_FR"):
    ...     return office_form(as_context({
    ...         "locale": locale, "candidate": {"name": "Léa Roy", "gender": "f"},
    ...         "interviewer": {"name": "Lila Aït Mansour", "civility": civility,
    ...                         "title": title},
    ...         "company": {"name": "Rectorat de Rennes"}, "role": {"title": "professeure"},
    ...         "interview": {"date": "2026-11-20"}}))
    >>> office("inspectrice de l'Éducation nationale (IEN-ET)")
    'Madame l’Inspectrice'
    >>> office("maire", "Madame", "fr_CA"), office("Maire de Rennes", "Monsieur")
    ('Madame la Mairesse', 'Monsieur le Maire')
    >>> print(office("directrice principale des opérations"), office("maire adjointe"))
    None None

    Not an office held elsewhere than where the interview was (read 164: « Madame la Maire »
    to the mayor of Fenain, met as vice-president of the communauté de communes):

    >>> office("maire de Fenain, vice-présidente chargée de la culture")
    'Madame la Vice-Présidente'
    >>> print(office("maire de Fenain, conseillère communautaire"))
    None
    >>> office("mairesse de Saint-Honoré et préfète de la MRC", locale="fr_CA")
    'Madame la Préfète'
    >>> office("procureur de la République près le tribunal judiciaire", "Monsieur")
    'Monsieur le Procureur'

    The clergy, by the title typed before the name or heading the title (read 222):

    >>> office("curé de la paroisse Saint-Albert", None)
    'Monsieur le Curé'
    >>> office_form(as_context({
    ...     "locale": "fr_CA", "candidate": {"name": "Léa Roy", "gender": "f"},
    ...     "interviewer": {"name": "abbé Réginald Côté", "title": "vicaire général"},
    ...     "company": {"name": "Diocèse de Gaspé"}, "role": {"title": "économe"},
    ...     "interview": {"date": "2026-11-16"}}))
    'Monsieur l’Abbé'
    """
    title = (context.interviewer.title or "").strip()
    typed = typed_name or context.interviewer.name
    clergy = _clergy_form(typed, title)
    if clergy is not None:
        return clergy
    civility = _civility(context, typed)
    # « Monsieur le Professeur » is French usage; in Québec it read as out of place (read
    # 251: three drafts), where a professor is greeted « Monsieur, » like anyone.
    professor = _professor_form(typed, civility) if context.locale == "fr_FR" else None
    if professor is not None:
        return professor
    if civility is None:
        return None
    office = _office_of(title, civility, context.locale == "fr_CA", context.company.name)
    # « président » alone, of a federation or an order: a chair, not a firm's owner (read 292:
    # « Bonjour Monsieur, » to the president of a hunters' federation).
    if office is None and _CHAIR_ALONE.fullmatch(title) and _A_BODY.match(context.company.name):
        return _chair_form(title, civility)
    return office


_CHAIR_ALONE = re.compile(r"présidente?", re.IGNORECASE)
# … or of an association (pair read 338: « Bonjour Madame » to the president of the
# association of the Haut-Béarn's summer pastures, where the hand wrote « Madame la
# Présidente »).
_A_BODY = re.compile(
    r"(?:la\s+|l['’]\s*)?(?:Fédération|Confédération|Union|Ordre|Chambre|Syndicat|Association)\b",
    re.IGNORECASE,
)


def _office_of(title: str, civility: str, in_quebec: bool, company: str) -> str | None:
    for office, masculine, feminine_fr, feminine_ca in _OFFICES:
        found = office.match(title)
        if found and _office_elsewhere(title[found.end() :], company):
            rest = title[found.end() :]
            # « mairesse de Saint-Honoré et préfète de la MRC » : met as the MRC's (fresh81);
            # one office after it is read, not a chain.
            second = _SECOND_OFFICE.search(rest)
            if second is not None and not _SECOND_OFFICE.search(rest[second.end() :]):
                return _office_of(rest[second.end() :], civility, in_quebec, company)
            return _chair_form(rest, civility)
        if found:
            if civility == "Monsieur":
                return f"Monsieur {masculine}"
            return f"Madame {feminine_ca if in_quebec else feminine_fr}"
    return None


# « …et préfète de la MRC », « …, préfet » : a second office, held where the interview was.
_SECOND_OFFICE = re.compile(r"(?:\s+et\s+|\s*,\s*)(?=(?:préfet|préfète|maire|mairesse)\b)", re.I)


# « maire de Fenain » : the place an office is held, after it.
_OFFICE_PLACE = re.compile(r"\s+(?:de|du|des|d['’])\s*([A-ZÀ-Ý][\w-]+)")


def _office_elsewhere(after_office: str, company: str) -> bool:
    """Whether the title places the office somewhere the company's name does not name."""
    place = _OFFICE_PLACE.match(after_office)
    return place is not None and place.group(1).casefold() not in company.casefold()


# « …, présidente du conseil d'administration » : the office held where the interview was.
_CHAIR = re.compile(r"\b(vice-)?présidente?\b", re.IGNORECASE)


def _chair_form(rest_of_title: str, civility: str) -> str | None:
    """« Madame la Vice-Présidente » when the title goes on to a chair, else None."""
    chair = _CHAIR.search(rest_of_title)
    if chair is None:
        return None
    vice = "Vice-" if chair.group(1) else ""
    if civility == "Monsieur":
        return f"Monsieur le {vice}Président"
    return f"Madame la {vice}Présidente"


# Elected offices, and the master of an apprentice or an intern: their « tu » is not returned.
_RANK = re.compile(
    r"\b(?:député|députée|maire|mairesse|ministre|sénateur|sénatrice|préfet|préfète"
    r"|élu|élue|conseill(?:er|ère)\s+(?:municipal|municipale|régional|régionale"
    r"|départemental|départementale)|maîtres?(?:se)?\s+(?:d['’]apprentissage|de\s+stage))\b",
    re.IGNORECASE,
)
_LEARNER = re.compile(r"\b(?:apprentie?|stagiaire|alternance|alternante?)\b", re.IGNORECASE)


def keeps_distance(context: InterviewContext) -> bool:
    """Whether a « tu » the person met gave unasked leaves the candidate at « Madame ».

    A member of parliament or a master of apprentices who said « tu » did not invite the
    candidate's first name (read 192: « Bonjour Geneviève » to a deputy, « Bonjour
    Françoise » from an apprentice of 19).

    >>> from suivi_templates import EXAMPLE_CONTEXT, InterviewContext
    >>> deputy = dict(EXAMPLE_CONTEXT["interviewer"], title="députée d'Orléans")
    >>> keeps_distance(InterviewContext.model_validate(dict(EXAMPLE_CONTEXT, interviewer=deputy)))
    True
    >>> keeps_distance(InterviewContext.model_validate(EXAMPLE_CONTEXT))
    False
    """
    title = context.interviewer.title or ""
    return bool(_RANK.search(title) or _LEARNER.search(context.role.title))
