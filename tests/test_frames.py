"""``to_frame()`` on reports, findings and plans (the optional ``tableaux`` extra)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, time

import pandas as pd
import pytest

import suivi_templates as st
from suivi_templates import frames

PUSHY = "Toujours pas de nouvelles. J'attends votre réponse au plus vite."


def test_a_report_is_one_row_per_finding(quebec: st.InterviewContext):
    report = st.check(PUSHY, quebec, kind="reminder", subject="Relance URGENT")

    table = report.to_frame()

    assert list(table.columns) == list(frames.FINDING_COLUMNS)
    assert list(table["code"]) == [f.code for f in report.findings]
    assert (table["where"] == "subject").sum() == sum(f.where == "subject" for f in report.findings)


def test_an_empty_report_is_an_empty_table_with_its_columns():
    table = st.check("Je reste disponible.").to_frame()

    assert table.empty
    assert list(table.columns) == list(frames.FINDING_COLUMNS)


def test_a_finding_is_one_row():
    finding = st.check(PUSHY).findings[0]

    assert finding.to_frame().to_dict("records")[0]["code"] == finding.code


def test_a_plan_is_one_row_per_step(quebec: st.InterviewContext):
    table = st.plan(quebec, today=date(2026, 11, 20)).to_frame()

    assert list(table["kind"]) == ["reminder", "phone_call"]
    assert table.loc[1, "not_before"] == time(17, 0)
    assert table.loc[0, "on"] == date(2026, 11, 30)


def test_reports_of_a_batch_concatenate(quebec: st.InterviewContext):
    reports = [st.check(PUSHY, quebec), st.check("Merci de me répondre au plus vite.")]

    table = pd.concat([r.to_frame().assign(texte=i) for i, r in enumerate(reports)])

    assert set(table["texte"]) == {0, 1}


def test_without_pandas_the_error_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(sys.modules, "pandas", None)

    with pytest.raises(st.TablesUnavailable, match=r"suivi-templates\[tableaux\]"):
        st.check(PUSHY).to_frame()


def test_pandas_is_never_imported_by_the_package():
    code = "import sys, suivi_templates as st; st.check('x'); print('pandas' in sys.modules)"

    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert result.stdout.strip() == "False"
