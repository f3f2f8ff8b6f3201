"""The parser, model and exporters never import Textual."""

from __future__ import annotations

import subprocess
import sys


def test_parser_runs_without_textual() -> None:
    code = (
        "import sys\n"
        "import briefing.core.pipeline, briefing.export, briefing.model, briefing.cli\n"
        "from briefing.core.extract.timex import tag_dates\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] == 'textual')\n"
        "assert not bad, bad\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
