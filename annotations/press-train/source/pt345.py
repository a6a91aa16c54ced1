# pt345 — dnc.nc, Nouvelle-Calédonie, what the French Tech Nouvelle-Calédonie does (2024)
BODY_START = "Aurore Keppler"   # " date 2024-11 " is the page store's prefix
BODY_END = None
# "(© A.-C.P.)": initials, no person. "Outre-mer Tech French Days": event. "Tremplin": programme.
# "Le label", "le réseau French Tech": label. "l’État": generic.

RECORDS = [
    P("Aurore Keppler", ["Aurore Keppler", "Aurore Klepper"],
      roles=[("[manager] de la French", "French Tech Nouvelle-Calédonie")],
      aliases=["Aurore Klepper"]),
    P("François-Noël Buffet", ["François-Noël Buffet"],
      roles=[("du [ministre] François", None)]),
    P("Danièle Atti", ["Danièle Atti"]),

    O("French Tech Nouvelle-Calédonie", "other", [("French Tech Nouvelle-Calédonie", i) for i in range(1, 4)]),

    L("Hexagone", ["Hexagone"]),
    L("Nouvelle-Calédonie", ["implanté en [Nouvelle-Calédonie]"]),
    L("Château Royal", ["Château Royal"]),
    L("Nouméa", ["à [Nouméa]"]),
    L("Brousse", ["Brousse"]),
    L("Îles", ["Îles"]),
    L("Grand Nouméa", ["Grand Nouméa"]),

    M("une cinquantaine de membres", "French Tech Nouvelle-Calédonie", 50, "membres", "about"),

    D("en [2013]", "2013"),
    D("en [2020]", "2020"),
    D("mercredi 16 et jeudi 17 octobre", "XXXX-10-16", value_end="XXXX-10-17"),
    D("il y a onze ans", None, relative=True),
    D("il y a trois semaines", None, relative=True),
]

UNANNOTATED = []
