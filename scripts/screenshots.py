"""Screenshots of the notebook displays for the README, taken by a real browser.

Renders the example's thank-you draft after a person's edit (its findings marked in the
subject and the body) and the example's follow-up plan (a timeline), each on a light and a
dark page, and has Debian's ``chromium`` in headless mode:

1. load each page and measure, for every piece of text, its contrast with the background it
   sits on (WCAG formula, opacity included); the run fails if one is under 4.5:1;
2. save each page as ``docs/images/<name>-<theme>.png``.

Usage: ``.venv/bin/python scripts/screenshots.py`` (``apt-get install -y chromium`` first).
Nothing leaves the machine: the pages are local files and the browser runs with its
network features switched off.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import suivi_templates as st

ROOT = Path(__file__).resolve().parents[1]
THEMES = {"clair": ("#ffffff", "#1f2328"), "sombre": ("#1e1e1e", "#d4d4d4")}
MINIMUM_CONTRAST = 4.5
BROWSER_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)

# Runs in the page: the lowest contrast of any text with what is behind it, into the DOM.
CONTRAST_SCRIPT = """
<script>
function rgba(text) {
  const m = text.match(/[\\d.]+/g).map(Number);
  return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1];
}
function over(top, bottom) {
  const a = top[3];
  return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]);
}
function luminance(c) {
  const l = c.slice(0, 3).map(v => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
}
function background(element) {
  const layers = [];
  for (let e = element; e; e = e.parentElement) {
    const bg = rgba(getComputedStyle(e).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] === 1) break;
  }
  let colour = [255, 255, 255, 1];
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
}
function opacity(element) {
  let value = 1;
  for (let e = element; e; e = e.parentElement) value *= Number(getComputedStyle(e).opacity);
  return value;
}
let lowest = 99, where = "";
const shown = ".suivi-draft, .suivi-draft *, .suivi-plan, .suivi-plan *";
for (const element of document.querySelectorAll(shown)) {
  const own = [...element.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  if (!own) continue;
  const bg = background(element);
  const fg = rgba(getComputedStyle(element).color);
  const seen = over([fg[0], fg[1], fg[2], fg[3] * opacity(element)], bg);
  const [a, b] = [luminance(seen), luminance(bg)].sort((x, y) => y - x);
  const ratio = (a + 0.05) / (b + 0.05);
  if (ratio < lowest) { lowest = ratio; where = element.textContent.trim().slice(0, 40); }
}
document.body.setAttribute("data-contrast", lowest.toFixed(2));
document.body.setAttribute("data-where", where);
</script>
"""


def _displays() -> dict[str, tuple[str, int]]:
    """The HTML of each display, with the window height its screenshot needs."""
    context = st.InterviewContext.model_validate(st.EXAMPLE_CONTEXT)
    draft = st.render("thank_you", context)
    edited = draft.edit(
        subject="Relance : toujours pas de nouvelles",
        # A pushy sentence slipped in before the closing, as a person might add one.
        body=draft.body.replace(
            "\n\nSalutations distinguées,",
            " Merci de me répondre au plus vite.\n\nSalutations distinguées,",
        ),
    )
    plan = st.plan(context, today=date(2026, 11, 20))
    return {"carte": (edited._repr_html_(), 1010), "plan": (plan._repr_html_(), 340)}


def _page(display: str, theme: str) -> str:
    background, ink = THEMES[theme]
    return (
        '<!doctype html><html lang="fr"><meta charset="utf-8">'
        f"<title>suivi_templates – {html.escape(theme)}</title>"
        f'<body style="background: {background}; color: {ink}; margin: 16px">'
        f"{display}{CONTRAST_SCRIPT}</body></html>"
    )


def _browser(arguments: list[str], profile: str, capture: bool = False) -> str:
    command = ["chromium", *BROWSER_FLAGS, f"--user-data-dir={profile}", *arguments]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != 0:
        sys.exit(f"chromium a échoué ({result.returncode}) : {result.stderr[-500:]}")
    return result.stdout if capture else ""


def main() -> int:
    """Check the contrast of every display in both themes, then save the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sortie", type=Path, default=ROOT / "docs" / "images")
    arguments = parser.parse_args()
    if shutil.which("chromium") is None:
        sys.exit("chromium introuvable : apt-get install -y chromium")
    arguments.sortie.mkdir(parents=True, exist_ok=True)
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        for name, (display, height) in _displays().items():
            for theme in THEMES:
                page = Path(folder) / f"{name}-{theme}.html"
                page.write_text(_page(display, theme), encoding="utf-8")
                profile = tempfile.mkdtemp(dir=folder)
                dom = _browser(["--dump-dom", page.as_uri()], profile, capture=True)
                contrast = float(re.search(r'data-contrast="([\d.]+)"', dom).group(1))  # type: ignore[union-attr]
                where = html.unescape(re.search(r'data-where="([^"]*)"', dom).group(1))  # type: ignore[union-attr]
                verdict = "ok" if contrast >= MINIMUM_CONTRAST else "ILLISIBLE"
                print(f"{name}-{theme} : contraste minimal {contrast:.2f}:1 ({where!r}) {verdict}")
                failed |= contrast < MINIMUM_CONTRAST
                image = arguments.sortie / f"{name}-{theme}.png"
                _browser(
                    [f"--window-size=860,{height}", f"--screenshot={image}", page.as_uri()], profile
                )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
