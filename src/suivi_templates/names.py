"""Family names: which words of a full name follow « Madame » or « Monsieur ».

A greeting with a misspelt surname is the worst error a follow-up can make, so the rule is
conservative. The family name starts at the first particle after the given name (« de »,
« du », « des », « d’ », « le », « la », « van », « von », « di », « da », « dos »…), which
covers French, Belgian, Dutch, Breton, Italian, Spanish and Portuguese names; a name of two
words gives its last word. A longer name with no particle is ambiguous (« Marie Claude
Dubois », « María José García López »): the whole name is kept, and
``interviewer.family_name`` says the exact surname when it matters. A Vietnamese name whose
middle name is « Thi » or « Van » says its order: the family name comes first.

>>> family_name("Hélène de Villiers"), family_name("Paul Van Damme"), family_name("Marc Le Goff")
('de Villiers', 'Van Damme', 'Le Goff')
>>> family_name("Jean de La Fontaine-Roy"), family_name("Pierre-Yves d’Arcy")
('de La Fontaine-Roy', 'd’Arcy')
>>> family_name("Julie Tremblay"), family_name("Nguyen Thi Mai")
('Tremblay', 'Nguyen')
>>> family_name("Nguyen Van Long"), family_name("Tran Minh Duc")
('Nguyen', 'Tran Minh Duc')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

__all__ = [
    "PARTICLES",
    "civility_of_given_name",
    "civility_of_notes",
    "civility_of_title",
    "family_name",
    "given_name",
    "given_name_asked",
    "is_particle",
    "name_asked",
    "said_deaf",
    "said_iel",
    "shared_mailbox",
    "tutoiement_invited",
    "tutoiement_noted",
    "tutoiement_of_another",
    "typed_civility",
    "usual_order",
    "vous_kept",
    "without_civility",
    "written_name",
]

PARTICLES = frozenset(
    """
    de du des d' d’ le la les van von der den ter ten het vander vanden da di del della
    dei degli do dos das ben bin ibn el al mac mc saint sainte st ste ait aït ath ould
    """.split()
)
"""Words that open a family name after the given names (compared case-insensitively).

