"""A written draft as an email: an ``EmailMessage``, an ``.eml`` file, a ``mailto:`` link.

From is the candidate, To is the interviewer's professional address (R13), the body is
UTF-8 and keeps the no-break spaces that French typography set (U+00A0, U+202F). Nothing
is sent: the library never makes a network call. The ``.eml`` file carries
``X-Unsent: 1``, so Outlook opens it as a message ready to send (Thunderbird and Apple
Mail open it as a message to read, edit or forward).

>>> import suivi_templates as st
>>> draft = st.render("thank_you", st.InterviewContext.model_validate(st.EXAMPLE_CONTEXT))
>>> message = to_email(draft)
>>> message["To"]
'Julie Tremblay <julie.tremblay@horizon.example>'
>>> mailto(draft)[:47]
'mailto:julie.tremblay@horizon.example?subject=M'
"""

from __future__ import annotations

import os
import re
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from suivi_templates.errors import HeaderInjection, MissingContext, NotAnEmail
from suivi_templates.output import write_file

if TYPE_CHECKING:
    from suivi_templates.models import Contact
    from suivi_templates.rendering import Draft

__all__ = ["mailto", "save_eml", "to_email"]

# Every character that ends a line somewhere: a header holding one could add headers.
_LINE_BREAK = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")


def _single_line(header: str, value: str) -> str:
    if _LINE_BREAK.search(value):
        raise HeaderInjection(header, value)
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


def to_email(draft: Draft) -> EmailMessage:
    """The draft as a standard-library email message, ready to save or hand to a mail API.

    Raises:
        NotAnEmail: a spoken draft (no subject).
        MissingContext: ``candidate.email`` or ``interviewer.email`` is empty.
        HeaderInjection: a subject, name or address with a line break.

    """
    subject = _subject(draft)
    message = EmailMessage()
    message["From"] = _sender(draft)
    message["To"] = _recipient(draft)
    message["Subject"] = subject
    message["X-Unsent"] = "1"
    message.set_content(draft.body, charset="utf-8")
    # After set_content, which drops every Content-* header set before it.
    message["Content-Language"] = draft.locale.replace("_", "-")
    return message


def save_eml(draft: Draft, path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """Write the draft as an ``.eml`` file, atomically; never over a file unless asked.

    Raises:
        OutputExists: ``path`` exists and ``overwrite`` is false (nothing is written).
        NotAnEmail, MissingContext, HeaderInjection: as :func:`to_email`.

    """
    data = to_email(draft).as_bytes(policy=SMTP)
    return write_file(path, data, overwrite=overwrite)


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
