"""timing.* checks: when a draft is sent matters as much as what it says (R7, R11, R12, R17)."""

from __future__ import annotations

from suivi_templates.checks.base import Check

__all__ = ["TIMING_CHECKS"]

TIMING_CHECKS: tuple[Check, ...] = ()