Kabyle « Aït », « Ath » and Arabic « Ould » too: « M. AIT KACI » is Monsieur Ait Kaci,
never « Monsieur Kaci » (read 112).
"""


def is_particle(word: str) -> bool:
    """Whether ``word`` opens a family name: « de », « Van », « d’Aubigné »."""
    folded = word.casefold()
    return folded in PARTICLES or folded.startswith(("d'", "d’"))


@lru_cache(maxsize=1024)
def usual_order(name: str, email: str | None = None) -> str:
    """The given names first: « DUPONT Jean-Claude » is « Jean-Claude DUPONT ».

    A form lists the surname first, in capitals; said in that order, the front desk heard
    « Monsieur Jean-Claude » (read 66). An address that spells the name in the order typed
    (« olivier.jeanbaptiste@… ») says it is already the usual one: « Jean-Baptiste » is a
    family name too (read 74).

    >>> usual_order("DUPONT Jean-Claude"), usual_order("LE GOFF Marie"), usual_order("Marc LE GOFF")
    ('Jean-Claude DUPONT', 'Marie LE GOFF', 'Marc LE GOFF')
    >>> usual_order("Olivier Jean-Baptiste", "olivier.jeanbaptiste@example.com")
    'Olivier Jean-Baptiste'
    >>> usual_order("Tremblay Jean-François", "tremblay.jf@example.com")
    'Jean-François Tremblay'
    >>> usual_order("Bergeron Jean-François", "bergeron.jean-francois@example.com")
    'Jean-François Bergeron'
    """
    words = name.split()
    capitals = next((i for i, w in enumerate(words) if not _in_capitals(w)), len(words))
    if 0 < capitals < len(words) and all(w[:1].isupper() for w in words[capitals:]):
        return " ".join(words[capitals:] + words[:capitals])
    given = _given_name_typed_last(words)
    # The address in the order typed says so only after a given name: « bergeron.jean-francois@ »
    # is the « nom.prénom » of many employers (read 195: « Monsieur Jean-François »).
    if given and not (_address_spells(email, words) and _known_given(words[0])):
        return " ".join(words[-given:] + words[:-given])
    # « Jean-Baptiste Léa-Rose » of « learose.jb@ » : two given-looking names, the address
    # says which one is hers (read 164: « je m'appelle Jean-Baptiste Léa-Rose »).
    if len(words) == 2 and _address_spells_given_first(email, words[1], words[0]):
        return f"{words[1]} {words[0]}"
    return name


def _address_spells_given_first(email: str | None, given: str, family: str) -> bool:
    """Whether the address's local part spells ``given`` as the given name of ``family``.

    ``given`` whole then ``family`` or its initials, or ``given``'s initials and ``family``.

    >>> _address_spells_given_first("learose.jb@museo.example", "Léa-Rose", "Jean-Baptiste")
    True
    >>> _address_spells_given_first("jb.learose@museo.example", "Léa-Rose", "Jean-Baptiste")
    False
    >>> _address_spells_given_first("dupont.m@example.com", "Dupont", "Marc")
    False
    >>> _address_spells_given_first("mc.joseph@example.com", "Marie-Claire", "Joseph")
    True
    >>> _address_spells_given_first("jeanbaptiste.ml@example.fr", "Jean-Baptiste", "Marie-Line")
    False
    >>> _address_spells_given_first("rh.saintaime@cacem.example", "Rose-Hélène", "Saint-Aimé")
    True
    >>> _address_spells_given_first("remi.teriitahi@cht.example", "Rémi", "Teriitahi")
    True
    """
    if not email or "@" not in email:
        return False
    # « rh.saintaime@ » for « Saint-Aimé Rose-Hélène » : her initials, then the whole family
    # name, even one no given name looks like (read 220: « Bonjour Saint-Aimé Rose-Hélène »).
    exact = _letters(email.partition("@")[0]) == _name_initials(given) + _letters(family)
    if exact and "-" in given and (_compound_given(given) or _known_given(given.partition("-")[0])):
        return True
    # « remi.teriitahi@ » for « Teriitahi Rémi » : the given name, then the family name no
    # given name looks like, each whole (fresh93: « Bonjour Docteur Rémi »).
    parts = [_letters(part) for part in email.partition("@")[0].split(".")]
    if (
        parts == [_letters(given), _letters(family)]
        and _known_given(given.partition("-")[0])
        and not _known_given(family.partition("-")[0])
    ):
        return True
    # Only between two names that both look given: « dupont.m@ » is no sign (nom.prénom).
    looks_given = (_compound_given(w) or _known_given(w.partition("-")[0]) for w in (given, family))
    if not all(looks_given):
        return False
    # « jeanbaptiste.ml@ » for « Marie-Line Jean-Baptiste » : a family name too, spelled
    # whole before her initials, as « nom.initiales » (read 207: « Jean-Baptiste Marie-Line »).
    if (
        given.casefold() in _COMPOUND_FAMILY_NAMES
        and family.casefold() not in _COMPOUND_FAMILY_NAMES
    ):
        return False
    local = _letters(email.partition("@")[0])
    rest = local.removeprefix(_letters(given))
    if rest != local and rest in (_name_initials(family), _letters(family)):
        return True
    # « mc.joseph@ » for « Joseph Marie-Claire » : her initials, then her family name (read
    # 192: « Madame Marie-Claire »).
    initials, surname = _name_initials(given), _letters(family)
    # Not « maeva.jb@ », her given name and the initials of her family name (fresh65).
    return local == initials + surname


def _name_initials(name: str) -> str:
    return "".join(piece[:1] for piece in re.split(r"[-\s]", _folded(name)) if piece)


def _address_spells(email: str | None, words: list[str]) -> bool:
    """Whether the address's local part is the name in the order typed (« olivier.jeanbaptiste@ »).

    « tremblay.jf@ » or « jf.tremblay@ » spell it otherwise, and leave the guess alone.
    """
    if not email or "@" not in email:
        return False
    return _letters(email.partition("@")[0]) == _letters("".join(words))


def _letters(text: str) -> str:
    """The unaccented lowercase letters of ``text``: « Léa-Rose » → « learose »."""
    return re.sub(r"[^a-z]", "", _folded(text))


# The first word of an address a service shares: « contact@ », « rh.sherbrooke@ ».
_SHARED_MAILBOXES = frozenset(
    """contact contacts rh drh hr info infos information population recrutement recrutements
    emploi emplois accueil secretariat direction candidature candidatures job jobs careers
    carriere carrieres mairie administration bonjour service services stage stages
    personnel pharmacie clinique cabinet garage atelier boutique bureau reception equipe
    admin office hello team""".split()
)


def shared_mailbox(email: str | None) -> bool:
    """Whether an address is a service's, read by more than the person met.

    >>> shared_mailbox("population@mairie-bois-cheron.example"), shared_mailbox("rh.est@x.ca")
    (True, True)
    >>> shared_mailbox("py.marchetti@ch-staubin.example"), shared_mailbox(None)
    (False, False)
    >>> shared_mailbox("pharmacie.durhone@officine.example")  # fresh41
    True
    """
    if not email or "@" not in email:
        return False
    first = re.split(r"[._+-]", _folded(email.partition("@")[0]), maxsplit=1)[0]
    return first in _SHARED_MAILBOXES


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()


# First halves of compound given names: « Jean-François », « Marie-Ève », « Pierre-Luc ».
_COMPOUND_GIVEN = frozenset(
    "jean marie anne pierre paul louis marc luc jacques joseph charles philippe michel".split()
)
# « Ben », « Bin » open given names as often as family names: not a sign of the order.
_LEADING_PARTICLES = PARTICLES - {"ben", "bin"}


def _given_name_typed_last(words: list[str]) -> int:
    """How many words at the end are the given name of a name typed surname first, or 0.

    A form asks for the family name first, and a signature « Da Silva Rui » or « Tremblay
    Jean-François » read back to front (read 69). Two signs are safe: a name that opens with
    a particle and ends with one word after its surname, and a compound given name last.

    >>> usual_order("Da Silva Rui"), usual_order("Tremblay Jean-François")
    ('Rui Da Silva', 'Jean-François Tremblay')
    >>> usual_order("De La Cruz"), usual_order("Marie-Ève Tremblay"), usual_order("Ben Le Goff")
    ('De La Cruz', 'Marie-Ève Tremblay', 'Ben Le Goff')
    >>> usual_order("Ben Amor Sonia"), usual_order("Ben Salah Karim")
    ('Sonia Ben Amor', 'Karim Ben Salah')
    >>> usual_order("Houle J.-F."), usual_order("J.-F. Houle"), usual_order("HOULE J.-F.")
    ('J.-F. Houle', 'J.-F. Houle', 'J.-F. HOULE')
    >>> usual_order("Nadège Pierre-Louis"), usual_order("Olivier Jean-Baptiste")
    ('Nadège Pierre-Louis', 'Olivier Jean-Baptiste')
    >>> usual_order("Wilner Jean-Baptiste"), usual_order("Teddy Louis-Joseph")  # read 268
    ('Wilner Jean-Baptiste', 'Teddy Louis-Joseph')
    >>> usual_order("Bergeron Lise-Anne"), usual_order("Lou Martin-Bertrand")  # read 344
    ('Lise-Anne Bergeron', 'Lou Martin-Bertrand')
    >>> usual_order("Jean-Marc Édouard-Joseph")
    'Jean-Marc Édouard-Joseph'
    >>> usual_order("Kevin M."), family_name("Kevin M.")
    ('Kevin M.', 'Kevin M.')
    """
    # « Kevin M. » : a known given name, then the family name's initial (read 160: « M. Kevin »).
    if len(words) == 2 and _LONE_INITIAL.fullmatch(words[1]) and _known_given(words[0]):
        return 0
    particles = next((i for i, w in enumerate(words) if w.casefold() not in _LEADING_PARTICLES), 0)
    if particles and len(words) == particles + 2:
        return 1
    # Not after a known given name: « Nadège Pierre-Louis » is Nadège (read 127: « ici
    # Pierre-Louis Nadège »).
    if (
        len(words) == 2
        and _compound_given(words[1])
        and not _compound_given(words[0])
        and not _known_given(words[0])
        # « Wilner Jean-Baptiste » : a family name of the Antilles and Haiti, last as typed
        # (read 168: « je m'appelle Jean-Baptiste Wilner »).
        and words[1].casefold() not in _COMPOUND_FAMILY_NAMES
    ) or _family_then_two_given(words):
        return 1
    # « Houle J.-F. » : initials last are the given name (read 150: « Monsieur J.-F. »).
    if len(words) == 2 and _initials(words[1]) and not _initials(words[0]):
        return 1
    # « Ben Amor Sonia » : « Ben » opens a family name when a known given name ends it
    # (fresh41: « Madame Ben Amor Sonia »).
    if len(words) == 3 and words[0].casefold() in {"ben", "bin"} and _known_given(words[2]):
        return 1
    return 0


_LONE_INITIAL = re.compile(r"[A-ZÀ-Þ]\.?")


# Compound given names that are family names too, often (Antilles, Haiti, Québec).
_COMPOUND_FAMILY_NAMES = frozenset(
    """jean-baptiste jean-louis pierre-louis jean-charles jean-gilles jean-jacques
    marie-sainte saint-louis louis-joseph marie-joseph pierre-charles""".split()
)


def _known_given(word: str) -> bool:
    return _folded(word) in _given_names()  # written there in lowercase, without accents


# Family names that come first in Vietnamese, where « Van » and « Thi » are middle names:
# « Monsieur Van Long » for M. Nguyen Van Long (read 72). Those that are also particles
# (« Le », « Do ») are read as particles.
_VIETNAMESE_FAMILY_NAMES = frozenset(
    """nguyen nguyễn tran trần pham phạm hoang hoàng huynh huỳnh phan vu vũ vo võ dang đặng
    bui bùi ho hồ ngo ngô duong dương ly lý truong trương dinh đinh trinh trịnh luong lương
    cao""".split()
)


_VIETNAMESE_MIDDLE = frozenset("thi thị van văn".split())

# The most common Chinese family names in pinyin, and the shape of a pinyin given name (one or
# two syllables) that is no French given name: « Chen Li », « Wang Xiaoming », not « Ma Anne ».
_CHINESE_FAMILY_NAMES = frozenset(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo
    zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu
    du ye cheng wei su lü lu ding ren yao shen zhong cui tan fan jin shi liao jia xia fu fang
    bai zou meng xiong qin qiu hou yin xue yan duan lei long shao qian tao mao hao kong""".split()
)
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua"
    r"|ue|üe|ui|un|uo|a|e|i|o|u|ü)"
)
_PINYIN_GIVEN_NAME = re.compile(rf"(?i:(?:{_PINYIN_SYLLABLE}){{1,2}})")


def _in_chinese_order(words: list[str]) -> bool:
    """Whether two words read as a Chinese name, family name first (« Chen Li »)."""
    family, given = words
    return (
        family.casefold() in _CHINESE_FAMILY_NAMES
        and _PINYIN_GIVEN_NAME.fullmatch(given) is not None
        and not is_given_name(given)
    )


def _compound_given(word: str) -> bool:
    first, dash, rest = word.partition("-")
    return bool(dash and rest) and first.casefold() in _COMPOUND_GIVEN


def _family_then_two_given(words: list[str]) -> bool:
    """Whether a family name comes first, then two given names joined: « Bergeron Lise-Anne ».

    Read 344 greeted her « Bonjour Madame Lise-Anne ». Not after a given name: « Lou
    Martin-Bertrand » is Lou, of the Martin-Bertrand family.
    """
    return (
        len(words) == 2
        and "-" in words[1]
        and all(_known_given(part) for part in words[1].split("-"))
        and not is_given_name(words[0])
        # « Jean-Marc Édouard-Joseph » : given names first (fresh76).
        and not all(_known_given(part) for part in words[0].split("-"))
        and words[1].casefold() not in _COMPOUND_FAMILY_NAMES
    )


def _in_capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters) and not _initials(word)


def _initials(word: str) -> bool:
    """Whether a word is a given name's initials: « J.-F. », « M.-C. », « J-F » (read 150)."""
    return _INITIALS.fullmatch(word) is not None


_INITIALS = re.compile(r"(?:[A-ZÀ-Þ](?:\.-?|-))+[A-ZÀ-Þ]?")


