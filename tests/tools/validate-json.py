#!/usr/bin/env python3
"""Validates JSON documents against a JSON Schema: validate-json.py SCHEMA FILE...

Prints each violation with its path; exit 1 when any file is invalid."""
import json
import sys

import jsonschema


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft7Validator(schema)
    bad = 0
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        for e in errors[:20]:
            print(f"{path}: {'/'.join(map(str, e.path)) or '(root)'}: {e.message}", file=sys.stderr)
        if errors:
            bad += 1
        else:
            print(f"{path}: valid timeline/1")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
