from presse2data.extensions import facts_of
from presse2data.lang.tokens import located

from .record import HashtagRecord


def records(doc, article_id):
    return [HashtagRecord(**located(span, article_id, "test_hashtags"), **fact) for span, fact in facts_of(doc, "hashtag")]