def family_name(full_name: str, email: str | None = None) -> str:
    """The family name of ``full_name``, as it follows a civility (« Madame de Villiers »).

    A name typed « NOM Prénom » gives its family name in capitals, whatever follows (fresh54:
    « NGUYEN Van Thanh » read « Van » as a particle).

    >>> family_name("NGUYEN Van Thanh"), family_name("VAN DER LINDEN Geneviève")
    ('NGUYEN', 'VAN DER LINDEN')
    >>> family_name("Hélène de Villiers"), family_name("Nguyen Van Long")
    ('de Villiers', 'Nguyen')
    >>> family_name("Maria do Carmo Dos Santos"), family_name("Maria das Dores Costa")
    ('Dos Santos', 'Costa')
    >>> family_name("João da Silva")
    'da Silva'

    A civility typed before the name is no part of it (fresh90: « Mme JOSEPH-ANGÉLIQUE »
    gave « Mme », a hyphenated family name read as given names):

    >>> family_name("Mme JOSEPH-ANGÉLIQUE"), family_name("Mme Chantal DION")
    ('JOSEPH-ANGÉLIQUE', 'DION')

    After a civility, « Ben » opens the family name (fresh120: « Mme Ben Amor » was
    « Madame Ben Amor » in the letters, « Amor » here):

    >>> family_name("Mme Ben Amor"), family_name("Ben Amor")
    ('Ben Amor', 'Amor')
    >>> family_name("Mme DA COSTA RIBEIRO")
    'DA COSTA RIBEIRO'

    A Chinese name is said whole, since its order is not sure:

    >>> family_name("Chen Li"), family_name("Wang Xiaoming"), family_name("Ma Anne")
    ('Chen Li', 'Wang Xiaoming', 'Anne')
    """
    bare = without_nickname(full_name)
    full_name = without_civility(bare)
    after_civility = full_name != bare
    # « Mme DA COSTA RIBEIRO » : all in capitals after a civility, no given name was typed
    # (read 291: « Madame Da Costa »).
    if after_civility and full_name.isupper():
        return full_name
    typed_first = family_name_typed_first(full_name)
    if typed_first is not None:
        return typed_first
    ordered = usual_order(full_name, email)
    words = ordered.split()
    if not words:
        return ordered
    if words[0].casefold() in _LEADING_PARTICLES or (after_civility and is_particle(words[0])):
        return ordered  # « Le Goff », « De La Cruz »: no given name was typed
    if len(words) > 2 and words[0].casefold() in _VIETNAMESE_FAMILY_NAMES:
        # « Nguyen Thi Hoa »: « Thi » or « Van » next says the Vietnamese order, family name
        # first (read 170: « Bonjour Madame, » on a shared line, where « Madame Nguyen » says
        # whom the message is for); « Van » is then a middle name, not a particle.
        return words[0] if words[1].casefold() in _VIETNAMESE_MIDDLE else ordered
    if len(words) == 2 and _in_chinese_order(words):
        # « Chen Li »: Chinese names are written family name first, yet « Li » is a family
        # name too. The whole name cannot be wrong (pair read 338: « Mme Li » for Mme Chen).
        return ordered
    if len(words) <= 2:
        # « Kevin M. » : an initial is no name to say after « Monsieur ».
        return ordered if _LONE_INITIAL.fullmatch(words[-1]) else words[-1]
    # « Maria do Carmo Dos Santos » : a devotional name is part of the given name (read 189:
    # « Madame do Carmo Dos Santos »); the family name comes after it.
    start = 1
    if len(words) > 3 and " ".join(words[1:3]).casefold() in _DEVOTIONAL_GIVEN_NAMES:
        start = 3
    for index, word in enumerate(words[start:], start=start):
        if is_particle(word):
            return " ".join(words[index:])
    return ordered if start == 1 else " ".join(words[start:])


# Portuguese and Spanish given names of devotion (« Maria do Carmo », « Maria das Dores »).
_DEVOTIONAL_GIVEN_NAMES = frozenset(
    name.strip()
    for name in """do carmo, das dores, da conceição, de fátima, de fatima, do rosário, do rosario,
    da graça, dos anjos, de lourdes, do céu, da luz, da glória, da gloria, de jesus, del carmen,
    de los ángeles, del pilar, de la paz, do socorro, da penha, das graças, da piedade""".split(",")
)


def family_name_typed_first(full_name: str) -> str | None:
    """The family name typed first in capitals (« NGUYEN Van Thanh »), or None.

    >>> family_name_typed_first("DOS SANTOS Mickaël"), family_name_typed_first("Marc Le Goff")
    ('DOS SANTOS', None)
    """
    found = _FAMILY_NAME_IN_CAPITALS.match(full_name.strip())
    if found is None or any(_initials(word) for word in found.group(1).split()):
        return None
    # The given names after it each start with a capital, as ``usual_order`` reads them
    # (hypothesis: « AA Aa a »).
    if any(not word[:1].isupper() for word in full_name.strip()[found.end() :].split()):
        return None
    return found.group(1)


