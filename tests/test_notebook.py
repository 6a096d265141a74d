"""docs/exemple.ipynb runs top to bottom in a real kernel, with this virtual environment's Python.

Needs the planner (its plan cell calls st.plan) and the checks (the edited draft must be
rejected): fails until both are merged.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import nbclient
import nbformat
import pytest
from jupyter_client import manager

NOTEBOOK = Path(__file__).parents[1] / "docs" / "exemple.ipynb"


def outputs(notebook: Any, tag: str) -> list[dict[str, Any]]:
    (cell,) = [c for c in notebook.cells if tag in c.metadata.get("tags", [])]
    return list(cell.outputs)


def rich(notebook: Any, tag: str, mime: str) -> str:
    (shown,) = [o for o in outputs(notebook, tag) if o.output_type == "execute_result"]
    return str(shown.data[mime])


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> Any:
    # Jupyter's and IPython's own folders in a temporary one: a HOME that does not exist or
    # cannot be written (« env -i HOME=… ») made IPython warn, and the warning is an error here.
    own = tmp_path_factory.mktemp("jupyter")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("IPYTHONDIR", str(own / "ipython"))
        env.setenv("JUPYTER_DATA_DIR", str(own / "data"))
        env.setenv("JUPYTER_CONFIG_DIR", str(own / "config"))
        return _run_notebook(tmp_path_factory)


def _run_notebook(tmp_path_factory: pytest.TempPathFactory) -> Any:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    # Ask the kernel which Python runs it: it must be this environment's, with this checkout.
    notebook.cells.append(nbformat.v4.new_code_cell("import sys; print(sys.executable)"))
    # The "python3" kernel spec says "python"; jupyter_client replaces that with
    # sys.executable. Check that resolution here, and the running kernel in the last cell.
    assert manager.KernelManager(kernel_name="python3").format_kernel_cmd()[0] == sys.executable
    folder = tmp_path_factory.mktemp("carnet")
    client = nbclient.NotebookClient(  # owns its kernel, so it shuts it down, even on error
        notebook,
        kernel_name="python3",
        timeout=120,
        allow_errors=False,
        resources={"metadata": {"path": str(folder)}},
    )
    client.execute()
    return notebook, folder


def test_notebook_runs_in_this_python(executed: Any):
    notebook, _ = executed
    assert notebook.cells[-1].outputs[0].text.strip() == sys.executable


def test_no_cell_fails_or_warns(executed: Any):
    notebook, _ = executed
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            assert output.output_type != "error"
            assert output.get("name") != "stderr", output.get("text")


def test_plan_shows_as_a_timeline(executed: Any):
    notebook, _ = executed
    html = rich(notebook, "plan", "text/html")
    assert html.startswith('<div class="suivi-plan"')
    assert 'class="suivi-timeline"' in html


def test_thank_you_shows_as_an_email_with_its_subject(executed: Any):
    notebook, _ = executed
    html = rich(notebook, "remerciement", "text/html")
    assert html.startswith('<div class="suivi-draft"')
    assert "Objet\u00a0:" in html
    assert "Julie Tremblay &lt;julie.tremblay@horizon.example&gt;" in html
    assert "\u00a0" in html
    assert "Remerciements – entrevue" in rich(notebook, "remerciement", "text/markdown")


def test_phone_script_has_no_subject(executed: Any):
    notebook, _ = executed
    assert "Objet" not in rich(notebook, "script", "text/html")


def test_edited_draft_is_rejected_with_highlights_then_accepted(executed: Any):
    notebook, _ = executed
    html = rich(notebook, "verification-refusee", "text/html")
    assert html.startswith('<div class="suivi-report"')
    assert "Refusé" in html
    assert "<mark" in html
    assert rich(notebook, "verification-acceptee", "text/plain") == "True"


def test_email_file_is_written_where_the_notebook_runs(executed: Any):
    notebook, folder = executed
    printed = "".join(o.text for o in outputs(notebook, "courriel") if o.output_type == "stream")
    assert "remerciement.eml" in printed
    assert "Objet : Remerciements – entrevue" in printed
    assert (folder / "remerciement.eml").read_bytes().startswith(b"From: ")
    assert rich(notebook, "mailto", "text/plain").startswith("'mailto:julie.tremblay@")


def test_the_debrief_cell_gives_the_context_and_its_promise_reaches_the_plan(executed: Any):
    notebook, _ = executed
    (cell,) = [c for c in notebook.cells if "contexte" in c.metadata.get("tags", [])]
    assert "st.debrief(reponses" in cell.source
    assert rich(notebook, "contexte", "text/plain") == (
        "('Julie Tremblay', datetime.date(2026, 11, 28), datetime.date(2026, 11, 26))"
    )
    assert "Envoi promis (courriel)" in rich(notebook, "plan", "text/html")
