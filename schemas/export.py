"""Generate `schemas/json/<type>.schema.json` from the pydantic models (the one schema source)."""

from __future__ import annotations

import json
from pathlib import Path

from basewatch.schemas.messages import EXPORTED

JSON_DIR = Path(__file__).resolve().parent / "json"


def rendered() -> dict[str, str]:
    """File name -> JSON Schema text, exactly as committed."""
    out = {}
    for name, model in EXPORTED.items():
        schema = model.model_json_schema(mode="serialization")
        schema["$id"] = f"https://basewatch.invalid/schemas/{name}.v1.schema.json"
        out[f"{name}.schema.json"] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    return out


def export(target: Path = JSON_DIR) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for fname, text in rendered().items():
        path = target / fname
        path.write_text(text)
        written.append(path)
    return written


if __name__ == "__main__":
    for p in export():
        print(p)
