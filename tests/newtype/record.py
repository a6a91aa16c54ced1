from typing import Literal

from presse2data.record_base import FactRecordBase


class HashtagRecord(FactRecordBase):
    type: Literal["hashtag"] = "hashtag"
    tag: str
