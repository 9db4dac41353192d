"""The analyst notebook runs top to bottom on the bundled example, through the Python API."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore_incidents.ipynb"


def _code() -> str:
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")


def test_notebook_is_committed_without_outputs():
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    assert all(not c.get("outputs") for c in cells if c["cell_type"] == "code")


def test_notebook_uses_only_the_public_api():
    code = _code()
    assert "incidentmap.analyse(" in code and "incidentmap.build(" in code
    assert not re.search(r"from incidentmap[.\w]* import|incidentmap\.\w+\.", code)
    assert "matplotlib.use" not in code and "IFrame" not in code


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory):
    nbformat = pytest.importorskip("nbformat")
    from nbclient import NotebookClient

    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    ).execute()
    return notebook


def _outputs(notebook, marker: str, kind: str | None = None) -> list[dict]:
    """Outputs (of one ``output_type``) of the code cell whose source contains ``marker``."""
    cell = next(c for c in notebook.cells if c.cell_type == "code" and marker in c.source)
    return [o for o in cell.get("outputs", []) if kind is None or o.get("output_type") == kind]


def test_notebook_runs_top_to_bottom(executed):
    outputs = [o for c in executed.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = json.dumps([o.get("data", o.get("text", "")) for o in outputs])
    assert "incident places at confidence" in text and "Quetta" in text


def test_static_map_cell_shows_a_picture(executed):
    pictures = [
        o for o in _outputs(executed, "ax.set_axis_off()") if "image/png" in (o.get("data") or {})
    ]
    assert pictures, "the static map cell shows no image"


def test_inline_map_is_the_folium_map_itself(executed):
    (result,) = [
        o for o in _outputs(executed, "r.map()") if o.get("output_type") == "execute_result"
    ]
    page = result["data"]["text/html"]
    # folium's own inline display: the whole page in an iframe's srcdoc (JupyterLab, VS
    # Code), with Leaflet and the page's data, not a link to a file on disk.
    assert "<iframe" in page and "srcdoc=" in page
    assert "leaflet" in page and "incidentmap.init" in page
    assert 'src="map.html' not in page and "src=&quot;map.html" not in page  # no file link
    assert "Leaflet 1.9.4, a JS library" in page  # Leaflet itself inlined: works offline


def test_build_cell_writes_every_output(executed):
    (result,) = [
        o
        for o in _outputs(executed, "incidentmap.build(")
        if o.get("output_type") == "execute_result"
    ]
    listed = result["data"]["text/plain"]
    for name in ("districts.geojson", "incidents.geojson", "map.html", "mentions.csv", "run.json"):
        assert name in listed