# « NGUYEN Van Thanh », « DOS SANTOS Mickaël » : the family name typed first, in capitals.
# A word of capitals ends on a letter: « D’ Aubigny » is an elided particle, not a name.
_FAMILY_NAME_IN_CAPITALS = re.compile(
    r"^((?:[A-ZÀ-Þ][A-ZÀ-Þ'’-]*[A-ZÀ-Þ]\s+)*[A-ZÀ-Þ][A-ZÀ-Þ'’-]*[A-ZÀ-Þ])\s+(?=[A-ZÀ-Þ][a-zà-ÿ])"
)
# Particles French usage writes with a capital when the name is typed in full (« Marc Le
# Goff », « Saint-Pierre »): the others stay lowercase inside a name.
# « Ben Amor », « Aït Ouali », « Ould Brahim » keep theirs too (pair read 282: « Sonia ben
# Amor » signed a letter).
_CAPITALISED_PARTICLES = frozenset(
    "le la les saint sainte st ste mac mc ben bin ibn ait aït ath ould".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_TWO_LETTERS_BEFORE = re.compile(r"[^\W\d_]{2}$")
_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")


_TYPED_WITH_ITS_CAPITAL = re.compile(r"(?:^|\s)[A-ZÀ-Ý][a-zà-ÿ]+-$")


def written_name(name: str) -> str:
    """A name typed all in lowercase or in capitals, with its capitals.

    « Bonjour Madame gagnon » and « Christelle PERRIN » at the front desk read as typed on
    a form (read 65). A particle stays lowercase; a name typed with its capitals is kept.

    >>> written_name("steve gagnon"), written_name("Christelle PERRIN")
    ('Steve Gagnon', 'Christelle Perrin')
    >>> written_name("antoine de la roche-fontenay"), written_name("Pierre-Luc Van Houtte")
    ('Antoine de La Roche-Fontenay', 'Pierre-Luc Van Houtte')
    >>> written_name("d'Aubigny"), written_name("D'Amours"), written_name("d'amours")
    ("d'Aubigny", "D'Amours", "D'Amours")
    >>> written_name("Hélène d’Aubigné"), written_name("VAN DER LINDEN Geneviève")
    ('Hélène d’Aubigné', 'Van der Linden Geneviève')
    >>> written_name("Yann Le Floc'h"), written_name("yann le floc’h"), written_name("o'neil")
    ("Yann Le Floc'h", 'Yann Le Floc’h', "O'Neil")
    >>> written_name("Park Ji-woo"), written_name("jean-luc roy")
    ('Park Ji-woo', 'Jean-Luc Roy')
    >>> written_name("de Saint-Priest"), written_name("de saint-priest")
    ('de Saint-Priest', 'De Saint-Priest')
    """

    def written(match: re.Match[str]) -> str:
        word = match.group(0)
        before = name[: match.start()]
        # « Floc’h » : after a word of two letters or more, the apostrophe is inside the
        # name, not an elision (read 77: « Le Floc’H »).
        if before[-1:] in "'’" and _TWO_LETTERS_BEFORE.search(before[:-1]):
            return word.lower() if word.isupper() and len(word) == 1 else word
        if not (word.islower() or (word.isupper() and len(word) > 1)):
            return word
        # « Park Ji-woo » : a hyphenated name typed with its first capital only is written
        # so (read 220: « Ji-Woo » in her own signature).
        if word.islower() and _TYPED_WITH_ITS_CAPITAL.search(before):
            return word
        # « VAN DER LINDEN » : a particle after a particle keeps its lowercase (fresh52).
        # The word before, a particle of a few letters: a long name is not read again for it.
        last = _LAST_WORD.search(before[-40:])
        if (
            word.isupper()
            and is_particle(word.lower())
            and word.lower() not in _CAPITALISED_PARTICLES
            and last is not None
            and is_particle(last.group(1).lower())
        ):
            return word.lower()
        # « Mme d'Aubigny » : the particle typed in lowercase stays so, even first (read 146),
        # and so does « M. de Saint-Priest » (fresh153: « Bonjour Monsieur De Saint-Priest »).
        if (
            word == "d"
            and name[match.end() : match.end() + 1] in "'’"
            and name[match.end() :][1:2].isupper()
        ) or (
            word in ("de", "du", "des")
            and name[match.end() : match.end() + 1] == " "
            and name[match.end() + 1 : match.end() + 2].isupper()
        ):
            return word
        inside = match.start() > 0 and word.islower()
        # « d » is the particle « d’ » cut at its apostrophe: « Madame d’Aubigné ».
        particle = word == "d" or is_particle(word)
        if inside and particle and word not in _CAPITALISED_PARTICLES:
            return word
        return word.capitalize()

    return _WORD.sub(written, name)


# « Mme Chantal Dion » typed with her civility (read 63): a name of two words at least follows.
# In any case: « mme pépin » typed on a phone is « Madame Pépin », not « Madame Mme Pépin »
# (read 129).
# « abbé Réginald Côté », « Mgr Jean Roy », « sœur Marie Roy » : a member of the clergy, the
# title typed before the name (read 222: « Monsieur Abbé Réginald Côté »).
_TYPED_CIVILITY = re.compile(
    r"^(?:Mme|Mlle|M\.|Mr\.?|Madame|Monsieur|Me|Maître|Dre?|Docteure?"
    r"|(?:l['’])?abb[ée]|Mgr|Monseigneur|chanoine|p[èe]re|fr[èe]re|s(?:œ|oe)ur"
    r"|Pre?|Prof|Professeure?)\.?\s+(?=\S+\s+\S)",
    re.IGNORECASE,
)


_TYPED_GENDER = {
    "mme": "Madame",
    "mlle": "Madame",
    "madame": "Madame",
    "dre": "Madame",
    "docteure": "Madame",
    "m": "Monsieur",
    "mr": "Monsieur",
    "monsieur": "Monsieur",
    **dict.fromkeys(
        "abbé abbe l'abbé l’abbé mgr monseigneur chanoine père pere frère frere".split(), "Monsieur"
    ),
    "pre": "Madame",
    "professeure": "Madame",
    "sœur": "Madame",
    "soeur": "Madame",
}


_TYPED_CIVILITY_BEFORE_ANY = re.compile(
    _TYPED_CIVILITY.pattern.replace(r"(?=\S+\s+\S)", r"(?=\S)"), re.IGNORECASE
)


def typed_civility(name: str) -> str | None:
    """The civility a name was typed with, when it says one: « Mme Chantal Dion » → Madame.

    « Me » and « Dr » say nothing of the person (« Dr » is written for both in France).

    >>> typed_civility("Mme Chantal Dion"), typed_civility("M. Roy"), typed_civility("Me Ève Roy")
    ('Madame', 'Monsieur', None)
    >>> typed_civility("mme pépin")
    'Madame'
    """
    typed = _TYPED_CIVILITY_BEFORE_ANY.match(name)
    return None if typed is None else _TYPED_GENDER.get(typed.group().strip(" .").casefold())


# A title's head in its feminine form: no one calls a man « directrice » or « cheffe ». A
# masculine form says nothing (« Madame le directeur » is still written in France).
_FEMININE_TITLE = re.compile(
    r"^\s*(?:\w+-)?\w*(?:trice|euse|ière|ienne|ante|ente|eure|ée|cheffe|esse|jointe)(?![\w-])",
    re.IGNORECASE,
)
# « secrétaire générale » : a head of either gender, its adjective agreed (fresh163: « Bonjour
# Monsieur » to Bérénice du Plessis, four drafts at 2).
_EPICENE_AGREED = re.compile(
    r"^\s*\w+e\s+\w*(?:ale|elle|ive|ière|ée|eure|ante|ente|ienne)(?![\w-])", re.IGNORECASE
)


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """Given names that say the civility, from ``given_names.txt`` (read on first use)."""
    lines = Path(__file__).with_name("given_names.txt").read_text("utf-8").splitlines()
    pairs = (line.split() for line in lines if line and not line.startswith("#"))
    return {given: civility for civility, given in pairs}


# Given names borne by men and women alike: given_names.txt leaves them out, as they say no
# civility, but they are given names all the same.
_EPICENE_GIVEN_NAMES = frozenset(
    "camille claude dominique alex sacha sasha charlie sam noa noah andrea morgan maxime "
    "frederique lou eden ange".split()
)


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name people bear in France or Québec, as far as we know.

    >>> is_given_name("Chloé"), is_given_name("Sacha"), is_given_name("Dakar")
    (True, True, False)
    """
    folded = _folded(word).casefold()
    return folded in _given_names() or folded in _EPICENE_GIVEN_NAMES


def civility_of_given_name(
    name: str, email: str | None = None, notes: Iterable[str] = ()
) -> str | None:
    """« Monsieur » for « Aurélien Petit », « Madame » for « Marie-Ève Roy », else None.

    None too when the ``notes`` on the person call them « iel » (see ``said_iel``).

    Only for a name with a family name, and a given name that only men or only women bear
    in France and Québec (« Camille », « Claude », « Dominique » say nothing): « Bonjour
    Aurélien Petit, » read as a mail merge to readers 74 and 75 (13 drafts). A compound
    name goes by its first half (« Jean-Marie »).

    >>> civility_of_given_name("Aurélien Petit"), civility_of_given_name("DUPONT Jean-Claude")
    ('Monsieur', 'Monsieur')
    >>> civility_of_given_name("Marie-Ève Tremblay"), civility_of_given_name("Camille Roy")
    ('Madame', None)
    >>> civility_of_given_name("Rodrigue du Pontavice"), civility_of_given_name("Nolwenn Le Goff")
    ('Monsieur', 'Madame')
    >>> civility_of_given_name("Martin"), civility_of_given_name("Martin Dupuis")
    (None, 'Monsieur')
    >>> civility_of_given_name("Nguyen Thi Lan"), civility_of_given_name("Tran Van Minh")
    ('Madame', 'Monsieur')
    >>> print(civility_of_given_name("Alexis Roy", notes=["Alexis (iel) super cool"]))
    None
    """
    if said_iel(notes, name):
        return None
    words = usual_order(name, email).split()
    if len(words) < 2:
        return None
    # « Nguyen Thi Lan » : « Thi » names a woman, « Van » a man, after a Vietnamese family
    # name (read 160: « Bonjour Nguyen Thi Lan, »).
    if len(words) > 2 and words[0].casefold() in _VIETNAMESE_FAMILY_NAMES:
        middle = _folded(words[1])
        if middle in ("thi", "van"):
            return "Madame" if middle == "thi" else "Monsieur"
    given = _folded(words[0])
    table = _given_names()
    return table.get(given) or table.get(given.partition("-")[0])


def civility_of_title(title: str | None) -> str | None:
    """« Madame » for a title whose head is feminine (« directrice des RH »), else None.

    With no civility noted, the e-mails greeted « Bonjour Aurélie Petit, », marked down by
    readers 69 to 72.

    >>> civility_of_title("directrice des ressources humaines"), civility_of_title("cheffe d'unité")
    ('Madame', 'Madame')
    >>> civility_of_title("directeur"), civility_of_title("responsable RH"), civility_of_title(None)
    (None, None, None)
    >>> civility_of_title("sous-directrice"), civility_of_title("gérante de succursale")
    ('Madame', 'Madame')
    >>> civility_of_title("secrétaire générale"), civility_of_title("responsable administrative")
    ('Madame', 'Madame')
    >>> civility_of_title("secrétaire général"), civility_of_title("responsable de la clientèle")
    (None, None)
    """
    if not title:
        return None
    return "Madame" if _FEMININE_TITLE.match(title) or _EPICENE_AGREED.match(title) else None


# « il a insisté », « elle en a parlé longtemps »: the candidate's notes speak of the person
# met. « il faut », « il y a », « il fait froid », « il manque deux préposés » are impersonal,
# and « ils » / « elles » are the team.
_PRONOUN = re.compile(
    r"(?<![\w'’-])(il|elle)\s+(?!(?:y|faut|fallait|fallu|faudra|faudrait|fait|faisait|pleut|neige"
    r"|manque|manquait|reste|restait|suffit|vaut|s['’]agit|se\s+peut|semble\s+que)(?![\w'’]))"
    r"(?=[^\W\d_])",
    re.IGNORECASE,
)


def said_iel(notes: Iterable[str], name: str = "") -> bool:
    """Whether the notes call the person met « iel »: no civility is guessed for them.

    « Alexis (iel) super cool » was asked for as « Monsieur Alexis Bélanger-Ruiz » (read 239).

    >>> said_iel(["Alexis (iel) super cool, on s'est tutoyé·es"]), said_iel(["il a insisté"])
    (True, False)
    >>> said_iel(["mon pronom (iel) -> il a pas bronché, correct"])
    False

    Said of another panel member, it is theirs:

    >>> said_iel(["Mme Nguyen, M. Roy + Sasha Côté (iel), analyste"], "Nguyen Thi Lan")
    False
    >>> said_iel(["Alexis (iel) super cool"], "Alexis Bélanger-Ruiz")
    True
    """
    return any(
        _IEL.search(sentence) and not _OWN_PRONOUN.search(sentence) and _of(name, sentence)
        for note in notes
        for sentence in re.split(r"[.;!?\n]", note)
    )


def said_deaf(notes: Iterable[str], name: str) -> bool:
    """Whether the notes say the person met is deaf: a call or a voicemail would not reach them.

    « entrevue en visio avec interprète parce que Sonia est sourde » (read 288: a phone script
    asked her « Auriez-vous un instant? », scored 1).

    >>> said_deaf(["en visio avec interprète parce que Sonia est sourde"], "Sonia Ben Amor")
    True
    >>> said_deaf(["elle est malentendante, on a fait ça par écrit"], "Line Roy")
    True
    >>> said_deaf(["3 ans d'ateliers pour parents d'enfants sourds"], "Line Roy")
    False
    >>> said_deaf(["Julien, l'interprète, est sourd de naissance"], "Line Roy")
    False

    Asked, it is not said (read 315: « Mme Da Costa est malentendante? non je crois pas, c'était
    la ligne qui grésillait », and no call was drafted):

    >>> said_deaf(["Mme Da Costa est malentendante? non je crois pas"], "Isabel Da Costa")
    False

    « Visio avec Solène, qui est sourde » names her before « qui » (fresh161: a voicemail and
    a phone script for her, both scored 1):

    >>> said_deaf(["Visio avec Solène, qui est sourde : une interprète LSF"], "Solène Guillou")
    True
    >>> said_deaf(["l'interprète, qui est sourde elle aussi"], "Solène Guillou")
    False
    """
    words = {part.casefold() for part in re.findall(r"[^\W\d_]{3,}", name)} | {"elle", "il"}

    def who(before: str) -> list[str]:
        said = re.findall(r"[^\W\d_]+", before.casefold())
        return said[-2:-1] if said[-1:] == ["qui"] else said[-1:]

    return any(
        (found := _DEAF.search(sentence)) is not None
        and not sentence.endswith("?")
        and who(sentence[: found.start()]) in ([word] for word in words)
        for note in notes
        for sentence in re.findall(r"[^.;!?\n]+\s*[.;!?\n]?", note)
    )


# « Sonia est sourde », « elle est malentendante » : the word before « est » names who.
_DEAF = re.compile(r"\s+(?:est|était)\s+(?:sourde?|malentendante?)\b", re.IGNORECASE)


def _of(name: str, sentence: str) -> bool:
    """Whether an « iel » in brackets after a name is said of ``name`` (any, when not given).

    « Mme Nguyen, M. Tremblay-Ross (RH) + Sasha Côté (iel) » says it of Sasha Côté, not of
    Mme Nguyen, met (fresh104: « Bonjour Nguyen Thi Lan, »).
    """
    named = _NAMED_IEL.findall(sentence)
    if not name or not named:
        return True
    own = {_folded(word) for word in re.findall(r"[^\W\d_]+", name)}
    return any(_folded(word) in own for who in named for word in re.findall(r"[^\W\d_]+", who))


_IEL = re.compile(r"\biels?\b", re.IGNORECASE)
# « Sasha Côté (iel) », « Alexis (iel) » : the name just before the brackets.
_NAMED_IEL = re.compile(r"((?:[A-ZÀ-Ý][\w’'-]*\s+){0,2}[A-ZÀ-Ý][\w’'-]*)\s*\(\s*iels?\b")
# « mon pronom (iel) -> il a pas bronché » : the candidate's own (fresh99).
_OWN_PRONOUN = re.compile(r"\b(?:mon|mes)\s+pronoms?\b|\bje\s+suis\s+iel\b", re.IGNORECASE)


def civility_of_notes(notes: Iterable[str]) -> tuple[str, str] | None:
    """The civility the notes' pronouns say, and the words that say it, when they agree.

    « Bonjour Claude Lafrenière, » for a director the notes call « il » read as a mail
    merge (read 89). A pronoun of each gender says nothing.

    >>> civility_of_notes(["il en a parlé longtemps", "40 naissances par an"])
    ('Monsieur', 'il en a parlé')
    >>> civility_of_notes(["elle a insisté, 2 PAB la nuit", "il faut le permis"])
    ('Madame', 'elle a insisté')
    >>> civility_of_notes(["elle a insisté ; il a souri"]), civility_of_notes(["ils recrutent"])
    (None, None)
    """
    found: dict[str, str] = {}
    for note in notes:
        for match in _PRONOUN.finditer(note):
            civility = "Monsieur" if match.group(1).casefold() == "il" else "Madame"
            if civility in found:
                continue
            # The words from the pronoun to the clause's end, four at most (a short slice:
            # a long note is read once).
            clause = re.split(r"[,.;:!?]", note[match.start() : match.start() + 80], maxsplit=1)
            found[civility] = " ".join(clause[0].split()[:4])
            if len(found) == 2:
                return None
    if len(found) != 1:
        return None
    return next(iter(found.items()))


def given_name(full_name: str, email: str | None = None, family: str | None = None) -> str | None:
    """The given name of ``full_name``, or None when it cannot be told safely.

    A family name typed apart (``family``) leaves the given name: « Lucía Fernández García »
    is « Lucía » to whom she said « tu » (read 324: « Bonjour Madame », then « tes élèves »).

    >>> given_name("Lucía Fernández García", family="Fernández García")
    'Lucía'

    The name the person goes by when one is typed in quotes: « Réjean « Bill » Lapointe »
    is called « Bill » by whoever he said « tu » to (fresh59).

    >>> given_name("Claire Dupont"), given_name("LE GOFF Marie"), given_name("J.-F. Houle")
    ('Claire', 'Marie', None)
    >>> print(given_name("Nguyen Thi Mai"), given_name("sandrine"))
    None None
    >>> given_name("Réjean « Bill » Lapointe"), family_name("Réjean « Bill » Lapointe")
    ('Bill', 'Lapointe')

    So is one in brackets, not initials (read 167: « Bonjour Ghislain » to « Ghislain (Gus)
    D'Amours », who « veut qu'on l'appelle Gus »):

    >>> given_name("Ghislain (Gus) D'Amours"), given_name("Jean-Sébastien (J-S) Leclerc")
    ('Gus', 'Jean-Sébastien')
    >>> given_name("Réal (Ti-Réal) Boily"), given_name("Jean-Philippe (Jp) St-Amour")
    ('Ti-Réal', 'Jean-Philippe')
    """
    if called := _NICKNAME.search(full_name) or _NICKNAME_IN_BRACKETS.search(full_name):
        return called[1][:1].upper() + called[1][1:]
    full_name = without_nickname(full_name)
    ordered = usual_order(full_name, email)
    family = family or family_name(full_name, email)
    if family.casefold() == ordered.casefold():
        return None
    if not ordered.casefold().endswith(" " + family.casefold()):
        return None
    given = ordered[: -len(family)].strip()
    if _initials(given.split()[0]) or not given[:1].isupper():
        return None
    return given


def name_used_alone(notes: Iterable[str], full_name: str) -> str | None:
    """The word of ``full_name`` the notes call the person by, alone, when one is.

    « Tran Minh Duc » is « Duc » to whoever noted « Duc + Émilie (productrice) » and said
    « tu » (read 267: « Bonjour Tran Minh Duc, » over « Bien à toi »).

    >>> name_used_alone(["Teams : Duc + Émilie", "on s'est tutoyés"], "Tran Minh Duc")
    'Duc'
    >>> print(name_used_alone(["avec M. Tran et Émilie"], "Tran Minh Duc"))
    None
    """
    words = [word for word in without_nickname(full_name).split() if len(word) > 1]
    if len(words) < 2:
        return None
    text = "\n".join(notes)
    for word in words:
        for found in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
            before = text[max(0, found.start() - 30) : found.start()].rstrip()
            after = text[found.end() : found.end() + 30].lstrip()
            civil = re.search(r"(?:M\.|Mme|Mr|Monsieur|Madame|Dre?|Me)$", before) is not None
            beside = any(after.startswith(o) or before.endswith(o) for o in words if o != word)
            if not civil and not beside:
                return word
    return None


def without_nickname(name: str) -> str:
    """The name without the nickname typed in quotes in it: « Réjean Lapointe ».

    >>> without_nickname("Jean-Sébastien (J-S) Leclerc"), without_nickname("fred «fred» poulin")
    ('Jean-Sébastien Leclerc', 'fred poulin')
    """
    return " ".join(_ASIDE.sub(" ", _NICKNAME.sub(" ", name)).split())


# « Réjean « Bill » Lapointe », « Jean "Johnny" Roy », « frédéric «fred» poulin »: what the
# person is called (read 160: « Frédéric « Fred » Poulin » to read aloud).
_NICKNAME = re.compile(r"[«\"“]\s*([^\W\d_][\w’'-]{1,20})\s*[»\"”]")
# « (Ti-Réal) » is one (read 207: « Bonjour Réal » to who said « appelle-moi Ti-Réal »);
# « (Jp) », initials recased, is not (read 207: « Bonjour Jp »).
_NICKNAME_IN_BRACKETS = re.compile(
    r"\(\s*([A-ZÀ-Ý][a-zà-ÿ’']{2,20}|[A-ZÀ-Ý][a-zà-ÿ’']*(?:-[A-ZÀ-Ý][a-zà-ÿ’']+)+)\s*\)"
)
# « Jean-Sébastien (J-S) Leclerc »: an aside in brackets is no part of the name (read 160).
_ASIDE = re.compile(r"\s*\([^()]{1,20}\)")


def tutoiement_noted(notes: Iterable[str]) -> bool:
    """Whether the notes say the person met spoke with « tu » (« elle m'a tutoyée »).

    >>> tutoiement_noted(["SCOP, tout le monde se tutoie"]), tutoiement_noted(["Il m'a tutoyé"])
    (True, True)
    >>> tutoiement_noted(["il ne m'a pas tutoyé"]), tutoiement_noted(["vouvoiement strict"])
    (False, False)
    >>> tutoiement_noted(["Elle m'a vouvoyée, lui tutoyée lol."])
    False
    >>> tutoiement_noted(["Le Dr m'a vouvoyée puis tutoyée à la fin."])
    True
    >>> tutoiement_noted(["il me tutoyait, moi je l'ai vouvoyé"])
    True
    >>> tutoiement_noted(["Elle a dit « appelez-moi Pascale »"])
    True
    >>> tutoiement_noted(["Il m'a dit appelle-moi Gus, très direct"])
    True
    >>> tutoiement_noted(["elle m'a dit de l'appeler Maryvonne mais je l'ai vouvoyée"])
    True
    >>> tutoiement_noted(["il a dit appelle moi direct si t'as des questions"])
    False
    >>> tutoiement_noted(["le chef a dit « ici on se tutoie » -> avec Gabrielle aussi? pas sûre"])
    False

    Whose « tu » it is (« on s'est tutoyées avec Léa, pas avec Mme Des Rosiers ») is for
    ``tutoiement_of_another`` to say. The « vous » of someone else leaves the « tu » (read
    381: « Bonjour Monsieur Brunet » to a man who had said « tu » from the first minute):

    >>> tutoiement_noted(["Jean-Marc m'a dit tu tout de suite, moi aussi. sa femme Odile fait "
    ...                   "la compta, avec elle on s'est vouvoyés."])
    True
    """
    return any(
        _TUTOIEMENT.search(note) and not _NO_TUTOIEMENT.search(note)
        for note in (_VOUS_OF_ANOTHER.sub("", note) for note in notes)
    )


# « sa femme Odile fait la compta, avec elle on s'est vouvoyés » : the sentence of another's
# « vous », in a note that gives the person met's « tu » in a sentence of its own.
_VOUS_OF_ANOTHER = re.compile(
    r"(?:^|(?<=[.\n]))[^.\n]*\bavec\s+(?:elle|lui|eux|elles)\b[^.\n]{0,40}\bvouvoy[^.\n]*",
    re.IGNORECASE,
)


def vous_kept(notes: Iterable[str]) -> bool:
    """Whether the notes say the candidate kept « vous » to a « tu » received.

    >>> vous_kept(["il m'a tutoyée, je l'ai vouvoyé"]), vous_kept(["moi j'ai gardé le vous"])
    (True, True)
    >>> vous_kept(["on s'est tutoyés"])
    False
    """
    return any(_KEPT_VOUS.search(note) for note in notes)


_KEPT_VOUS = re.compile(r"\bje\s+l['’]ai\s+vouvoy|\bj['’]ai\s+gardé\s+le\s+vous", re.IGNORECASE)


def tutoiement_of_another(notes: Iterable[str], name: str) -> bool:
    """Whether the « tu » the notes tell is another person's, in brackets after their name.

    >>> tutoiement_of_another(["Mme Lagardère + Thierry le chef (on s'est tutoyés direct)"],
    ...                       "Bernadette Lagardère")
    True
    >>> tutoiement_of_another(["Bernadette (on s'est tutoyées)"], "Bernadette Lagardère")
    False
    >>> tutoiement_of_another(["le Dr Kerhervé et Erwan, le technicien (on s'est tutoyés)"],
    ...                       "Pierre-Yves Kerhervé")  # read 276: four drafts at 2
    True
    >>> tutoiement_of_another(["le capitaine (Martin, on s'est tutoyés)"], "Lise Gagnon")
    True
    >>> tutoiement_of_another(["M. Le Bihan, Thierry le chargé de GUP (on s'est tutoyés)"],
    ...                       "Yannick Le Bihan")
    True
    >>> tutoiement_of_another(["Mme Dufour + son gars Tommy (contremaître) qui m'a tutoyé"],
    ...                       "Ghislaine Dufour-O'Neil")
    True
    >>> tutoiement_of_another(["Ghislaine, qui m'a tutoyé direct"], "Ghislaine Dufour-O'Neil")
    False
    >>> tutoiement_of_another(["Sarah (polisseuse) me tutoyait, Mme Morel non"], "Anne-Laure Morel")
    True
    >>> tutoiement_of_another(["Elle m'a tutoyée"], "Anne-Laure Morel")
    False

    A « tu » told on its own is the person met's, whoever else was tutoyé (read 316: « on s'est
    tutoyés, appelle-moi Pierrot. sa fille Margot gère la boutique (on s'est tutoyées
    aussi) », and every draft said « vous » to him):

    >>> tutoiement_of_another(["on s'est tutoyés, appelle-moi Pierrot. sa fille Margot gère "
    ...                        "la boutique (on s'est tutoyées aussi)"], "Pierre-Emmanuel Caussade")
    False
    >>> tutoiement_of_another(["Elle m'a tutoyée, moi je l'ai vouvoyée. Aussi rencontré Théo "
    ...                        "(on s'est tutoyés)."], "Mathilde Dupont-Vasseur")
    True
    >>> tutoiement_of_another(["sa fille Inès gère la boutique, on s'est tutoyés avec elle"],
    ...                       "Da Costa Manuel")  # fresh152: four drafts at 2
    True
    >>> tutoiement_of_another(["on s'est tutoyees avec Lea, pas avec Mme Des Rosiers"],
    ...                       "Hélène Des Rosiers")
    True
    >>> tutoiement_of_another(["on s'est tutoyés avec Isabelle, pas avec M. Côté"],
    ...                       "Isabelle Van Houtte")
    False
    """
    own = {_folded(word) for word in re.findall(r"[^\W\d_]+", name)}
    if any(_tu_of_the_person_met(sentence, own) for note in notes for sentence in _sentences(note)):
        return False
    for note in notes:
        for found in _TU_WITH_NOT_WITH.finditer(note):
            if _folded(found[1]) not in own:
                return True
    for note in notes:
        for found in _TU_IN_BRACKETS_AFTER.finditer(note):
            if _folded(found[1]) not in own:
                return True
        # « le capitaine intérimaire (Martin, on s'est tutoyés) » : the name inside the
        # brackets (read 218: the whole letter said « tu » to the mayor).
        for found in _NAME_IN_TU_BRACKETS.finditer(note):
            if _folded(found[1]) not in own:
                return True
        # « son gars Tommy (contremaître) qui m'a tutoyé direct » (read 222: « Bonjour
        # Ghislaine » to the director, who had not).
        for found in _TU_BY_WHO.finditer(note):
            if _folded(found[1]) not in own:
                return True
        # « Sarah (polisseuse) me tutoyait, Mme Morel non » (read 339: « Bonjour Anne-Laure »
        # to Mme Morel).
        for found in _GIVEN_NAME_SAID_TU.finditer(note):
            if _folded(found[1]) not in own and is_given_name(found[1]):
                return True
        if any(_tu_with_another_named(sentence, own) for sentence in _sentences(note)):
            return True
    return False


def _tu_with_another_named(sentence: str, own: set[str]) -> bool:
    """« sa fille Inès gère la boutique, on s'est tutoyés avec elle »: « elle » is Inès."""
    return _TU_WITH_HIM_OR_HER.search(sentence) is not None and any(
        _folded(word) not in own and is_given_name(word)
        for word in _CAPITALISED_WORD.findall(sentence)
    )


_TU_WITH_HIM_OR_HER = re.compile(r"tuto[iy]\w*\s+avec\s+(?:elle|lui)\b", re.IGNORECASE)
_CAPITALISED_WORD = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\b")


def _tu_of_the_person_met(sentence: str, own: set[str]) -> bool:
    """Whether ``sentence`` tells a « tu » and names no one else it was said with."""
    if not _TUTOIEMENT.search(sentence) or _NO_TUTOIEMENT.search(sentence):
        return False
    # « Elle m'a tutoyée, moi je l'ai vouvoyée » : a « tu » received, not shared (read 320).
    if _KEPT_VOUS.search(sentence):
        return False
    if _tu_with_another_named(sentence, own):
        return False
    with_whom = _TU_WITH_NOT_WITH.search(sentence)
    if with_whom is not None:
        return _folded(with_whom[1]) in own
    others = (
        found[1]
        for pattern in (_TU_IN_BRACKETS_AFTER, _NAME_IN_TU_BRACKETS, _TU_BY_WHO)
        for found in pattern.finditer(sentence)
    )
    return all(_folded(other) in own for other in others) and "(" not in sentence


def _sentences(note: str) -> list[str]:
    return re.split(r"[.;!?\n]+", note)


def tutoiement_by_the_other_sex(notes: Iterable[str], civility: str | None) -> bool:
    """Whether the « tu » the notes tell is said of someone of the other sex than the person met.

    « elle parle fort, on s'est tutoyées » beside a proviseur met as « il » (read 218).

    >>> tutoiement_by_the_other_sex(["elle parle fort, on s'est tutoyées"], "Monsieur")
    True
    >>> tutoiement_by_the_other_sex(["elle parle fort, on s'est tutoyées"], "Madame")
    False
    >>> tutoiement_by_the_other_sex(["il m'a tutoyé direct"], "Madame")
    True
    >>> tutoiement_by_the_other_sex(["elle parle fort, on s'est tutoyées. il m'a demandé"], None)
    True
    >>> tutoiement_by_the_other_sex(["on s'est tutoyés"], None)
    False

    A « tu » that names no one beside one told of another (read 316: « on s'est tutoyés,
    appelle-moi Pierrot. sa fille Margot gère la boutique (on s'est tutoyées aussi) »):

    >>> tutoiement_by_the_other_sex(["on s'est tutoyés, appelle-moi Pierrot. sa fille Margot "
    ...                              "(on s'est tutoyées aussi)"], "Monsieur")
    False
    """
    sentences = [s for note in notes for s in re.split(r"[.;\n]", note)]
    gendered = re.compile(r"\s*(?:elle|il)\b|.*\btutoyées\b", re.I)
    shared = (s for s in sentences if "(" not in s and not _KEPT_VOUS.search(s))
    if any(_TUTOIEMENT.search(s) and not gendered.match(s) for s in shared):
        return False
    said_of = {
        "Madame" if re.match(r"\s*elle\b|.*\btutoyées\b", s, re.I) else "Monsieur"
        for s in sentences
        if _TUTOIEMENT.search(s) and gendered.match(s)
    }
    if not said_of:
        return False
    if civility not in ("Madame", "Monsieur"):
        # Unknown, the person met is doubted when the notes speak of the other sex elsewhere
        # (« il m'a demandé… » beside « elle…, on s'est tutoyées »): « vous » is the safe side.
        others = {
            "Monsieur" if re.match(r"\s*il\b", s, re.I) else "Madame"
            for s in sentences
            if not _TUTOIEMENT.search(s) and re.match(r"\s*(?:il|elle)\b", s, re.I)
        }
        return bool(others - said_of)
    return civility not in said_of


_NAME_IN_TU_BRACKETS = re.compile(r"\(\s*([A-ZÀ-Ý][a-zà-ÿ-]+)\s*[,:;-][^()]*tuto[iy][^()]*\)")


_TU_BY_WHO = re.compile(
    r"(?<![\w.])([A-ZÀ-Ý][a-zà-ÿ-]+)(?:\s*\([^()]*\))?(?:\s+(?![A-ZÀ-Ý])[^\s()]+){0,3}?,?"
    r"\s+qui\s+(?:m['’]\s*|me\s+|nous\s+)[^.;\n]{0,20}?tuto[iy]"
)
_GIVEN_NAME_SAID_TU = re.compile(
    r"(?<![\w.])([A-ZÀ-Ý][a-zà-ÿ-]+)(?:\s*\([^()]*\))?\s+(?:me\s+|m['’]\s*a\s+)tuto[iy]"
)
# The words between the name and the brackets: lowercase, or an acronym (« Thierry le chargé
# de GUP (on s'est tutoyés) », read 303: four drafts said « tu » to the head of the team).
_TU_IN_BRACKETS_AFTER = re.compile(
    r"(?<![\w.])([A-ZÀ-Ý][a-zà-ÿ-]+),?(?:\s+(?:(?![A-ZÀ-Ý])[^\s()]+|[A-ZÀ-Ý]{2,6}(?![\w-]))){0,5}"
    r"\s*\([^()]*tuto[iy][^()]*\)"
)


def name_offered(notes: Iterable[str], name: str) -> str | None:
    """The name the person met asked to be called by, when it is theirs.

    « appelle-moi Ben » from Benoît (read 210: « Bonjour Benoît » to who had said it).

    >>> name_offered(["Ben (il a dit appelle-moi Ben) très chaleureux"], "Benoît Mac Kay")
    'Ben'
    >>> name_offered(["appelle-moi Seb"], "Sébastien Faure")
    'Seb'
    >>> name_offered(["appelle-moi Gus"], "Lise Roy") is None
    True
    >>> name_offered(["on s'est tutoyés, « appelle-moi Manu »"], "Emmanuel Rivière")
    'Manu'
    >>> name_offered(["elle m'a tutoyée, « appelle-moi Gigi »"], "ghislaine ouellet")
    'Gigi'
    """
    given = {_folded(word) for word in re.findall(r"[^\W\d_]+", name)}
    for note in notes:
        for found in _CALL_ME.finditer(note):
            offered = _folded(found[1])
            # « Manu » for Emmanuel, « Gigi » for Ghislaine (pair read 245: « Bonjour
            # Emmanuel » to who had said « appelle-moi Manu »): a part of the name, or its
            # initial; « Gus » is no name of Lise Roy's.
            if any(offered in word or word[:1] == offered[:1] for word in given):
                return found[1]
    return None


_CALL_ME = re.compile(
    r"\bappelle[- ]moi\s+(?:«\s*|[\"'])?([A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?)"
)


def given_name_asked(notes: Iterable[str]) -> bool:
    """Whether the person met asked to be called by a given name, with « tu » or not.

    >>> given_name_asked(["elle m'a dit de l'appeler Maryvonne mais je l'ai vouvoyée"])
    True
    >>> given_name_asked(["appelez-moi Pascale"]), given_name_asked(["il m'a tutoyé"])
    (True, False)
    """
    return any(_NAME_ASKED.search(note) for note in notes)


_NAME_ASKED = re.compile(
    r"(?:\bappel(?:le|ez)[- ]moi|\bdit\s+de\s+l['’]appeler)\s+"
    r"(?-i:(?P<name>[A-ZÀ-Ý][^\W\d_]*(?:-[A-ZÀ-Ý][^\W\d_]*)?))",
    re.IGNORECASE,
)


def name_asked(notes: Iterable[str]) -> str | None:
    """The given name the person met asked to be called by, as the notes give it.

    For a name typed without one (« Mme PELLETIER »): « Elle m'a dit de l'appeler Nathalie »
    (fresh163: « Bonjour Madame Pelletier » to who had asked to be Nathalie).

    >>> name_asked(["Appel de 25 min. Elle m'a dit de l'appeler Nathalie. Pelletier je pense."])
    'Nathalie'
    >>> name_asked(["appelez-moi Pascale"]), name_asked(["il m'a tutoyé"])
    ('Pascale', None)
    """
    found = next((m for note in notes if (m := _NAME_ASKED.search(note))), None)
    return found["name"] if found else None


def tutoiement_invited(notes: Iterable[str]) -> bool:
    """Whether the « tu » went both ways or was offered: « on se tutoie », « appelle-moi Gus ».

    « elle m'a tutoyée » alone is hers: it does not invite the candidate to answer « tu ».

    >>> tutoiement_invited(["SCOP, tout le monde se tutoie"]), tutoiement_invited(["tutoie-moi"])
    (True, True)
    >>> tutoiement_invited(["Elle m'a tutoyé direct"]), tutoiement_invited(["on s'est tutoyés"])
    (False, True)
    >>> tutoiement_invited(["il m'a tutoyé direct, moi aussi"])
    True
    >>> tutoiement_invited(["la DDPP a pas répondu. on s'est tutoyés à la fin."])
    True
    >>> tutoiement_invited(["il m'a dit tu tout de suite, moi aussi"])
    True
    >>> tutoiement_invited(["on s'est dit tu dès le début"])
    True
    """
    return tutoiement_noted(notes) and any(_TUTOIEMENT_INVITED.search(note) for note in notes)


# « on s'est dit tu dès le début » (read 339: « Monsieur Thibodeau » and « vous » on the phone).
_SAID_TU = r"\b(?:on|nous)\s+(?:se|s['’](?:est|était)|nous\s+sommes)\s+(?:dit|disait)\s+tu\b"
_TUTOIEMENT_INVITED = re.compile(
    r"\b(?:on|nous|tout le monde|tous)\s+(?:se|nous|s['’](?:est|était))\s*(?:\S+\s+){0,3}tuto[iy]"
    rf"|\btutoie[- ]moi\b|\btutoiement\b|{_SAID_TU}"
    # « il m'a tutoyé direct, moi aussi » (read 216: « Bonjour Jean-Marc » and « vous »).
    r"|tuto[iy]\w*[^.\n]{0,30}\bmoi\s+aussi\b|\bje\s+l['’]ai\s+tutoy"
    # « il m'a dit tu tout de suite, moi aussi » (read 327: « Bonjour Monsieur Grosjean »).
    r"|\bdit\s+tu\b[^.\n]{0,30}\bmoi\s+aussi\b"
    # « il m'a tutoyé, j'ai fait pareil » (read 291: « Avez-vous un moment ? » on the phone).
    r"|tuto[iy]\w*[^.\n]{0,30}\bj['’]ai\s+fait\s+(?:pareil|de\s+même|la\s+même\s+chose)\b"
    r"|\b(?:appelle[- ]moi|qu['’]on l['’]appelle)\s+(?-i:[A-ZÀ-Ý])",
    re.IGNORECASE,
)
# « Il m'a dit appelle-moi Gus » (read 192: « Monsieur Doucet », « Salutations distinguées »).
_TUTOIEMENT = re.compile(
    # Not « appelle moi direct », a way to reach him (fresh22).
    # « appelez-moi Pascale » asks for the given name, with « vous » (read 291: « Bonjour
    # Madame Nguyen-Lefèvre » in three drafts): greeted by it, as a « tu » only received is.
    r"\b(?:tutoy|tutoie|tutoiement|on se dit tu\b|m['’]a\s+dit\s+tu\b"
    rf"|{_SAID_TU}"
    r"|appel(?:le|ez)[- ]moi\s+(?-i:[A-ZÀ-Ý])"
    # « elle m'a dit de l'appeler Maryvonne » (read 332: « Bonjour Madame » in three drafts).
    r"|\bdit\s+de\s+l['’]appeler\s+(?-i:[A-ZÀ-Ý]))",
    re.IGNORECASE,
)
_NO_TUTOIEMENT = re.compile(
    # « Elle m'a vouvoyée, lui tutoyée » (read 167: « Bonjour Nathalie » to her).
    # « vouvoyée puis tutoyée à la fin » is « tu » at last (fresh57).
    # Within its sentence: « la DDPP a pas répondu. on s'est tutoyés » (read 216).
    r"\b(?:pas|jamais|sans|aucun)\b(?:\s+[^\s.!?;]+){0,3}?\s+(?:\S+[’'])?tuto[iy]"
    # « il me tutoyait, moi je l'ai vouvoyé » : the candidate's own « vous » keeps his « tu »
    # (pair read 285: « Bonjour Monsieur » to a director who had said « je te reviens »).
    r"|\b(?<!l['’]ai )vouvo[iy]\w*(?![^.]{0,20}\b(?:puis|ensuite)\b[^.]{0,20}tutoy)"
    # « ici on se tutoie » -> avec Gabrielle aussi? pas sûre » : a « tu » doubted is no « tu »
    # (read 235: four drafts said « tu » to the director).
    r"|tuto[iy][^.\n]{0,60}(?:\?|\bpas\s+s[ûu]re?\b|\bje\s+(?:ne\s+)?sais\s+pas\b)",
    re.IGNORECASE,
)
# « on s'est tutoyees avec Lea, pas avec Mme Des Rosiers » : the « tu » of whom it names first,
# the other excepted (read 311: two letters at 1 said « tu » to Mme Des Rosiers; read 352:
# « on s'est tutoyés avec Isabelle, pas avec M. Côté », and Isabelle was greeted « Madame »).
_TU_WITH_NOT_WITH = re.compile(
    r"tuto[iy]\w*\s+avec\s+(?:(?:M\.|Mme|Mlle|Madame|Monsieur)\s+)?([^\W\d_][\w'’-]*)"
    r"[^.\n]{0,40}?\bpas\s+avec\b",
    re.IGNORECASE,
)


def without_civility(name: str) -> str:
    """The name without a civility typed before it: « Mme Chantal Dion » → « Chantal Dion ».

    Before a surname alone, only a civility that says the gender goes (it becomes the
    greeting's: see ``typed_civility``).

    >>> without_civility("Mme Chantal Dion"), without_civility("Me Olivier Besson")
    ('Chantal Dion', 'Olivier Besson')
    >>> without_civility("Mme BERNARD"), without_civility("Me Besson")
    ('BERNARD', 'Me Besson')
    """
    if typed_civility(name):
        return _TYPED_CIVILITY_BEFORE_ANY.sub("", name)
    return _TYPED_CIVILITY.sub("", name)
