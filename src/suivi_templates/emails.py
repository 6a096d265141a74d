"""A written draft as an email: an ``EmailMessage``, an ``.eml`` file, a ``mailto:`` link.

From is the candidate, To is the interviewer's professional address (R13), the body is
UTF-8 and keeps the no-break spaces that French typography set (U+00A0, U+202F). Nothing
is sent: the library never makes a network call. The ``.eml`` file carries
``X-Unsent: 1``, so Outlook opens it as a message ready to send (Thunderbird and Apple
Mail open it as a message to read, edit or forward).

Headers say exactly what the draft says: a value with a line break or an RFC 2047 encoded
word (``=?utf-8?q?…?=``, which some Python versions decode into new headers) is refused,
and the message is parsed back after it is written and compared with what was meant. A
non-ASCII name is written as one encoded word, never split, so that it reads back exactly.

>>> import suivi_templates as st
>>> draft = st.render("thank_you", st.InterviewContext.model_validate(st.EXAMPLE_CONTEXT))
>>> message = to_email(draft)
>>> message["To"]
'Julie Tremblay <julie.tremblay@horizon.example>'
>>> mailto(draft)[:47]
'mailto:julie.tremblay@horizon.example?subject=R'
"""

from __future__ import annotations

import base64
import os
import re
from email import message_from_bytes
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP, default
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from suivi_templates.errors import HeaderInjection, MissingContext, NotAnEmail
from suivi_templates.models import ENCODED_WORD
from suivi_templates.output import write_file

if TYPE_CHECKING:
    from suivi_templates.models import Contact
    from suivi_templates.rendering import Draft

__all__ = ["WIRE_POLICY", "eml_bytes", "mailto", "save_eml", "to_email"]

WIRE_POLICY = SMTP.clone(refold_source="none")
"""How to serialise :func:`to_email`'s message: CRLF, and headers kept as they were folded
here (Python's own refolding adds stray spaces to long encoded names)."""

# Every character that ends a line somewhere: a header holding one could add headers.
_LINE_BREAK = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")


def _single_line(header: str, value: str) -> str:
    if _LINE_BREAK.search(value):
        raise HeaderInjection(header, value)
    if ENCODED_WORD.search(value):
        raise HeaderInjection(header, value, reason="encoded_word")
    return value


def _subject(draft: Draft) -> str:
    if draft.subject is None:
        raise NotAnEmail(draft.kind)
    return _single_line("Subject", draft.subject)


def _address(contact: Contact, field: str, purpose: str, header: str) -> Address:
    if not contact.email:
        raise MissingContext(field, purpose)
    return Address(
        display_name=_single_line(header, contact.name),
        addr_spec=_single_line(header, contact.email),
    )


def _sender(draft: Draft) -> Address:
    return _address(draft.context.candidate, "candidate.email", "l’expéditeur du courriel", "From")


def _recipient(draft: Draft) -> Address:
    return _address(
        draft.context.interviewer,
        "interviewer.email",
        "le destinataire : l’adresse professionnelle de la personne rencontrée",
        "To",
    )


def _set_address(message: EmailMessage, header: str, address: Address) -> None:
    if address.display_name.isascii():
        message[header] = address
        return
    # One encoded word for the whole name: split in several, Python reads it back with a
    # space at each split. Lines stay far below the 998 characters SMTP allows.
    encoded = base64.b64encode(address.display_name.encode()).decode("ascii")
    message.set_raw(header, f"=?utf-8?b?{encoded}?=\n <{address.addr_spec}>")


def _set_subject(message: EmailMessage, subject: str) -> None:
    if subject.isascii():
        message["Subject"] = subject
        return
    # Encoded words that split anywhere, separated by folds that readers drop (RFC 2047).
    message.set_raw("Subject", Header(subject, "utf-8", header_name="Subject").encode("\n"))


