"""A wider, random search for texts the pipeline fails on (the property tests are derandomized).

Run by hand from the repository root, as long as time allows:

    .venv/bin/python tests/fuzz_documents.py 20000

Every generated text must give a valid document whose offsets point into the text; the first
failure is shrunk and printed by Hypothesis, with a ``@reproduce_failure`` line to replay it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

from checks import assert_document  # noqa: E402
from test_properties import any_text, articles, sentences  # noqa: E402

from factx import pipeline  # noqa: E402
from factx.render import to_json  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("examples", type=int, nargs="?", default=5000)
    examples = parser.parse_args().examples
    nlp = pipeline.load()

    @settings(max_examples=examples, deadline=None, database=None)
    @given(text=st.one_of(articles, any_text, sentences))
    def search(text: str) -> None:
        document = pipeline.extract(text, nlp=nlp, source="fuzz.txt")
        assert_document(json.loads(to_json(document)), text)

    search()
    print(f"{examples} texts, no failure")


if __name__ == "__main__":
    main()
