# pt358 — lyoncapitale.fr, Auvergne-Rhône-Alpes, no unicorn yet among Lyon start-ups (2022)
BODY_START = None
BODY_END = None
# The first line is the page's standfirst (article text); "Article payant": chrome inside the body.
# "La capitale des Gaules": periphrasis, no place.

RECORDS = [
    P("Éric Burdier", ["Éric Burdier"],
      roles=[(None, "Axeleo Capital")]),   # "Éric Burdier, d’Axeleo Capital"

    O("Axeleo Capital", "other", ["Axeleo Capital"]),  # §16 kind (was company)

    L("France", [("France", i) for i in range(1, 5)]),
    L("Lyon", ["[Lyon] ne possède", "À [Lyon], encore", "[Lyon] se démarque"]),
    L("Paris", [("Paris", 1), ("Paris", 2)]),

    A("un milliard de dollars", 1000000000, currency="USD", qualifier="over"),
    A(("un milliard de dollars", 2), 1000000000, currency="USD", qualifier="over"),
    A(("un milliard de dollars", 3), 1000000000, currency="USD", qualifier="over"),

    D("cette [fin janvier]", "XXXX-01", mod="END"),
    D("start-up en [2021]\"", "2021"),
    D("start-up en [2021] :", "2021"),
    D("en [2020]", "2020"),
]

UNANNOTATED = []