def _build(draft: Draft) -> tuple[EmailMessage, bytes]:
    subject = _subject(draft)
    sender, recipient = _sender(draft), _recipient(draft)
    message = EmailMessage()
    _set_address(message, "From", sender)
    _set_address(message, "To", recipient)
    _set_subject(message, subject)
    message["X-Unsent"] = "1"
    message.set_content(draft.body, charset="utf-8")
    # After set_content, which drops every Content-* header set before it.
    message["Content-Language"] = draft.locale.replace("_", "-")
    data = message.as_bytes(policy=WIRE_POLICY)
    _read_back(data, list(message.keys()), sender, recipient, subject)
    return message, data


def _same_text(read: object, meant: str) -> bool:
    # Whitespace may be refolded (a no-break space read as a space): compare words.
    return str(read).split() == meant.split()


def _addresses(parsed: EmailMessage, header: str) -> tuple[Address, ...]:
    try:
        addresses: tuple[Address, ...] = parsed[header].addresses
    except ValueError as error:
        # Some CPython releases (3.11.2) refuse outright an address whose decoded name
        # holds a line break; later ones read it back and the comparison below refuses it.
        raise HeaderInjection(header, str(error), reason="read_back") from error
    return addresses


def _read_back(
    data: bytes, names: list[str], sender: Address, recipient: Address, subject: str
) -> None:
    """Parse the written message and check it holds exactly the headers that were meant."""
    parsed = message_from_bytes(data, policy=default)
    if parsed.keys() != names:
        extra = [name for name in parsed if name not in names] or ["Subject"]
        raise HeaderInjection(extra[0], str(parsed[extra[0]]), reason="read_back")
    for header, address in (("From", sender), ("To", recipient)):
        read = _addresses(parsed, header)
        if len(read) != 1 or read[0].addr_spec != address.addr_spec:
            raise HeaderInjection(header, str(parsed[header]), reason="read_back")
        if not _same_text(read[0].display_name, address.display_name):
            raise HeaderInjection(header, str(parsed[header]), reason="read_back")
    if not _same_text(parsed["Subject"], subject):
        raise HeaderInjection("Subject", str(parsed["Subject"]), reason="read_back")


def to_email(draft: Draft) -> EmailMessage:
    """The draft as a standard-library email message, ready to save or hand to a mail API.

    Serialise it with ``policy=WIRE_POLICY`` (or use :func:`eml_bytes`) to keep long
    names intact.

    Raises:
        NotAnEmail: a spoken draft (no subject).
        MissingContext: ``candidate.email`` or ``interviewer.email`` is empty.
        HeaderInjection: a subject, name or address with a line break or an encoded word,
            or a message that does not read back as written.

    """
    return _build(draft)[0]


def eml_bytes(draft: Draft) -> bytes:
    """The ``.eml`` bytes of the draft, checked by reading them back (see :func:`to_email`)."""
    return _build(draft)[1]


def save_eml(draft: Draft, path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """Write the draft as an ``.eml`` file, atomically; never over a file unless asked.

    Raises:
        OutputExists: ``path`` exists and ``overwrite`` is false (nothing is written).
        NotAnEmail, MissingContext, HeaderInjection: as :func:`to_email`.

    """
    return write_file(path, eml_bytes(draft), overwrite=overwrite)


def mailto(draft: Draft) -> str:
    """A ``mailto:`` link (RFC 6068) that opens the draft in the user's mail client.

    Everything is percent-encoded in UTF-8, line breaks as ``%0D%0A``. Some clients cut
    very long links (about 2,000 characters): prefer :func:`save_eml` for long drafts.

    Raises:
        NotAnEmail, MissingContext, HeaderInjection: as :func:`to_email`.

    """
    subject = _subject(draft)
    to = _recipient(draft).addr_spec
    body = draft.body.rstrip("\n").replace("\r\n", "\n").replace("\n", "\r\n")
    return (
        f"mailto:{quote(to, safe='@')}"
        f"?subject={quote(subject, safe='')}&body={quote(body, safe='')}"
    )
