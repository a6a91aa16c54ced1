"""The dummy type's component: every ``#Word`` of the text."""

import re

from spacy.language import Language

from presse2data.extensions import set_facts

TAG = re.compile(r"#(\w+)")


@Language.factory("test_hashtags", assigns=["doc.spans", "doc._.facts"])
def make_component(nlp, name):
    def detect(doc):
        spans = ((doc.char_span(m.start(), m.end()), m.group(1)) for m in TAG.finditer(doc.text))
        set_facts(doc, "hashtag", [(span, {"tag": tag}) for span, tag in spans if span is not None])
        return doc

    return detect
