"""One pipeline per process and model folder: the worker's warm-up (``build_nlp(model)``) and the
extractor (``build_nlp(model, settings.learned)``) share it (two copies cost 300 MiB per worker)."""

from presse2data.pipeline import build_nlp
from presse2data.settings import MODEL


def test_the_default_model_folder_is_one_pipeline(extractor):
    assert build_nlp(MODEL) is build_nlp(MODEL, None) is extractor.nlp
